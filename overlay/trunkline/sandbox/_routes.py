"""Every operation of every spec on one origin: the generated data and a router over it.

On one origin Twilio's hosts overlap (Pricing's `/v1/Voice/Countries` beside
Insights' `/v1/Voice/{CallSid}`), so a literal segment wins over a parameter,
a parameter with a pattern or a fixed value (a SID prefix, `json`) over a free
one, and a path parameter only matches what its schema admits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import orjson

from ._schema import Schemas

__all__ = ["Collection", "Op", "ProviderData", "Router", "load"]

PROVIDERS = ("twilio", "messagebird", "vonage")
_SEGMENT = re.compile(r"^\{([^{}]+)\}(.*)$")


@dataclass
class Collection:
    """Where one kind of record lives: its schema, id field and id shape."""

    path: str
    record: Any
    id_field: str | None
    id_shape: dict[str, Any]


@dataclass
class Op:
    """One operation as the sandbox serves it."""

    provider: str
    api: str
    id: str
    method: str
    path: str
    verb: str
    kind: str
    collection: str
    params: list[dict[str, Any]]
    response: dict[str, Any]
    security: list[list[str]]
    id_param: str | None = None
    body: dict[str, Any] | None = None
    items: str | None = None
    fields: dict[str, str] = field(default_factory=dict)
    sandbox: dict[str, Any] = field(default_factory=dict)

    @property
    def key(self) -> str:
        """`<provider>.<api>.<operationId>`: how faults and behaviours name it."""
        return f"{self.provider}.{self.api}.{self.id}"


@dataclass
class ProviderData:
    """One provider's operations, collections, schemas and per-API settings."""

    name: str
    ops: list[Op]
    collections: dict[str, Collection]
    schemas: Schemas
    apis: dict[str, Any]

    def op(self, api: str, op_id: str) -> Op:
        """An operation by API and operationId."""
        for op in self.ops:
            if op.api == api and op.id == op_id:
                return op
        raise KeyError(f"{self.name}: no operation {api}.{op_id}")


def load(provider: str) -> ProviderData:
    """The generated data of one provider (trunkline_generated/_sandbox/<provider>.json)."""
    raw = orjson.loads(
        resources.files("trunkline_generated._sandbox").joinpath(f"{provider}.json").read_bytes()
    )
    ops = []
    for entry in raw["operations"]:
        ops.append(
            Op(
                provider=provider,
                api=entry["api"],
                id=entry["id"],
                method=entry["method"],
                path=entry["path"],
                verb=entry["verb"],
                kind=entry["kind"],
                collection=entry["collection"],
                params=entry["params"],
                response=entry["response"],
                security=entry["security"],
                id_param=entry.get("id_param"),
                body=entry.get("body"),
                items=entry.get("items"),
                fields=entry.get("fields") or {},
                sandbox=entry.get("sandbox") or {},
            )
        )
    collections = {
        path: Collection(path, value["record"], value.get("id_field"), value["id_shape"])
        for path, value in raw["collections"].items()
    }
    return ProviderData(provider, ops, collections, Schemas(raw["schemas"]), raw["apis"])


class _Matcher:
    """One path segment of a route: a literal, or a parameter (with an optional suffix)."""

    def __init__(self, segment: str, params: dict[str, Any], schemas: Schemas) -> None:
        match = _SEGMENT.match(segment)
        self.literal = None if match else segment
        self.name = match.group(1) if match else ""
        self.suffix = match.group(2) if match else ""
        schema = schemas.resolve(params.get(self.name, {}))
        self.pattern = re.compile(schema["pattern"]) if "pattern" in schema else None
        self.const = schema.get("const")
        constrained = self.pattern is not None or self.const is not None or bool(self.suffix)
        self.rank = 0 if self.literal is not None else (1 if constrained else 2)
        self.key = segment if self.literal is not None else f"{{}}{self.suffix}|{self.rank}"

    def match(self, segment: str) -> str | None:
        """The parameter's value if `segment` fits ("" for a literal), else None."""
        if self.literal is not None:
            return "" if segment == self.literal else None
        if self.suffix:
            if not segment.endswith(self.suffix) or len(segment) == len(self.suffix):
                return None
            segment = segment[: -len(self.suffix)]
        if not segment:
            return None
        if self.const is not None and segment != self.const:
            return None
        if self.pattern is not None and not self.pattern.search(segment):
            return None
        return segment


class _Node:
    def __init__(self) -> None:
        self.children: list[tuple[_Matcher, list[str], _Node]] = []  # matcher, names, node
        self.ops: dict[str, Op] = {}


class Router:
    """Finds the operation for a method and path across every provider."""

    def __init__(self, providers: list[ProviderData]) -> None:
        self.root = _Node()
        for data in providers:
            for op in data.ops:
                self._add(op, data.schemas)

    def _add(self, op: Op, schemas: Schemas) -> None:
        params = {p["name"]: p["schema"] for p in op.params if p["in"] == "path"}
        node = self.root
        for segment in _segments(op.path):
            matcher = _Matcher(segment, params, schemas)
            for existing, names, child in node.children:
                if existing.key == matcher.key and _same(existing, matcher):
                    if matcher.name and matcher.name not in names:
                        names.append(matcher.name)
                    node = child
                    break
            else:
                child = _Node()
                node.children.append((matcher, [matcher.name] if matcher.name else [], child))
                node.children.sort(key=lambda c: c[0].rank)
                node = child
        if op.method in node.ops:
            raise ValueError(f"{op.key} and {node.ops[op.method].key} share {op.method} {op.path}")
        node.ops[op.method] = op

    def match(self, method: str, path: str) -> tuple[Op | None, dict[str, str], list[str]]:
        """(operation, path parameters, methods allowed there) for a request."""
        segments = _segments(path)
        found = self._walk(self.root, segments, 0, {})
        if found is None:
            return None, {}, []
        node, values = found
        op = node.ops.get(method)
        if op is None:
            return None, {}, sorted(node.ops)
        params = {}
        names = {p["name"] for p in op.params if p["in"] == "path"}
        for name_list, value in values.values():
            for name in name_list:
                if name in names:
                    params[name] = value
        return op, params, sorted(node.ops)

    def _walk(
        self, node: _Node, segments: list[str], depth: int, values: dict[int, Any]
    ) -> tuple[_Node, dict[int, Any]] | None:
        if depth == len(segments):
            return (node, values) if node.ops else None
        for matcher, names, child in node.children:
            value = matcher.match(segments[depth])
            if value is None:
                continue
            found = self._walk(child, segments, depth + 1, {**values, depth: (names, value)})
            if found is not None:
                return found
        return None

    def provider_of(self, path: str) -> str | None:
        """The provider whose routes share the longest literal prefix with `path`."""
        node, best = self.root, None
        for segment in _segments(path):
            step = next(
                (c for c in node.children if c[0].literal is not None and c[0].match(segment)),
                None,
            )
            if step is None:
                break
            node = step[2]
            ops = list(node.ops.values()) or _any_op(node)
            if ops:
                best = ops[0].provider
        return best


def _any_op(node: _Node) -> list[Op]:
    stack = [node]
    while stack:
        current = stack.pop()
        if current.ops:
            return list(current.ops.values())
        stack.extend(child for _m, _n, child in current.children)
    return []


def _same(a: _Matcher, b: _Matcher) -> bool:
    if a.literal is not None:
        return True
    same_pattern = (a.pattern.pattern if a.pattern else None) == (
        b.pattern.pattern if b.pattern else None
    )
    return same_pattern and a.const == b.const


def _segments(path: str) -> list[str]:
    trimmed = path.strip("/")
    return trimmed.split("/") if trimmed else []
