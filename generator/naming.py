"""The Python name of every operation: its resource chain, its method, its positional arguments.

The rule is ../shared/API.md's "Naming resources and methods", stated once here
and used by the generator and by `api_diff.py`:

* The chain is every literal path segment after the part the client supplies
  (the spec's `x-trunkline.path-prefix`), without `.json`, in snake_case:
  `/2010-04-01/Accounts/{AccountSid}/Usage/Records/Daily.json` is
  `usage.records.daily`. `x-trunkline-resource` names it instead.
* The method is the operationId's first word (`List` -> `list`, `Fetch` ->
  `get`, ...) or `x-trunkline-method`.
* Path parameters after the prefix are positional arguments, in path order.
  Those inside the prefix are filled in by the client (`AccountSid`); one
  whose schema admits a single value (`const: json`) is filled in here.

Pure functions over the decoded YAML: no generator imports, so tools that only
read specs can use it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
VERBS = {"List": "list", "Fetch": "get", "Create": "create", "Update": "update", "Delete": "delete"}
SETTINGS = "x-trunkline"
RESOURCE = "x-trunkline-resource"
METHOD = "x-trunkline-method"
_IDENTIFIER = re.compile(r"[a-z][a-z0-9_]*")
_PARAM = re.compile(r"^\{([^{}]+)\}(\.[A-Za-z0-9]+)?$")


class NamingError(Exception):
    """An operation whose name cannot be derived, or two operations with one name."""


def snake(text: str) -> str:
    """`IncomingPhoneNumbers` -> `incoming_phone_numbers`, `SIP` -> `sip`, `call-flows` ->
    `call_flows`."""
    text = re.sub(r"[-. ]+", "_", text)
    text = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", text)
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", text)
    return text.lower().strip("_")


def pointer(doc: Any, ref: str) -> Any:
    """The node a local JSON pointer (`#/components/schemas/Call`) names, or None."""
    if not ref.startswith("#/"):
        return None  # another file: not followed here
    node: Any = doc
    for raw in ref[2:].split("/"):
        part = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return None
    return node


def resolve(doc: Any, node: Any) -> Any:
    """Follow `$ref` chains leniently; 3.1-style siblings of `$ref` override the target's keys.

    A reference that cannot be followed (another file, a cycle) stops the walk: the node
    reached so far comes back, `$ref` and all (the very `node` passed when none resolves).
    """
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if ref in seen:
            break
        seen.add(ref)
        target = pointer(doc, ref)
        if not isinstance(target, dict):
            break
        siblings = {k: v for k, v in node.items() if k != "$ref"}
        node = {**target, **siblings} if siblings else target
    return node


def deref(spec: Mapping[str, Any], node: Any) -> Any:
    """Follow local `$ref`s."""
    while isinstance(node, dict) and "$ref" in node:
        target = pointer(spec, node["$ref"])
        if target is None:
            raise NamingError(f"unresolvable $ref {node['$ref']!r}")
        node = target
    return node


def fixed_value(schema: Any) -> Any:
    """The one value a schema admits (`const`, or a one-value `enum`), else None."""
    if not isinstance(schema, dict):
        return None
    if "const" in schema:
        return schema["const"]
    enum = schema.get("enum")
    if isinstance(enum, list) and len(enum) == 1:
        return enum[0]
    return None


@dataclass(frozen=True)
class OperationName:
    """Where one operation lives in Python and how its path is filled in."""

    operation_id: str
    method: str  # HTTP method, upper case
    path: str
    chain: tuple[str, ...]
    verb: str
    args: tuple[str, ...]  # wire names of the positional path parameters, in path order
    client_params: tuple[str, ...]  # wire names the client fills in (inside the prefix)
    fixed: Mapping[str, Any] = field(default_factory=dict)  # wire name -> the one value

    @property
    def dotted(self) -> str:
        """`conferences.participants.get`."""
        return ".".join((*self.chain, self.verb))


def settings(spec: Mapping[str, Any]) -> dict[str, Any]:
    """The file-level `x-trunkline` settings (empty when absent)."""
    found = spec.get(SETTINGS) or {}
    if not isinstance(found, dict):
        raise NamingError(f"{SETTINGS} must be a mapping")
    return found


def _strip_prefix(path: str, prefixes: list[str]) -> tuple[str, str]:
    for prefix in prefixes:
        if path == prefix or path.startswith((prefix + "/", prefix + ".")):
            return prefix, path[len(prefix) :]
    return "", path


def _path_parameters(spec: Mapping[str, Any], item: Any, operation: Any) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for raw in [*item.get("parameters", []), *operation.get("parameters", [])]:
        param = deref(spec, raw)
        if param.get("in") == "path":
            found[param["name"]] = deref(spec, param.get("schema") or {})
    return found


def _chain_of(rest: str) -> tuple[list[str], list[str]]:
    """Literal segments and parameter names of the path after the prefix."""
    rest = rest.removesuffix(".json")
    literals: list[str] = []
    params: list[str] = []
    for segment in rest.split("/"):
        if not segment:
            continue
        match = _PARAM.match(segment)
        if match:
            params.append(match.group(1))
        elif "{" in segment:
            raise NamingError(f"cannot name a path segment mixing text and parameters: {segment!r}")
        else:
            literals.append(snake(segment.removesuffix(".json")))
    return literals, params


def name_operation(
    spec: Mapping[str, Any], path: str, http_method: str, operation: Mapping[str, Any]
) -> OperationName:
    """The Python name of one operation (NamingError when it cannot be derived)."""
    op_id = str(operation.get("operationId") or f"{http_method.upper()} {path}")
    where = f"{op_id} ({http_method.upper()} {path})"
    prefixes = list(settings(spec).get("path-prefix") or [])
    prefix, rest = _strip_prefix(path, prefixes)
    item = spec["paths"][path]
    schemas = _path_parameters(spec, item, operation)
    _, client_params = _chain_of(prefix)
    literals, params = _chain_of(rest)
    fixed = {name: fixed_value(schemas.get(name)) for name in [*client_params, *params]}
    fixed = {name: value for name, value in fixed.items() if value is not None}
    args = tuple(p for p in params if p not in fixed)
    override = operation.get(RESOURCE)
    chain = tuple(str(override).split(".")) if override is not None else tuple(literals)
    if not chain:
        raise NamingError(f"{where}: no resource name in the path; name it with {RESOURCE}")
    for part in chain:
        if not _IDENTIFIER.fullmatch(part):
            raise NamingError(f"{where}: {part!r} is not a snake_case resource name")
    verb = operation.get(METHOD)
    if verb is None:
        first = re.match(r"[A-Z][a-z]*", op_id)
        verb = VERBS.get(first.group(0)) if first else None
        if verb is None:
            raise NamingError(
                f"{where}: the operationId does not start with "
                f"{'/'.join(VERBS)}; name its method with {METHOD}"
            )
    if not _IDENTIFIER.fullmatch(str(verb)):
        raise NamingError(f"{where}: {verb!r} is not a snake_case method name")
    return OperationName(
        operation_id=op_id,
        method=http_method.upper(),
        path=path,
        chain=chain,
        verb=str(verb),
        args=args,
        client_params=tuple(p for p in client_params if p not in fixed),
        fixed=fixed,
    )


def operations(spec: Mapping[str, Any]) -> Iterator[tuple[str, str, Mapping[str, Any]]]:
    """(path, method, operation) for every operation, in file order."""
    for path, item in (spec.get("paths") or {}).items():
        for method in HTTP_METHODS:
            if method in item:
                yield path, method, item[method]


def name_all(spec: Mapping[str, Any], *, mount: tuple[str, ...] = ()) -> list[OperationName]:
    """Every operation's name; NamingError naming both operations of a clash."""
    names: list[OperationName] = []
    seen: dict[tuple[tuple[str, ...], str], OperationName] = {}
    for path, method, operation in operations(spec):
        name = name_operation(spec, path, method, operation)
        key = ((*mount, *name.chain), name.verb)
        if key in seen:
            other = seen[key]
            dotted = ".".join((*mount, name.dotted))
            raise NamingError(
                f"{other.operation_id} and {name.operation_id} would both be {dotted}: "
                f"name one with {RESOURCE} or {METHOD}"
            )
        seen[key] = name
        names.append(name)
    return names


def mount_of(spec: Mapping[str, Any]) -> tuple[tuple[str, ...], str | None]:
    """Where a spec's resources hang under the provider's client, and its version."""
    found = settings(spec)
    mount = found.get("mount")
    version = found.get("version")
    return (tuple(str(mount).split(".")) if mount else ()), (str(version) if version else None)
