"""Importing trunkline or a provider package stays cheap: no httpx, no generated models.

A provider's client classes stand on its generated client tree
(`trunkline_generated.clients.<provider>`): a class of lazy attributes, and the
only generated module an import loads. Touching a resource loads that
resource's module; calling a method loads its operation and records.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest


@pytest.mark.parametrize(
    "statement",
    [
        "import trunkline",
        "from trunkline.twilio import Client, AsyncClient",
        "from trunkline.messagebird import Client, AsyncClient",
        "from trunkline.vonage import Client, AsyncClient",
        "from trunkline import APIError, NotFoundError, to_e164",
    ],
)
def test_importing_loads_no_http_stack_and_no_models(statement: str) -> None:
    script = textwrap.dedent(
        f"""
        import sys
        {statement}
        heavy = {{"httpx", "httpcore", "h11", "anyio", "orjson", "attrs", "decimal",
                  "phonenumbers", "aiohttp", "email"}}
        tree = {{"trunkline_generated", "trunkline_generated.clients"}}
        loaded = sorted(m for m in sys.modules
                        if m.split(".")[0] in heavy or "trunkline_generated" in m
                        and m not in tree and not m.startswith("trunkline_generated.clients."))
        print(loaded)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "[]", done.stdout


def test_touching_a_resource_loads_its_module_only() -> None:
    script = textwrap.dedent(
        """
        import sys
        from trunkline.twilio import Client
        client = Client("AC" + "0" * 32, "token", base_url="http://127.0.0.1:9")
        before = set(sys.modules)
        client.calls
        client.calls
        new = sorted(m for m in set(sys.modules) - before if "trunkline" in m
                     and m != "trunkline._core._resource")  # the tree may load it first
        print(new)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == str(
        [
            "trunkline.twilio._resources",
            "trunkline.twilio._resources._checks",
            "trunkline.twilio._resources._ranges",
            "trunkline.twilio._resources.calls",
            "trunkline_generated.twilio_api_v2010",
            "trunkline_generated.twilio_api_v2010.resources",
            "trunkline_generated.twilio_api_v2010.resources.calls",
        ]
    ), done.stdout


@pytest.mark.parametrize(
    "statement",
    [
        "import trunkline.twilio",
        "import trunkline.messagebird",
        "import trunkline.vonage",
        "import trunkline.webhooks",
        "import trunkline.cli",
    ],
)
def test_importing_loads_no_cli_libraries_and_no_pydantic(statement: str) -> None:
    """rich (the cli extra), click and pydantic are installed here; importing a provider, the
    proxy helpers or the command's module loads none of them."""
    script = textwrap.dedent(
        f"""
        import sys
        {statement}
        heavy = {{"rich", "click", "pygments", "typer", "pydantic", "pydantic_core",
                  "starlette", "fastapi", "flask", "httpx"}}
        print(sorted(m for m in sys.modules if m.split(".")[0] in heavy))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "[]", done.stdout
