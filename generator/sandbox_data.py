"""What the sandbox (`trunkline.sandbox`) needs of the specs, as compact JSON per provider.

An installed wheel has no `specs/` folder, so `generate_all` writes
`trunkline_generated/_sandbox/<provider>.json`: every operation of every spec of
that provider with its full path (server path + path), parameters, body and
success answer, the schemas they use (descriptions and examples dropped,
`$ref`s kept as `"<api>:<Name>"`), and the collections operations store into:

* an operation's kind: `list`, `fetch`, `create`, `update`, `delete`, `singleton`
  (a GET with no id at the end: statistics, a pricing country) or `action`;
* its collection: the path without `.json`, less the trailing id parameter
  for a fetch, update or delete (`.../Calls/{Sid}.json` -> `.../Calls`);
* each collection's record schema, id field and id shape: Twilio's from the
  id parameter's `pattern` (`^CA[0-9a-fA-F]{32}$` -> `CA` + 32 hex), others
  from `x-trunkline-sandbox.id` on the record schema, else a UUID;
* where an input lands in the record (`FriendlyName` -> `friendly_name`).

`x-trunkline-sandbox` on an operation (`creates`, `lifecycle`) and on a schema
(`id`) is documented in specs/README.md. The sandbox writes no per-route code:
a new operation in a spec is served from this data alone.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import naming

EXTENSION = "x-trunkline-sandbox"
# Schema keywords the sandbox validates with or builds records from; the rest is dropped.
_KEEP = frozenset(
    {
        "type",
        "enum",
        "const",
        "pattern",
        "format",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "minLength",
        "maxLength",
        "multipleOf",
        "minItems",
        "maxItems",
        "required",
        "default",
    }
)
_NESTED = ("items", "not", "if", "then", "else")
_LISTS = ("oneOf", "anyOf", "allOf")
_SHAPE = re.compile(r"^(uuid|hex\d+|HEX\d+|digits\d+)$")
_SID_PATTERN = re.compile(r"^\^\(?([A-Z]{2})(?:\|[A-Z]{2})*\)?\[0-9a-fA-F\]\{(\d+)\}\$$")
_PARAM_SEGMENT = re.compile(r"^\{([^{}]+)\}(\.[A-Za-z0-9]+)?$")


class SandboxDataError(Exception):
    """A spec says something about the sandbox that cannot hold."""


class _Api:
    """One spec file while its operations are collected."""

    def __init__(self, name: str, spec: dict[str, Any], schemas: dict[str, Any]) -> None:
        self.name = name
        self.spec = spec
        self.schemas = schemas  # shared by the provider: "<api>:<Name>" -> compact schema

    def ref(self, ref: str) -> str:
        if not ref.startswith("#/components/schemas/"):
            raise SandboxDataError(f"{self.name}: unsupported $ref {ref!r}")
        name = ref.rsplit("/", 1)[1]
        key = f"{self.name}:{name}"
        if key not in self.schemas:
            self.schemas[key] = {}  # placeholder: cycles end here
            self.schemas[key] = self.compact(self.spec["components"]["schemas"][name])
        return key

    def compact(self, schema: Any) -> Any:
        """The schema with only what validation and record-building use."""
        if not isinstance(schema, dict):
            return schema
        if "$ref" in schema:
            return {"$ref": self.ref(schema["$ref"])}
        out: dict[str, Any] = {k: v for k, v in schema.items() if k in _KEEP}
        for key in _NESTED:
            if key in schema:
                out[key] = self.compact(schema[key])
        for key in _LISTS:
            if key in schema:
                out[key] = [self.compact(s) for s in schema[key]]
        if "properties" in schema:
            out["properties"] = {k: self.compact(v) for k, v in schema["properties"].items()}
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict):
            out["additionalProperties"] = self.compact(extra)
        elif extra is False:
            out["additionalProperties"] = False
        disc = schema.get("discriminator")
        if disc:
            out["discriminator"] = {
                "propertyName": disc["propertyName"],
                "mapping": {k: self.ref(v) for k, v in (disc.get("mapping") or {}).items()},
            }
        if EXTENSION in schema:
            out["sandbox"] = schema[EXTENSION]
        return out

    def deref(self, node: Any) -> Any:
        return naming.deref(self.spec, node)


def _resolved(schemas: dict[str, Any], schema: Any) -> Any:
    while isinstance(schema, dict) and "$ref" in schema:
        schema = schemas[schema["$ref"]]
    return schema


def _properties(schemas: dict[str, Any], schema: Any) -> dict[str, Any]:
    """Every property of an object schema, those taken by allOf included."""
    schema = _resolved(schemas, schema)
    if not isinstance(schema, dict):
        return {}
    props: dict[str, Any] = {}
    for part in schema.get("allOf") or []:
        props.update(_properties(schemas, part))
    props.update(schema.get("properties") or {})
    return props


def _is_array_of_objects(schemas: dict[str, Any], schema: Any) -> bool:
    schema = _resolved(schemas, schema)
    if not isinstance(schema, dict) or schema.get("type") != "array":
        return False
    items = _resolved(schemas, schema.get("items"))
    return isinstance(items, dict) and (items.get("type") == "object" or "properties" in items)


def _items_path(schemas: dict[str, Any], schema: Any) -> str | None:
    """Where a list answer keeps its records: `calls`, `data`, `_embedded.calls`."""
    props = _properties(schemas, schema)
    arrays = [name for name, prop in props.items() if _is_array_of_objects(schemas, prop)]
    if len(arrays) == 1:
        return arrays[0]
    embedded = props.get("_embedded")
    if embedded is not None:
        inner = [
            n for n, p in _properties(schemas, embedded).items() if _is_array_of_objects(schemas, p)
        ]
        if len(inner) == 1:
            return f"_embedded.{inner[0]}"
    return None


def _dig_items(schemas: dict[str, Any], schema: Any, path: str) -> Any:
    node: Any = schema
    for key in path.split("."):
        node = _properties(schemas, node).get(key)
    return _resolved(schemas, node).get("items") if node is not None else None


def _verb(op: dict[str, Any]) -> str:
    if naming.METHOD in op:
        return str(op[naming.METHOD])
    for word, verb in naming.VERBS.items():
        if op["operationId"].startswith(word):
            return verb
    return naming.snake(op["operationId"])


def _trim(path: str) -> str:
    return path.rstrip("/") or "/"


def _strip_suffix(segment: str) -> str:
    return segment[: -len(".json")] if segment.endswith(".json") else segment


def _split_collection(path: str) -> tuple[str, str | None]:
    """(collection path, id parameter) of a path: `/a/{Sid}.json` -> (`/a`, `Sid`)."""
    segments = _trim(path).split("/")
    last = _PARAM_SEGMENT.match(segments[-1])
    if last and last.group(2) in (None, ".json"):
        return "/".join(segments[:-1]) or "/", last.group(1)
    segments[-1] = _strip_suffix(segments[-1])
    return "/".join(segments), None


def id_shape(pattern: str | None) -> dict[str, Any] | None:
    """`^CA[0-9a-fA-F]{32}$` -> {"prefix": "CA", "shape": "hex32"}; None for other patterns."""
    match = _SID_PATTERN.match(pattern or "")
    if not match:
        return None
    return {"prefix": match.group(1), "shape": f"hex{match.group(2)}"}


def _check_shape(where: str, shape: Any) -> dict[str, Any]:
    if not isinstance(shape, dict) or not _SHAPE.match(str(shape.get("shape", ""))):
        raise SandboxDataError(
            f"{where}: {EXTENSION}.id needs `shape`: uuid, hex<N>, HEX<N> or digits<N>"
            f" (and optionally `field`, `prefix`), not {shape!r}"
        )
    unknown = set(shape) - {"field", "shape", "prefix"}
    if unknown:
        raise SandboxDataError(f"{where}: unknown {EXTENSION}.id keys {sorted(unknown)}")
    return {k: shape[k] for k in ("field", "prefix", "shape") if k in shape}


def _parameters(api: _Api, item: dict[str, Any], op: dict[str, Any]) -> list[dict[str, Any]]:
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in [*item.get("parameters", []), *op.get("parameters", [])]:
        param = api.deref(raw)
        merged[(param["name"], param["in"])] = param
    out = []
    for param in merged.values():
        entry: dict[str, Any] = {"name": param["name"], "in": param["in"]}
        if param.get("required"):
            entry["required"] = True
        entry["schema"] = api.compact(param.get("schema") or {})
        out.append(entry)
    return out


def _body(api: _Api, op: dict[str, Any]) -> dict[str, Any] | None:
    body = api.deref(op.get("requestBody"))
    if not body:
        return None
    content = body.get("content") or {}
    for media, kind in (
        ("application/x-www-form-urlencoded", "form"),
        ("application/json", "json"),
    ):
        if media in content:
            out: dict[str, Any] = {
                "media": kind,
                "schema": api.compact(content[media].get("schema") or {}),
            }
            if body.get("required"):
                out["required"] = True
            return out
    raise SandboxDataError(f"{api.name}: {op['operationId']}: unsupported body {list(content)}")


def _success(api: _Api, op: dict[str, Any]) -> dict[str, Any]:
    for code, raw in sorted(op.get("responses", {}).items()):
        if not str(code).startswith("2"):
            continue
        response = api.deref(raw)
        content = response.get("content") or {}
        out: dict[str, Any] = {"status": int(code), "media": "none"}
        for media, value in content.items():
            if media == "application/json" or media.endswith("+json"):
                out.update(media="json", schema=api.compact(value.get("schema") or {}))
            elif media.startswith("text/"):
                out.update(media="text", type=media)
            else:
                out.update(media="binary", type=media)
        return out
    return {"status": 200, "media": "none"}


def _security(api: _Api, op: dict[str, Any]) -> list[list[str]]:
    requirements = op.get("security", api.spec.get("security")) or []
    return [sorted(requirement) for requirement in requirements]


def provider_data(provider: str, apis: list[tuple[str, dict[str, Any]]]) -> dict[str, Any]:
    """The sandbox's data for one provider's specs (`(api name, decoded spec)` pairs)."""
    schemas: dict[str, Any] = {}
    operations: list[dict[str, Any]] = []
    api_settings: dict[str, Any] = {}
    for name, spec in apis:
        api = _Api(name, spec, schemas)
        settings = spec.get(naming.SETTINGS) or {}
        server = _trim(urlsplit(spec["servers"][0]["url"]).path)
        api_settings[name] = {
            "paging": settings.get("paging"),
            "envelope": settings.get("envelope"),
            "schemes": {
                scheme: {k: v for k, v in value.items() if k in ("type", "scheme", "in", "name")}
                for scheme, value in (
                    spec.get("components", {}).get("securitySchemes") or {}
                ).items()
            },
        }
        for path, item in spec.get("paths", {}).items():
            for method in naming.HTTP_METHODS:
                op = item.get(method)
                if op is None:
                    continue
                own = op.get("servers") or item.get("servers")
                base = _trim(urlsplit(own[0]["url"]).path) if own else server
                full = _trim((base if base != "/" else "") + path)
                operations.append(_operation(api, full, method, item, op))
    collections = _collections(provider, schemas, operations)
    operations.sort(key=lambda o: (o["path"], o["method"]))
    return {
        "provider": provider,
        "apis": api_settings,
        "operations": operations,
        "collections": collections,
        "schemas": dict(sorted(schemas.items())),
    }


def _operation(
    api: _Api, full: str, method: str, item: dict[str, Any], op: dict[str, Any]
) -> dict[str, Any]:
    verb = _verb(op)
    collection, id_param = _split_collection(full)
    if verb == "list":
        kind = "list"
        collection, id_param = _trim(full.removesuffix(".json")), None
    elif verb == "create":
        kind = "create"
        collection, id_param = _trim(full.removesuffix(".json")), None
    elif verb == "get":
        kind = "fetch" if id_param else "singleton"
    elif verb in ("update", "delete") and method.upper() != "GET":
        kind = verb if id_param else "action"
    else:
        kind = "action"
    params = _parameters(api, item, op)
    entry: dict[str, Any] = {
        "api": api.name,
        "id": op["operationId"],
        "method": method.upper(),
        "path": full,
        "verb": verb,
        "kind": kind,
        "collection": collection,
        "params": params,
        "response": _success(api, op),
        "security": _security(api, op),
    }
    if id_param:
        entry["id_param"] = id_param
    body = _body(api, op)
    if body:
        entry["body"] = body
    extension = op.get(EXTENSION)
    if extension is not None:
        unknown = set(extension) - {"creates", "lifecycle"}
        if unknown:
            raise SandboxDataError(f"{api.name}: {op['operationId']}: unknown keys {unknown}")
        entry["sandbox"] = extension
    return entry


def _record_schema(
    schemas: dict[str, Any], op: dict[str, Any], envelope: str | None
) -> tuple[Any, str | None]:
    """The record an operation answers with, and the list answer's items path."""
    schema = op["response"].get("schema")
    if schema is None:
        return None, None
    if op["kind"] == "list":
        items = _items_path(schemas, schema)
        return (_dig_items(schemas, schema, items) if items else None), items
    if envelope:
        return _dig_items(schemas, schema, envelope), None
    return schema, None


def _collections(
    provider: str, schemas: dict[str, Any], operations: list[dict[str, Any]]
) -> dict[str, Any]:
    """Each collection's record schema, id field and id shape; each operation's field map."""
    found: dict[str, dict[str, Any]] = {}
    for op in operations:
        creates = (op.get("sandbox") or {}).get("creates")
        if creates:
            target = [o for o in operations if o["id"] == creates and o["api"] == op["api"]]
            if len(target) != 1 or target[0]["kind"] != "list":
                raise SandboxDataError(
                    f"{op['api']}: {op['id']}: creates {creates!r}, which is no list operation"
                )
            op["collection"] = target[0]["collection"]
    for op in operations:
        coll = found.setdefault(op["collection"], {"ops": []})
        coll["ops"].append(op)
    out: dict[str, Any] = {}
    for path, coll in sorted(found.items()):
        ops = coll.pop("ops")
        record = None
        pattern = None
        rank = {"fetch": 0, "create": 1, "update": 2, "list": 3}
        for op in sorted(ops, key=lambda o: rank.get(o["kind"], 9)):
            if op["kind"] not in rank:
                continue
            envelope = "data" if provider == "messagebird" else None
            schema, items = _record_schema(schemas, op, envelope)
            if items:
                op["items"] = items
            if record is None and schema is not None:
                record = schema
            if op.get("id_param") and pattern is None:
                param = next(p for p in op["params"] if p["name"] == op["id_param"])
                pattern = _resolved(schemas, param["schema"]).get("pattern")
        for op in ops:
            if op["kind"] == "list" and "items" not in op:
                _schema, items = _record_schema(schemas, op, None)
                if items:
                    op["items"] = items
        if record is None:
            continue
        props = _properties(schemas, record)
        entry: dict[str, Any] = {"record": record}
        declared = _resolved(schemas, record).get("sandbox", {}).get("id")
        shape = _check_shape(path, declared) if declared is not None else id_shape(pattern)
        id_params = [op["id_param"] for op in ops if op.get("id_param")]
        candidates = [
            *(shape or {}).get("field", "").split(),
            *(naming.snake(p) for p in id_params),
            *id_params,
            "sid",
            "id",
            "uuid",
        ]
        id_field = next((c for c in candidates if c in props), None)
        if id_field:
            entry["id_field"] = id_field
        entry["id_shape"] = {k: v for k, v in (shape or {"shape": "uuid"}).items() if k != "field"}
        out[path] = entry
        for op in ops:
            fields = _field_map(schemas, op, props)
            if fields:
                op["fields"] = fields
    return out


def _field_map(schemas: dict[str, Any], op: dict[str, Any], props: dict[str, Any]) -> dict:
    """Input wire name -> the record property it sets or filters on."""
    names = [p["name"] for p in op["params"] if p["in"] in ("query", "path")]
    body = op.get("body")
    if body:
        names += list(_properties(schemas, body["schema"]))
    out = {}
    for name in names:
        base = name.rstrip("<>")
        for candidate in (base, naming.snake(base), base.replace("-", "_")):
            if candidate in props:
                if candidate != name:
                    out[name] = candidate
                break
    return out


def write(specs: Path, out: Path) -> list[str]:
    """Write `<provider>.json` for every provider folder under `specs` into `out`."""
    import yaml

    out.mkdir(parents=True)
    (out / "__init__.py").write_text(
        '"""The sandbox\'s view of the specs, one JSON file per provider (generator/'
        'sandbox_data.py)."""\n',
        encoding="utf-8",
    )
    written = []
    for folder in sorted(p for p in specs.iterdir() if p.is_dir()):
        if folder.name == "webhooks":
            continue  # payload schemas (generator/webhook_models.py), nothing the sandbox serves
        apis = [
            (path.stem.replace("-", "_"), yaml.safe_load(path.read_text(encoding="utf-8")))
            for path in sorted(folder.glob("*.yaml"))
        ]
        if not apis:
            continue
        data = provider_data(folder.name, apis)
        # One operation, collection or schema per line: reviewable diffs, small files.
        text = _one_per_line(data)
        (out / f"{folder.name}.json").write_text(text, encoding="utf-8")
        written.append(folder.name)
    return written


def _one_per_line(data: dict[str, Any]) -> str:
    def dump(value: Any) -> str:
        return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)

    lines = ["{"]
    keys = sorted(data)
    for i, key in enumerate(keys):
        value = data[key]
        comma = "," if i < len(keys) - 1 else ""
        if isinstance(value, list):
            inner = ",\n".join(f"  {dump(v)}" for v in value)
            lines.append(f"{dump(key)}: [\n{inner}\n]{comma}")
        elif isinstance(value, dict) and key != "provider":
            inner = ",\n".join(f"  {dump(k)}: {dump(v)}" for k, v in sorted(value.items()))
            lines.append(f"{dump(key)}: {{\n{inner}\n}}{comma}")
        else:
            lines.append(f"{dump(key)}: {dump(value)}{comma}")
    lines.append("}")
    return "\n".join(lines) + "\n"
