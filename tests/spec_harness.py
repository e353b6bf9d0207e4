"""Every operation of a provider's specs, as a test case: how to call it and what it answers.

Tests drive each generated method over HTTP against a local server: the method is found
by the naming rule (generator/naming.py), its positional ids are made to the spec's
patterns, required inputs get values of their type, and the server answers with the
official spec's own example response where there is one (Twilio), else with a record
made from our spec's schema (the `example` values it gives, then a value per type and
format).
"""

from __future__ import annotations

import inspect
import json
import re
import sys
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import yaml

ROOT = Path(__file__).resolve().parents[1]
SPECS = ROOT / "specs"
REFERENCE = ROOT.parent / "shared" / "reference"
sys.path.insert(0, str(ROOT / "generator"))
import naming  # noqa: E402

HTTP = ("get", "put", "post", "delete", "patch")


@dataclass
class Case:
    """One operation of one spec."""

    spec: str
    operation_id: str
    http_method: str
    path: str  # as in the spec (the server's own path not included)
    server_path: str
    dotted: str  # "conferences.participants.get", under the client
    args: list[str]  # positional ids, made to the patterns
    wire_args: dict[str, str]  # wire name -> value, for the expected path
    status: int
    response: Any  # the JSON answer (None: no body)
    kind: str  # json | text | binary | none
    items_key: str | None = None
    paging: str | None = None
    required: dict[str, Any] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return f"{self.spec}:{self.operation_id}"

    def expected_path(self, fixed: dict[str, str]) -> str:
        """The request path the client must send (`fixed`: what the client fills in)."""
        values = {**fixed, **self.wire_args}
        path = re.sub(
            r"\{([^}]+)\}", lambda m: quote(str(values.get(m.group(1), "json")), safe=""), self.path
        )
        return self.server_path + path

    def method(self, client: Any) -> Any:
        target = client
        for part in self.dotted.split("."):
            target = getattr(target, part)
        return target


def deref(spec: dict[str, Any], node: Any) -> Any:
    return naming.deref(spec, node)


@cache
def load(path: Path) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8")
    return json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)


def _id_for(pattern: str | None, name: str) -> str:
    if pattern:
        match = re.fullmatch(r"\^\(?([A-Z]{2})(?:\|[A-Z]{2})*\)?\[0-9a-fA-F\]\{32\}\$", pattern)
        if match:
            return match.group(1) + "1" * 32
    lowered = name.lower()
    if "country" in lowered:
        return "US"
    if "phone" in lowered or "number" in lowered:
        return "+14155550100"
    if lowered in ("uuid", "callid", "legid", "recordingid", "transcriptionid") or lowered.endswith(
        "id"
    ):
        return "0b5b5c8e-1a3f-4b46-9d8a-2f1f1f1f1f1f"
    if lowered in ("product", "type"):
        return "sms"
    return "X1"


def _official_examples(reference: Path) -> dict[tuple[str, str], tuple[int, Any]]:
    """(METHOD, full path) -> (status, example body) from an official spec's examples."""
    if not reference.exists():
        return {}
    spec = load(reference)
    servers = [urlsplit(s["url"]).path.rstrip("/") for s in spec.get("servers", [])] or [""]
    found = {}
    for path, item in spec.get("paths", {}).items():
        for method in HTTP:
            op = item.get(method)
            if not op:
                continue
            for code, response in sorted(op.get("responses", {}).items()):
                if not str(code).startswith("2"):
                    continue
                media = (deref(spec, response).get("content") or {}).get("application/json", {})
                examples = media.get("examples") or {}
                for example in examples.values():
                    value = deref(spec, example).get("value")
                    if value is not None:
                        found[(method.upper(), servers[0] + path)] = (int(code), value)
                        break
                break
    return found


_SAMPLE_FORMATS = {
    "date-time-rfc-2822": "Thu, 30 Jul 2015 20:00:00 +0000",
    "date-time": "2015-07-30T20:00:00Z",
    "date": "2015-07-30",
    "decimal": "-0.00750",
    "int64": "42",
    "int32": "42",
    "uri": "https://example.com/x",
    "url": "https://example.com/x",
    "phone-number": "+14155550100",
    "uuid": "0b5b5c8e-1a3f-4b46-9d8a-2f1f1f1f1f1f",
}


def sample(spec: dict[str, Any], schema: Any, depth: int = 0) -> Any:
    """A value our spec's schema admits: its `example`, else one per type and format."""
    schema = deref(spec, schema)
    if not isinstance(schema, dict):
        return None
    if "example" in schema:
        return schema["example"]
    if "const" in schema:
        return schema["const"]
    if schema.get("enum"):
        return next((v for v in schema["enum"] if v is not None), None)
    for key in ("oneOf", "anyOf"):
        options = [o for o in schema.get(key, []) if deref(spec, o).get("type") != "null"]
        if options:
            return sample(spec, options[0], depth + 1)
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = sample(spec, part, depth + 1)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if kind == "object" or "properties" in schema:
        if depth > 4:
            return {}
        props = schema.get("properties") or {}
        return {name: sample(spec, prop, depth + 1) for name, prop in props.items()}
    if kind == "array":
        return [sample(spec, schema.get("items") or {}, depth + 1)] if depth < 5 else []
    if kind == "integer":
        return max(int(schema.get("minimum", 1)), 1)
    if kind == "number":
        return 1.5
    if kind == "boolean":
        return True
    if kind == "string":
        return _SAMPLE_FORMATS.get(schema.get("format"), "text")
    return None


def _success(spec: dict[str, Any], op: dict[str, Any]) -> tuple[int, str, Any]:
    for code, response in sorted(op.get("responses", {}).items()):
        if not str(code).startswith("2"):
            continue
        content = deref(spec, response).get("content") or {}
        if not content:
            return int(code), "none", None
        media, body = next(iter(content.items()))
        if media == "application/json":
            return int(code), "json", body.get("schema")
        return int(code), ("text" if media.startswith("text/") else "binary"), None
    return 204, "none", None


def _properties(spec: dict[str, Any], schema: Any) -> dict[str, Any]:
    schema = deref(spec, schema or {})
    props: dict[str, Any] = {}
    for part in schema.get("allOf") or []:
        props.update(deref(spec, part).get("properties") or {})
    props.update(schema.get("properties") or {})
    return props


def _arrays(spec: dict[str, Any], schema: Any) -> list[str]:
    return [
        name
        for name, prop in _properties(spec, schema).items()
        if deref(spec, prop).get("type") == "array"
        and deref(spec, deref(spec, prop).get("items") or {}).get("type") == "object"
    ]


def _items_key(spec: dict[str, Any], schema: Any) -> str | None:
    """The list's records: its one array of objects, or HAL's `_embedded.<name>`."""
    arrays = _arrays(spec, schema)
    if len(arrays) == 1:
        return arrays[0]
    embedded = _arrays(spec, _properties(spec, schema).get("_embedded"))
    return f"_embedded.{embedded[0]}" if not arrays and len(embedded) == 1 else None


def cases(provider: str, reference_for: dict[str, str] | None = None) -> list[Case]:
    """Every operation of specs/<provider>/*.yaml (`reference_for`: spec stem -> official file)."""
    found: list[Case] = []
    for spec_path in sorted((SPECS / provider).glob("*.yaml")):
        spec = load(spec_path)
        mount, version = naming.mount_of(spec)
        prefix = (*mount, version) if version else mount
        paging = naming.settings(spec).get("paging")
        reference = (reference_for or {}).get(spec_path.stem)
        examples = _official_examples(REFERENCE / reference) if reference else {}
        server_path = urlsplit(spec["servers"][0]["url"]).path.rstrip("/")
        for name in naming.name_all(spec):
            item = spec["paths"][name.path]
            op = item[name.method.lower()]
            own = op.get("servers") or item.get("servers")
            op_server_path = urlsplit(own[0]["url"]).path.rstrip("/") if own else server_path
            schemas = {}
            for raw in [*item.get("parameters", []), *op.get("parameters", [])]:
                param = deref(spec, raw)
                if param.get("in") == "path":
                    schemas[param["name"]] = deref(spec, param.get("schema") or {})
            wire_args = {
                arg: _id_for(schemas.get(arg, {}).get("pattern"), arg) for arg in name.args
            }
            status, kind, schema = _success(spec, op)
            example = examples.get((name.method, op_server_path + name.path))
            if example is not None and kind == "json":
                status, response = example
            else:
                response = sample(spec, schema) if kind == "json" else None
            found.append(
                Case(
                    spec=spec_path.stem,
                    operation_id=name.operation_id,
                    http_method=name.method,
                    path=name.path,
                    server_path=op_server_path,
                    dotted=".".join((*prefix, name.dotted)),
                    args=list(wire_args.values()),
                    wire_args=wire_args,
                    status=status,
                    response=response,
                    kind=kind,
                    items_key=_items_key(spec, schema) if name.verb == "list" else None,
                    paging=paging,
                )
            )
    return found


def required_inputs(method: Any) -> dict[str, Any]:
    """A value for every required keyword-only input of a generated method, by its annotation."""
    values: dict[str, Any] = {}
    for param in inspect.signature(method).parameters.values():
        if param.kind is not inspect.Parameter.KEYWORD_ONLY or param.default is not param.empty:
            continue
        values[param.name] = _value_for(param.name, str(param.annotation))
    return values


def _value_for(name: str, annotation: str) -> Any:
    import datetime as dt

    if annotation.startswith(("builtins.list[", "list[")):
        inner = annotation[annotation.index("[") + 1 : -1]
        return [_value_for(name, inner)]
    first = annotation.split(" | ", maxsplit=1)[0]
    if first == "bool":
        return True
    if first == "int":
        return 1
    if first == "float":
        return 1.5
    if first.startswith("datetime.datetime"):
        return dt.datetime(2024, 3, 1, 12, tzinfo=dt.UTC)
    if first.startswith("datetime.date"):
        return dt.date(2024, 3, 1)
    if "Mapping[str, Any]" in annotation and first != "str":
        return {}
    if (
        name in ("to", "from_", "phone_number", "number", "destination", "source")
        or "phone" in name
    ):
        return "+14155550100"
    if "url" in name or name.endswith("callback"):
        return "https://example.com/hook"
    if first not in ("str", "Any") and first[:1].isupper():
        return _first_enum_value(annotation)
    return "text"


def _first_enum_value(annotation: str) -> Any:
    return "text"  # an enum accepts its values as plain strings; the server does not judge


def record_fields(record: Any, seen: int = 0) -> list[str]:
    """Read every declared field of a record (and of the records inside it)."""
    read = []
    for python, _wire in getattr(type(record), "_FIELDS", ()):
        value = getattr(record, python)
        read.append(python)
        if seen < 3:
            for each in value if isinstance(value, list) else [value]:
                if hasattr(type(each), "_FIELDS"):
                    read += record_fields(each, seen + 1)
    return read
