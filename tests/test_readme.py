"""The README's Python examples are Python: each block compiles, and every call it makes on a
provider's client names a resource and method that exist, with arguments they take."""

from __future__ import annotations

import ast
import importlib
import inspect
import re
import textwrap
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[1] / "README.md"
BLOCKS = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.DOTALL)


def test_the_readme_has_examples():
    assert len(BLOCKS) >= 5


@pytest.mark.parametrize("number", range(len(BLOCKS)))
def test_each_example_compiles(number: int):
    source = BLOCKS[number]  # `...` stands for what is left out: an expression, still Python
    source = "async def _example():\n" + "".join(f"    {line}\n" for line in source.splitlines())
    compile(source, f"README block {number + 1}", "exec")


def _chain(node: ast.expr) -> list[str] | None:
    """`client.calls.create` as ["client", "calls", "create"]; None for anything else."""
    names: list[str] = []
    while isinstance(node, ast.Attribute):
        names.append(node.attr)
        node = node.value
    return [node.id, *reversed(names)] if isinstance(node, ast.Name) else None


CLIENTS = {
    "trunkline.twilio": {"account_sid": "AC" + "0" * 32, "auth_token": "token"},
    "trunkline.messagebird": {"access_key": "key"},
    "trunkline.vonage": {"api_key": "key", "api_secret": "secret"},
}


def _client_calls() -> list[tuple[int, str, ast.Call]]:
    """Every `client....method(...)` of a block that imports a provider's `Client`."""
    found = []
    for number, block in enumerate(BLOCKS):
        tree = ast.parse("async def _example():\n" + textwrap.indent(block, "    "))
        module = next(
            (
                node.module
                for node in ast.walk(tree)
                if isinstance(node, ast.ImportFrom)
                and node.module in CLIENTS
                and any(alias.name == "Client" for alias in node.names)
            ),
            None,
        )
        if module is None:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and (chain := _chain(node.func)) and chain[0] == "client":
                found.append((number + 1, module, node))
    return found


CALLS = _client_calls()


def test_the_readme_calls_the_clients():
    assert {module for _, module, _ in CALLS} == set(CLIENTS)
    assert len(CALLS) >= 20


@pytest.mark.parametrize(
    ("block", "module", "call"),
    CALLS,
    ids=[f"{block}:{ast.unparse(call.func)}" for block, _, call in CALLS],
)
def test_each_client_call_of_the_readme_binds_to_the_real_method(
    block: int, module: str, call: ast.Call
):
    """The resource chain exists, and the method takes those positional and keyword arguments."""
    client_class = importlib.import_module(module).Client
    chain = _chain(call.func)
    assert chain is not None
    with client_class(**CLIENTS[module], base_url="http://127.0.0.1:9") as client:
        target = client
        for name in chain[1:]:
            assert hasattr(target, name), f"README block {block}: no {name!r} on {target!r}"
            target = getattr(target, name)
        positional = [None] * len(call.args)
        keywords = {kw.arg: None for kw in call.keywords if kw.arg is not None}
        try:
            inspect.signature(target).bind(*positional, **keywords)
        except TypeError as exc:
            pytest.fail(f"README block {block}: {ast.unparse(call)} does not bind: {exc}")
