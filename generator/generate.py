"""Turn the hand-written specs into `generated/trunkline_generated`.

    python generator/generate.py                 # regenerate in place
    python generator/generate.py --check         # fail if generated/ differs
    python generator/generate.py --specs DIR --out DIR

Each `specs/<provider>/<name>.yaml` becomes the subpackage
`trunkline_generated.<provider>_<name>`. openapi-python-client (pinned in
requirements/dev.txt) parses the spec; our templates in `generator/templates`
decide what is written: request builders and lazy records, no HTTP client
(the overlay's core pipeline sends every request).

Before parsing, the spec is rewritten where the pinned generator would get it
wrong, and every rewrite is recorded so the templates can undo it on the wire:

* Parameter names ending in `<` / `>` (Twilio's `StartTime<`) collapse to one
  Python name (`start_time`) and the generator drops the operation, or, for a
  lone `DateSent<`, silently loses the meaning. They become `StartTimeBefore` /
  `StartTimeAfter` (Python `start_time_before` / `start_time_after`) and the
  template writes the exact wire name back into the request.

Any warning or error from the generator fails the run (a silently dropped
endpoint is a bug). Output goes to a temporary folder first and is swapped
into place only when the whole run succeeded; the result is byte-identical
from run to run.
"""

from __future__ import annotations

import argparse
import copy
import dataclasses
import filecmp
import os
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sandbox_data
import webhook_models
import yaml
from openapi_python_client import Project, strings
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties import (
    EnumProperty,
    LiteralEnumProperty,
    ModelProperty,
)
from openapi_python_client.parser.properties.const import ConstProperty
from openapi_python_client.parser.properties.date import DateProperty
from openapi_python_client.parser.properties.datetime import DateTimeProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.union import UnionProperty

import naming

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = Path(__file__).resolve().parent / "templates"
PACKAGE = "trunkline_generated"
RUFF_CONFIG = Path(__file__).resolve().parent / "ruff-generated.toml"

RETRY_CLASSES = ("safe", "create")
# `x-trunkline` keys a spec file may set (specs/README.md).
SETTINGS_KEYS = frozenset({"path-prefix", "paging", "mount", "version", "envelope"})
PAGING_STYLES = ("twilio", "twilio-v1", "messagebird", "vonage-hal")
# String formats that carry a typed value; everything else stays `str`.
STRING_CONVERTERS = {
    "date-time-rfc-2822": ("rfc2822_datetime", "datetime.datetime"),
    "decimal": ("decimal_string", "decimal.Decimal"),
    "int64": ("int_string", "int"),
    "int32": ("int_string", "int"),
}


# JSON types read tolerantly: the value as declared, or the same value sent as a string.
TOLERANT = {
    "boolean": ("bool_value", "bool"),
    "integer": ("int_value", "int"),
    "number": ("number_value", "float"),
}


class GenerationFailed(Exception):
    """The generator reported a problem; nothing was written."""


# --------------------------------------------------------------------------- spec rewriting


@dataclass
class OperationMeta:
    """What the templates need to know about one operation beyond the parser's view."""

    method: str
    path: str
    operation_id: str
    retry: str
    name: naming.OperationName
    items_key: str | None = None
    wire_names: dict[str, str] = field(default_factory=dict)  # rewritten name -> wire name
    # alternatives, each the scheme names that go together (OpenAPI security requirements)
    security: tuple[tuple[str, ...], ...] = ()
    server: str | None = None  # the operation's own server, when it has one
    response: str = "json"  # json | text | binary | none
    summary: str = ""
    description: str = ""
    tag: str = ""
    page_size_max: int | None = None  # the `maximum` of the page-size input, if any
    docs: dict[str, str] = field(default_factory=dict)  # wire name -> the input's description
    patterns: dict[str, str] = field(default_factory=dict)  # path parameter (wire) -> its pattern
    phones: dict[str, str] = field(default_factory=dict)  # input (wire) -> phone-number | endpoint
    unwrap: bool = True  # False: `x-trunkline-envelope: false`, the whole answer is the record
    deprecated: bool = False


@dataclass
class SpecMeta:
    package: str
    provider: str
    servers: tuple[str, ...]
    operations: dict[str, OperationMeta]  # by the parser's Python name of the operationId
    settings: dict[str, Any] = field(default_factory=dict)  # the file's `x-trunkline`
    naming_error: str | None = None  # raised once the parser's own problems are reported


_COMPARATORS = {"<": "Before", ">": "After"}
# A path ending in a resource's id (`/Calls/{Sid}.json`, `/calls/{callId}`): a POST
# there changes that one resource. Any other path parameter (`/sms/{format}`) says
# nothing of the kind, so a POST to it stays a create.
_INSTANCE_PATH = re.compile(r"\{(?:[A-Za-z_]*Sid|[A-Za-z_]*[Ii][Dd])\}(\.json)?$")


def _text(value: Any) -> str:
    """The plain text of a parser string (the parser wraps spec text in `UntrustedString`)."""
    getter = getattr(value, "get_untrusted_value", None)
    return str(getter() if getter else value)


def _code(value: Any) -> str:
    """Python source text of a parser type string."""
    getter = getattr(value, "as_unembedded_code", None)
    return str(getter() if getter else value)


def _op_key(endpoint: Endpoint) -> str:
    return str(endpoint.name)


def _deref(spec: dict[str, Any], node: Any) -> Any:
    try:
        return naming.deref(spec, node)
    except naming.NamingError as exc:
        raise GenerationFailed(str(exc)) from None


def _default_retry(method: str, path: str) -> str:
    if method in ("get", "put", "delete", "head", "options"):
        return "safe"
    if method == "post" and _INSTANCE_PATH.search(path):
        return "safe"  # Twilio-style update: POST to an instance path
    return "create"


def object_properties(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """The properties of an object schema, those it takes by `allOf` included."""
    props: dict[str, Any] = {}
    for part in schema.get("allOf") or []:
        props.update(object_properties(spec, _deref(spec, part)))
    props.update(schema.get("properties") or {})
    return props


def _items_key(spec: dict[str, Any], operation: dict[str, Any]) -> str | None:
    """The one array-of-records property of the success response, if there is one (or, in a
    HAL answer, of its `_embedded` object: `_embedded.calls`)."""
    for code, raw_response in sorted(operation.get("responses", {}).items()):
        if not str(code).startswith("2"):
            continue
        response = _deref(spec, raw_response)
        for media in (response.get("content") or {}).values():
            schema = _deref(spec, media.get("schema", {}))
            found = _record_arrays(spec, schema)
            if len(found) == 1:
                return found[0]
            embedded = _deref(spec, object_properties(spec, schema).get("_embedded") or {})
            found = _record_arrays(spec, embedded)
            if not _record_arrays(spec, schema) and len(found) == 1:
                return f"_embedded.{found[0]}"
        return None
    return None


def _record_arrays(spec: dict[str, Any], schema: dict[str, Any]) -> list[str]:
    return [
        str(name)
        for name, prop in object_properties(spec, schema).items()
        if _deref(spec, prop).get("type") == "array"
        and _deref(spec, _deref(spec, prop).get("items") or {}).get("type") == "object"
    ]


def _rewrite_parameter(param: dict[str, Any], wire_names: dict[str, str]) -> None:
    name = param.get("name", "")
    if name and name[-1] in _COMPARATORS:
        new = name[:-1] + _COMPARATORS[name[-1]]
        wire_names[new] = name
        param["name"] = new


PYTHON_NAME = "x-trunkline-python-name"
# Keyword arguments every API method takes for itself (per-call options, paging):
# a spec input may not take one of these names.
RESERVED_NAMES = frozenset(
    {"timeout", "max_retries", "extra_headers", "extra_query", "extra_body", "limit"}
)


def _python_name(param: dict[str, Any], wire: dict[str, str]) -> None:
    """Apply `x-trunkline-python-name` to one parameter (renamed for the parser; `wire` maps
    the new name back to the wire name)."""
    if PYTHON_NAME in param:
        wire[param[PYTHON_NAME]] = wire.pop(param["name"], param["name"])
        if param.get("in") == "path":
            param["x-trunkline-wire-name"] = param["name"]
        param["name"] = param[PYTHON_NAME]


def _parser_path(spec: dict[str, Any], path: str, item: dict[str, Any]) -> str:
    """The path as the parser must see it once path parameters took their Python names.

    (The template still fills the original path, by wire name.)"""
    for method in (None, *naming.HTTP_METHODS):
        owner = item if method is None else item.get(method)
        for raw in (owner or {}).get("parameters", []):
            param = _deref(spec, raw)
            if param.get("in") == "path" and param.get("x-trunkline-wire-name"):
                wire_name, python_name = param["x-trunkline-wire-name"], param["name"]
                path = path.replace(f"{{{wire_name}}}", f"{{{python_name}}}")
    return path


def _rename_inputs(operation: dict[str, Any], wire: dict[str, str]) -> None:
    """Apply `x-trunkline-python-name` to the operation's own parameters and form/JSON fields.

    The input is renamed in the spec handed to the parser; `wire` maps it back.
    """
    for param in operation.get("parameters", []):
        if "$ref" not in param:
            _python_name(param, wire)
    body = operation.get("requestBody")
    for media in ((body or {}).get("content") or {}).values():
        schema = media.get("schema") or {}
        properties = schema.get("properties") or {}
        for name in [n for n, prop in properties.items() if PYTHON_NAME in prop]:
            new = properties[name][PYTHON_NAME]
            schema["properties"] = {(new if k == name else k): v for k, v in properties.items()}
            properties = schema["properties"]
            schema["required"] = [new if r == name else r for r in schema.get("required", [])]
            if not schema["required"]:
                del schema["required"]
            wire[new] = name


# Success media types the generator understands: JSON records, text, and downloads.
_BINARY_MEDIA = ("audio/", "image/", "video/", "application/octet-stream", "application/pdf")


def _response_kind(spec: dict[str, Any], operation: dict[str, Any], where: str) -> str:
    """json | text | binary | none: what the operation's success answer carries."""
    for code, raw in sorted(operation.get("responses", {}).items()):
        if not str(code).startswith("2"):
            continue
        content = _deref(spec, raw).get("content") or {}
        if not content:
            return "none"
        kinds = set()
        for media in content:
            if media == "application/json" or media.endswith("+json"):
                kinds.add("json")
            elif media.startswith("text/"):
                kinds.add("text")
            elif media.startswith(_BINARY_MEDIA):
                kinds.add("binary")
            else:
                raise GenerationFailed(f"{where}: unsupported response media type {media!r}")
        if len(kinds) > 1:
            raise GenerationFailed(f"{where}: one kind of success answer only, not {sorted(kinds)}")
        return kinds.pop()
    return "none"


def _parser_friendly_responses(spec: dict[str, Any], operation: dict[str, Any]) -> None:
    """Binary answers as `application/octet-stream`, the one binary type the parser knows."""
    for code, raw in list(operation.get("responses", {}).items()):
        response = _deref(spec, raw)
        content = response.get("content") or {}
        if any(media.startswith(_BINARY_MEDIA) for media in content):
            fixed = copy.deepcopy(response)
            fixed["content"] = {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
            }
            operation["responses"][code] = fixed


def _security(
    requirements: Any, schemes: dict[str, Any], where: str
) -> tuple[tuple[str, ...], ...]:
    alternatives = []
    for requirement in requirements or []:
        names = tuple(sorted(requirement))
        for name in names:
            if name not in schemes:
                raise GenerationFailed(f"{where}: unknown security scheme {name!r}")
        alternatives.append(names)
    return tuple(alternatives)


def prepare_spec(
    raw: dict[str, Any], package: str, provider: str = ""
) -> tuple[dict[str, Any], SpecMeta]:
    """Rewrite what the pinned generator mishandles; return the spec and what was rewritten."""
    spec = copy.deepcopy(raw)
    servers = tuple(server["url"] for server in spec.get("servers", []))
    if not servers:
        raise GenerationFailed(f"{package}: the spec names no server")
    try:
        options = naming.settings(spec)
    except naming.NamingError as exc:
        raise GenerationFailed(f"{package}: {exc}") from None
    unknown = set(options) - SETTINGS_KEYS
    if unknown:
        raise GenerationFailed(f"{package}: unknown {naming.SETTINGS} keys {sorted(unknown)}")
    if options.get("paging") not in (None, *PAGING_STYLES):
        raise GenerationFailed(
            f"{package}: {naming.SETTINGS}.paging must be one of {PAGING_STYLES}"
        )
    naming_error = None
    names: dict[tuple[str, str], naming.OperationName] = {}
    try:
        for name in naming.name_all(spec):
            names[(name.path, name.method)] = name
    except naming.NamingError as exc:
        naming_error = f"{package}: {exc}"
    operations: dict[str, OperationMeta] = {}
    shared_wire: dict[str, str] = {}
    for param in spec.get("components", {}).get("parameters", {}).values():
        _rewrite_parameter(param, shared_wire)
        _python_name(param, shared_wire)
    for path, item in spec.get("paths", {}).items():
        path_wire: dict[str, str] = {}
        for param in item.get("parameters", []):
            if "$ref" not in param:
                _rewrite_parameter(param, path_wire)
                _python_name(param, path_wire)
        for method in naming.HTTP_METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            op_id = operation.get("operationId")
            if not op_id:
                raise GenerationFailed(f"{package}: {method.upper()} {path} has no operationId")
            key = str(strings.PythonIdentifier(op_id, "field_"))
            if key in operations:
                raise GenerationFailed(f"{package}: operationId {op_id!r} is used twice")
            name = names.get((path, method.upper())) or naming.OperationName(
                op_id, method.upper(), path, ("?",), "?", (), ()
            )
            operations[key] = _prepare_operation(
                spec, package, path, method, name, {**shared_wire, **path_wire}
            )
    spec["paths"] = {
        _parser_path(spec, path, item): item for path, item in spec.get("paths", {}).items()
    }
    spec.pop(naming.SETTINGS, None)
    return spec, SpecMeta(
        package=package,
        provider=provider,
        servers=servers,
        operations=operations,
        settings=options,
        naming_error=naming_error,
    )


_PHONE_FORMATS = ("phone-number", "endpoint")


def _phone_paths(spec: dict[str, Any], schema: dict[str, Any], depth: int = 0) -> dict[str, str]:
    """Where an input holds phone numbers, and which kind (`phone-number` / `endpoint`): `""`
    for the input itself (or each item of a list), `"[].number"` / `".from"` for numbers inside
    the objects it takes (a voice call's endpoints, an NCCO's `connect`), by wire name."""
    schema = _deref(spec, schema)
    if schema.get("format") in _PHONE_FORMATS:
        return {"": str(schema["format"])}
    if depth > 6:
        return {}
    found: dict[str, str] = {}
    for key in ("anyOf", "oneOf"):
        for option in schema.get(key) or []:
            for path, kind in _phone_paths(spec, option, depth + 1).items():
                found.setdefault(path, kind)
    if schema.get("type") == "array" or "items" in schema:
        for path, kind in _phone_paths(spec, schema.get("items") or {}, depth + 1).items():
            found.setdefault(path if path == "" else f"[]{path}", kind)
    for name, prop in object_properties(spec, schema).items():
        for path, kind in _phone_paths(spec, prop, depth + 1).items():
            found.setdefault(f".{name}{path}", kind)
    return found


def _prepare_operation(
    spec: dict[str, Any],
    package: str,
    path: str,
    method: str,
    name: naming.OperationName,
    known_wire: dict[str, str],
) -> OperationMeta:
    """One operation: its inputs renamed for the parser, and what the templates need of it."""
    item = spec["paths"][path]
    operation = item[method]
    path_level = item.get("parameters", [])
    where = f"{package}: {name.operation_id}"
    wire = {k: v for k, v in known_wire.items()}
    for param in [*path_level, *operation.get("parameters", [])]:
        if "$ref" not in param:
            _rewrite_parameter(param, wire)
    _rename_inputs(operation, wire)
    retry = operation.get("x-trunkline-retry") or _default_retry(method, path)
    if retry not in RETRY_CLASSES:
        raise GenerationFailed(f"{where}: x-trunkline-retry must be one of {RETRY_CLASSES}")
    own_servers = [s["url"] for s in operation.get("servers") or item.get("servers") or []]
    response = _response_kind(spec, operation, where)
    _parser_friendly_responses(spec, operation)
    page_size_max = None
    docs: dict[str, str] = {}
    patterns: dict[str, str] = {}
    phones: dict[str, str] = {}
    for param in [*path_level, *operation.get("parameters", [])]:
        target = _deref(spec, param)
        if target.get("description"):
            docs[wire.get(target["name"], target["name"])] = str(target["description"])
        schema = _deref(spec, target.get("schema") or {})
        pattern = schema.get("pattern")
        if target.get("in") == "path" and pattern:
            patterns[target.get("x-trunkline-wire-name") or target["name"]] = str(pattern)
        for suffix, kind in _phone_paths(spec, schema).items():
            phones[wire.get(target["name"], target["name"]) + suffix] = kind
        if str(strings.PythonIdentifier(target.get("name", ""), "field_")) == "page_size":
            page_size_max = schema.get("maximum")
    for media in ((operation.get("requestBody") or {}).get("content") or {}).values():
        body = _deref(spec, media.get("schema") or {})
        for prop_name, prop in object_properties(spec, body).items():
            for suffix, kind in _phone_paths(spec, prop).items():
                phones[prop_name + suffix] = kind
    schemes = spec.get("components", {}).get("securitySchemes", {})
    return OperationMeta(
        method=method.upper(),
        path=path,
        operation_id=name.operation_id,
        retry=retry,
        name=name,
        items_key=_items_key(spec, operation) if response == "json" else None,
        wire_names=wire,
        security=_security(operation.get("security", spec.get("security")), schemes, where),
        server=own_servers[0] if own_servers else None,
        response=response,
        summary=str(operation.get("summary") or ""),
        description=str(operation.get("description") or ""),
        tag=str((operation.get("tags") or [""])[0]),
        page_size_max=page_size_max,
        docs=docs,
        patterns=patterns,
        phones=phones,
        unwrap=operation.get("x-trunkline-envelope", True) is not False,
        deprecated=bool(operation.get("deprecated")),
    )


# --------------------------------------------------------------------------- template helpers


@dataclass(frozen=True)
class FieldInfo:
    """How a record reads one field: wire name, Python name, converter, annotation."""

    wire: str
    python: str
    converter: str | None  # name in _runtime, or None for the raw JSON value
    annotation: str
    target: str | None = None  # class converted into (enum / model)
    target_module: str | None = None
    is_list: bool = False


def _strip_null(prop: Any) -> tuple[Any, bool]:
    if isinstance(prop, UnionProperty):
        inner = [p for p in prop.inner_properties if not isinstance(p, NoneProperty)]
        nullable = len(inner) != len(prop.inner_properties)
        if len(inner) == 1:
            return inner[0], nullable
    return prop, False


def _raw_schema(spec: dict[str, Any], model: ModelProperty, wire: str) -> dict[str, Any]:
    """The spec's own schema of one property of `model` (through `$ref` and `allOf`)."""
    whole = model.data.model_dump(mode="json", by_alias=True, exclude_none=True)
    data = object_properties(spec, whole).get(wire)
    if data is None:
        return {}
    data = _deref(spec, data)
    for key in ("anyOf", "oneOf"):
        options = [o for o in data.get(key, []) if _deref(spec, o).get("type") != "null"]
        if len(options) == 1:
            return dict(_deref(spec, options[0]))
    return dict(data)


def _json_annotation(prop: Any) -> str:
    return _code(prop.get_type_string(no_optional=True, json=True))


def is_map(schema: Any) -> bool:
    """An object with no named properties, only `additionalProperties`: a plain dict, no record."""
    if not isinstance(schema, dict):
        schema = schema.model_dump(mode="json", by_alias=True, exclude_none=True)
    return not schema.get("properties") and bool(schema.get("additionalProperties"))


def field_info(spec: dict[str, Any], model: ModelProperty, prop: Any) -> FieldInfo:
    """Decide, once at generation time, how a record converts one field."""
    wire = _text(prop.name)
    python = str(prop.python_name)
    if wire.startswith("_") and python == f"field{wire}":
        python = python.removeprefix("field_")  # `_links` reads as `links`, not `field_links`
    inner, _ = _strip_null(prop)
    optional = " | None"
    if isinstance(inner, EnumProperty | LiteralEnumProperty):
        name = inner.class_info.name
        return FieldInfo(
            wire, python, "enum", f"{name} | str{optional}", name, inner.class_info.module_name
        )
    if isinstance(inner, ModelProperty) and is_map(_raw_schema(spec, model, wire)):
        return FieldInfo(wire, python, None, f"dict[str, Any]{optional}")
    if isinstance(inner, ModelProperty):
        name = inner.class_info.name
        return FieldInfo(
            wire, python, "model", f"{name}{optional}", name, inner.class_info.module_name
        )
    if isinstance(inner, ListProperty):
        item, _ = _strip_null(inner.inner_property)
        if isinstance(item, ModelProperty):
            name = item.class_info.name
            return FieldInfo(
                wire,
                python,
                "model_list",
                f"list[{name}]{optional}",
                name,
                item.class_info.module_name,
                is_list=True,
            )
        if isinstance(item, EnumProperty | LiteralEnumProperty):
            name = item.class_info.name
            return FieldInfo(
                wire,
                python,
                "enum_list",
                f"list[{name} | str]{optional}",
                name,
                item.class_info.module_name,
                is_list=True,
            )
        return FieldInfo(wire, python, None, f"{_json_annotation(inner)}{optional}")
    if isinstance(inner, DateTimeProperty):
        return FieldInfo(wire, python, "iso_datetime", f"datetime.datetime{optional}")
    if isinstance(inner, DateProperty):
        return FieldInfo(wire, python, "iso_date", f"datetime.date{optional}")
    raw = _raw_schema(spec, model, wire)
    fmt = raw.get("format")
    if fmt in STRING_CONVERTERS:
        converter, annotation = STRING_CONVERTERS[fmt]
        return FieldInfo(wire, python, converter, f"{annotation}{optional}")
    kinds = raw.get("type") if isinstance(raw.get("type"), list) else [raw.get("type")]
    for kind, (converter, annotation) in TOLERANT.items():
        if kind in kinds:
            # Providers send these as strings now and then ("true", "42"): read either.
            return FieldInfo(wire, python, converter, f"{annotation}{optional}")
    return FieldInfo(wire, python, None, f"{_json_annotation(inner)}{optional}")


@dataclass(frozen=True)
class ParamInfo:
    python: str
    wire: str
    location: str  # path | query | header | body
    required: bool
    annotation: str
    description: str = ""


def _holds_objects(prop: Any) -> bool:
    """Whether a value holds an object schema (then its annotation names input classes)."""
    inner, _ = _strip_null(prop)
    if isinstance(inner, ModelProperty):
        return True
    if isinstance(inner, ListProperty):
        return _holds_objects(inner.inner_property)
    if isinstance(inner, UnionProperty):
        return any(_holds_objects(p) for p in inner.inner_properties)
    return False


def endpoint_params(
    endpoint: Endpoint,
    meta: OperationMeta,
    package: str = "",
    extra_imports: set[str] | None = None,
) -> list[ParamInfo]:
    """Every input of an operation, body fields flattened into keyword arguments.

    Body fields holding objects are annotated with input classes; their imports (absolute)
    go into `extra_imports`."""
    params: list[ParamInfo] = []
    if extra_imports is None:
        extra_imports = set()

    def add(prop: Any, location: str) -> None:
        name = _text(prop.name)
        annotation = _code(prop.get_type_string(no_optional=True))
        inner, _ = _strip_null(prop)
        if isinstance(inner, EnumProperty):
            annotation = f"{annotation} | str"  # an enum member or its value
        elif location == "body" and _holds_objects(inner):
            imports: set[str] = set()
            annotation = input_annotation(prop, imports, package)
            extra_imports.update(imports)
        params.append(
            ParamInfo(
                python=str(prop.python_name),
                wire=meta.wire_names.get(name, name),
                location=location,
                required=bool(prop.required),
                annotation=annotation,
                description=_text(prop.description)
                if prop.description
                else meta.docs.get(meta.wire_names.get(name, name), ""),
            )
        )

    for prop in endpoint.path_parameters:
        add(prop, "path")
    for prop in endpoint.query_parameters:
        add(prop, "query")
    for prop in endpoint.header_parameters:
        add(prop, "header")
    if len(endpoint.bodies) > 1:
        raise GenerationFailed(f"{meta.operation_id}: one request body content type only")
    for body in endpoint.bodies:
        model = body.prop
        if not isinstance(model, ModelProperty) or body.body_type not in ("data", "json"):
            raise GenerationFailed(
                f"{meta.operation_id}: request bodies must be an object schema (form or JSON)"
            )
        for prop in (model.required_properties or []) + (model.optional_properties or []):
            add(prop, "body")
    seen: set[str] = set()
    reserved = RESERVED_NAMES | ({"to"} if meta.response == "binary" else set())
    for param in params:
        if param.python in reserved:
            raise GenerationFailed(
                f"{meta.operation_id}: input {param.wire!r} would be the Python name "
                f"{param.python!r}, which every method keeps for itself; "
                f"name it with {PYTHON_NAME}"
            )
        if param.python in seen:
            raise GenerationFailed(f"{meta.operation_id}: two inputs named {param.python!r}")
        seen.add(param.python)
    # Required keyword arguments first keeps the generated signature valid Python.
    path = [p for p in params if p.location == "path"]
    rest = [p for p in params if p.location != "path"]
    return path + sorted(rest, key=lambda p: not p.required)


def success_model(endpoint: Endpoint) -> ModelProperty | None:
    for response in endpoint.responses.patterns:
        low, high = response.status_code.range or (0, 0)
        if low >= 200 and high < 300:
            inner, _ = _strip_null(response.prop)
            return inner if isinstance(inner, ModelProperty) else None
    return None


def items_model(endpoint: Endpoint, meta: OperationMeta) -> ModelProperty | None:
    """The record class of the list operation's `items_key` array (a dotted path, such as
    HAL's `_embedded.calls`, through nested records)."""
    model: Any = success_model(endpoint)
    if model is None or meta.items_key is None:
        return None
    *parents, last = meta.items_key.split(".")
    for part in parents:
        model = _property_model(model, part)
        if model is None:
            break
    if model is not None:
        for prop in (model.required_properties or []) + (model.optional_properties or []):
            inner, _ = _strip_null(prop)
            if _text(prop.name) == last and isinstance(inner, ListProperty):
                item, _ = _strip_null(inner.inner_property)
                if isinstance(item, ModelProperty):
                    return item
    raise GenerationFailed(f"{meta.operation_id}: {meta.items_key!r} is not an array of records")


# The parsed models of the package being generated, by class name: a model reached through
# another's property can be a copy made before its own properties were parsed.
PARSED_MODELS: dict[str, ModelProperty] = {}


def _property_model(model: ModelProperty, name: str) -> ModelProperty | None:
    for prop in (model.required_properties or []) + (model.optional_properties or []):
        inner, _ = _strip_null(prop)
        if _text(prop.name) == name and isinstance(inner, ModelProperty):
            return PARSED_MODELS.get(inner.class_info.name, inner)
    return None


def typing_imports(endpoint: Endpoint, meta: OperationMeta, package: str) -> list[str]:
    """Absolute imports the annotations need (only under TYPE_CHECKING: free at run time)."""
    lines = {_absolute(line, package) for line in endpoint.relative_imports}
    endpoint_params(endpoint, meta, package, lines)  # input classes of body fields
    for body in endpoint.bodies:
        if isinstance(body.prop, ModelProperty):
            for prop in (body.prop.required_properties or []) + (
                body.prop.optional_properties or []
            ):
                if not _holds_objects(prop):
                    lines |= {_absolute(line, package) for line in prop.get_imports(prefix="...")}
    runtime = {_generated_import(m, package) for m in (success_model(endpoint),) if m is not None}
    return sorted(
        line
        for line in lines - runtime
        if not line.startswith(("from ...types ", "from typing ", "import typing"))
        and ".types import" not in line
    )


def body_type(endpoint: Endpoint) -> str | None:
    return str(endpoint.bodies[0].body_type) if endpoint.bodies else None


def body_models(openapi: GeneratorData) -> set[str]:
    """Models that exist only as request bodies: flattened into arguments, not generated."""
    names: set[str] = set()
    for collection in openapi.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            for body in endpoint.bodies:
                if isinstance(body.prop, ModelProperty):
                    names.add(body.prop.class_info.name)
    return names


# --------------------------------------------------------------------------- resources and trees


@dataclass
class MethodView:
    """One generated method of a resource class."""

    verb: str
    ref: str  # "<tag>.<module>" of the operation under the package's api/
    kind: str  # request | list | download
    positional: list[ParamInfo]
    keywords: list[ParamInfo]
    returns: str  # the sync return annotation
    returns_async: str
    meta: OperationMeta
    imports: set[str]  # TYPE_CHECKING imports of its annotations (absolute)


@dataclass
class ResourceView:
    """One resource class (a node of the tree): its methods and child resources."""

    package: str
    key: str  # the full dotted chain under the client: "pricing.v2.voice.countries"
    chain: tuple[str, ...]  # the chain inside its package: ("voice", "countries")
    methods: dict[str, MethodView] = field(default_factory=dict)
    children: dict[str, ResourceView] = field(default_factory=dict)
    description: str = ""

    @property
    def module(self) -> str:
        """The module under `resources/` ("" for the package's root, `resources/__init__`)."""
        return "_".join(self.chain)

    @property
    def module_path(self) -> str:
        base = f"{PACKAGE}.{self.package}.resources"
        return f"{base}.{self.module}" if self.chain else base

    @property
    def class_name(self) -> str:
        return pascal(self.chain) if self.chain else "Resources"

    def walk(self) -> Iterator[ResourceView]:
        yield self
        for child in self.children.values():
            yield from child.walk()


def pascal(chain: tuple[str, ...]) -> str:
    """("usage", "records", "all_time") -> "UsageRecordsAllTime"."""
    return "".join(word.capitalize() for part in chain for word in part.split("_"))


_BARE_LIST = re.compile(r"(?<![\w.])list\[")

# Names a resource class has for itself: no method or child may take them.
_RESOURCE_OWN = frozenset({"with_raw_response"})


def unwrapped_model(endpoint: Endpoint, meta: OperationMeta, envelope: str | None) -> Any:
    """For `x-trunkline.envelope: data`: the record inside `data[0]` of a single-object answer."""
    if not meta.unwrap or envelope is None:
        return None
    if meta.items_key is not None and meta.name.verb == "list":
        return None
    model = success_model(endpoint)
    if model is None:
        return None
    for prop in (model.required_properties or []) + (model.optional_properties or []):
        inner, _ = _strip_null(prop)
        if _text(prop.name) == envelope and isinstance(inner, ListProperty):
            item, _ = _strip_null(inner.inner_property)
            if isinstance(item, ModelProperty):
                return item
    return None


def _absolute(line: str, package: str) -> str:
    return line.replace("from ...models", f"from {PACKAGE}.{package}.models").replace(
        "from ...inputs", f"from {PACKAGE}.{package}.inputs"
    )


RECORD = "x-trunkline-record"  # on a schema: `module:Class`, the overlay's record subclass


def overlay_record(model: Any) -> tuple[str, str] | None:
    """(module, class) of the overlay's subclass a record schema names with `RECORD`."""
    record = (getattr(model.data, "model_extra", None) or {}).get(RECORD)
    if record is None:
        return None
    module, _, name = str(record).partition(":")
    if not module.startswith("trunkline.") or not name.isidentifier():
        raise GenerationFailed(
            f"{model.class_info.name}: {RECORD} must be 'trunkline.<module>:<Class>', "
            f"not {record!r}"
        )
    return module, name


def _model_import(model: Any, package: str) -> str:
    """The annotation's import: the overlay's subclass where the schema names one."""
    record = overlay_record(model)
    if record is None:
        return _generated_import(model, package)
    (module, cls), name = record, model.class_info.name
    return f"from {module} import {cls}" + ("" if cls == name else f" as {name}")


def _generated_import(model: Any, package: str) -> str:
    name = model.class_info.name
    return f"from {PACKAGE}.{package}.models.{model.class_info.module_name} import {name}"


def overlay_records(openapi: GeneratorData, package: str) -> dict[str, str]:
    """Generated record class -> the overlay's subclass, both as `module:Class`."""
    records = {}
    for model in openapi.models:
        record = overlay_record(model)
        if record is not None:
            generated = f"{PACKAGE}.{package}.models.{model.class_info.module_name}"
            records[f"{generated}:{model.class_info.name}"] = ":".join(record)
    return dict(sorted(records.items()))


def method_view(endpoint: Endpoint, meta: OperationMeta, spec: SpecMeta) -> MethodView:
    """How one operation reads as a method: signature, return type, what it calls."""
    # In a class with a `list` method, `list[...]` would name the method: say `builtins.list`.
    params = [
        dataclasses.replace(p, annotation=_BARE_LIST.sub("builtins.list[", p.annotation))
        for p in endpoint_params(endpoint, meta, spec.package)
    ]
    name = meta.name
    positional = [p for p in params if p.location == "path" and p.wire in name.args]
    keywords = [p for p in params if p.location != "path"]
    tag_dir = str(strings.PythonIdentifier(meta.tag or "default", "tag"))
    ref = f"{tag_dir}.{strings.PythonIdentifier(endpoint.name, 'field_')}"
    imports = set(typing_imports(endpoint, meta, spec.package))
    item = items_model(endpoint, meta)
    model = success_model(endpoint)
    unwrapped = unwrapped_model(endpoint, meta, spec.settings.get("envelope"))
    if meta.response == "binary":
        kind, returns, returns_async = (
            "download",
            "Iterator[bytes] | int",
            "AsyncIterator[bytes] | int",
        )
    elif name.verb == "list" and item is not None:
        kind = "list"
        returns = f"Pager[{item.class_info.name}]"
        returns_async = f"AsyncPager[{item.class_info.name}]"
        imports.add(_model_import(item, spec.package))
    else:
        kind = "request"
        if meta.response == "text":
            returns = "str"
        elif meta.response == "none":
            returns = "None"
        elif unwrapped is not None:
            returns = f"{unwrapped.class_info.name} | None"
            imports.add(_model_import(unwrapped, spec.package))
        elif model is not None:
            returns = model.class_info.name
            imports.add(_model_import(model, spec.package))
        else:
            returns = "Any"
        returns_async = returns
    return MethodView(
        verb=name.verb,
        ref=ref,
        kind=kind,
        positional=positional,
        keywords=keywords,
        returns=returns,
        returns_async=returns_async,
        meta=meta,
        imports=imports,
    )


def resource_tree(openapi: GeneratorData, spec: SpecMeta) -> ResourceView:
    """The package's resources, rooted at its (unnamed) top."""
    mount, version = _mount(spec)
    base = (*mount, version) if version else mount
    root = ResourceView(package=spec.package, key=".".join(base), chain=())
    endpoints = [
        endpoint
        for collection in openapi.endpoint_collections_by_tag.values()
        for endpoint in collection.endpoints
    ]
    for endpoint in sorted(endpoints, key=lambda e: spec.operations[_op_key(e)].operation_id):
        meta = spec.operations[_op_key(endpoint)]
        node = root
        for depth, part in enumerate(meta.name.chain, start=1):
            chain = meta.name.chain[:depth]
            node = node.children.setdefault(
                part,
                ResourceView(package=spec.package, key=".".join((*base, *chain)), chain=chain),
            )
        node.methods[meta.name.verb] = method_view(endpoint, meta, spec)
    modules: dict[str, ResourceView] = {}
    for node in root.walk():
        clash = (set(node.methods) & set(node.children)) | (
            (set(node.methods) | set(node.children)) & _RESOURCE_OWN
        )
        if clash:
            raise GenerationFailed(
                f"{spec.package}: {node.key or 'the client'} would have both a method and a "
                f"resource (or a reserved name) {sorted(clash)}"
            )
        if node.chain:
            other = modules.setdefault(node.class_name, node)
            if other is not node:
                raise GenerationFailed(
                    f"{spec.package}: resources {other.key} and {node.key} would share the "
                    f"class name {node.class_name}"
                )
    return root


def _mount(spec: SpecMeta) -> tuple[tuple[str, ...], str | None]:
    mount = spec.settings.get("mount")
    version = spec.settings.get("version")
    if version and not mount:
        raise GenerationFailed(f"{spec.package}: x-trunkline.version needs x-trunkline.mount")
    return (tuple(str(mount).split(".")) if mount else ()), (str(version) if version else None)


def op_constants(endpoint: Endpoint, spec: SpecMeta) -> list[tuple[str, Any]]:
    """What an operation module says of itself beyond METHOD/PATH/RETRY (see `Operation`)."""
    meta = spec.operations[_op_key(endpoint)]
    params = endpoint_params(endpoint, meta, spec.package)
    path = [p for p in params if p.location == "path"]
    out: list[tuple[str, Any]] = [("ARGS", tuple(p.python for p in path))]
    client = {p.python: p.wire for p in path if p.wire in meta.name.client_params}
    fixed = {p.python: meta.name.fixed[p.wire] for p in path if p.wire in meta.name.fixed}
    if client:
        out.append(("CLIENT_ARGS", client))
    patterns = {p.python: meta.patterns[p.wire] for p in path if p.wire in meta.patterns}
    if patterns:
        out.append(("PATTERNS", patterns))
    phones = {  # the input's Python name, then the wire names of where inside it
        p.python + path[len(p.wire) :]: kind
        for p in params
        for path, kind in meta.phones.items()
        if path == p.wire or path.startswith((f"{p.wire}.", f"{p.wire}[]"))
    }
    if phones:
        out.append(("PHONES", phones))
    if fixed:
        out.append(("FIXED_ARGS", fixed))
    out.append(("SECURITY", meta.security))
    if meta.server:
        out.append(("SERVER", meta.server))
    out.append(("RESPONSE", meta.response))
    if meta.items_key is not None:
        out.append(("PAGING", spec.settings.get("paging")))
        if any(p.python == "page_size" and p.location == "query" for p in params):
            out.append(("PAGE_SIZE", ("page_size", meta.page_size_max)))
    return out


# --------------------------------------------------------------------------- input classes
# A request body is flattened into keyword arguments; what its fields hold when they
# are objects (call-flow steps, NCCO actions, capabilities) becomes an input class:
# a frozen attrs class under `inputs/`, checked against the spec when made.

# Constraints an input class checks, as the spec names them.
_RULE_KEYS = (
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
)


@dataclass(frozen=True)
class InputField:
    python: str
    wire: str
    annotation: str
    required: bool
    const: Any = None
    rules: dict[str, Any] | None = None
    description: str = ""


def input_models(openapi: GeneratorData) -> dict[str, ModelProperty]:
    """Every object schema a request body's fields hold (directly, in lists or unions)."""
    found: dict[str, ModelProperty] = {}
    # A union's members can be copies made before their properties were parsed: use
    # the parsed model of that name.
    parsed = {model.class_info.name: model for model in openapi.models}

    def visit(prop: Any) -> None:
        inner, _ = _strip_null(prop)
        if isinstance(inner, ModelProperty):
            inner = parsed.get(inner.class_info.name, inner)
            if is_map(inner.data) or inner.class_info.name in found:
                return
            found[inner.class_info.name] = inner
            for child in (inner.required_properties or []) + (inner.optional_properties or []):
                visit(child)
        elif isinstance(inner, ListProperty):
            visit(inner.inner_property)
        elif isinstance(inner, UnionProperty):
            for option in inner.inner_properties:
                visit(option)

    for collection in openapi.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            for body in endpoint.bodies:
                if isinstance(body.prop, ModelProperty):
                    for prop in (body.prop.required_properties or []) + (
                        body.prop.optional_properties or []
                    ):
                        visit(prop)
    return dict(sorted(found.items()))


def input_annotation(prop: Any, imports: set[str], package: str) -> str:
    """The annotation of an input value: input classes (or their plain dicts), enums (or
    their values), and the parser's own type for everything else."""
    inner, nullable = _strip_null(prop)
    base = f"{PACKAGE}.{package}"
    if isinstance(inner, ModelProperty):
        if is_map(inner.data):
            text = "Mapping[str, Any]"
        else:
            name = inner.class_info.name
            imports.add(f"from {base}.inputs.{inner.class_info.module_name} import {name}")
            text = f"{name} | Mapping[str, Any]"
    elif isinstance(inner, ListProperty):
        text = f"list[{input_annotation(inner.inner_property, imports, package)}]"
    elif isinstance(inner, UnionProperty):
        options: list[str] = []
        for option in inner.inner_properties:
            if isinstance(option, NoneProperty):
                nullable = True
                continue
            for part in input_annotation(option, imports, package).split(" | "):
                if part not in options:
                    options.append(part)
        # plain dicts last: `Say | Pause | Mapping[str, Any]`
        options.sort(key=lambda part: part == "Mapping[str, Any]")
        text = " | ".join(options)
    elif isinstance(inner, EnumProperty):
        name = inner.class_info.name
        imports.add(f"from {base}.models.{inner.class_info.module_name} import {name}")
        text = f"{name} | str"
    elif isinstance(inner, ConstProperty):
        text = _code(inner.get_type_string(no_optional=True))
    else:
        text = _code(inner.get_type_string(no_optional=True))
        for line in inner.get_imports(prefix="..."):
            if line.startswith("import ") and "typing" not in line:
                imports.add(line)
    return f"{text} | None" if nullable else text


def _number(value: Any) -> Any:
    """`1.0` (as the schema parser keeps numbers) -> `1`."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


def input_fields(
    spec: dict[str, Any], model: ModelProperty, imports: set[str], package: str
) -> list[InputField]:
    fields: list[InputField] = []
    required = [(p, True) for p in model.required_properties or []]
    optional = [(p, False) for p in model.optional_properties or []]
    for prop, is_required in required + optional:
        wire = _text(prop.name)
        python = str(prop.python_name)
        raw = _raw_schema(spec, model, wire)
        inner, _ = _strip_null(prop)
        rules = {key: _number(raw[key]) for key in _RULE_KEYS if key in raw}
        if "enum" in raw and not isinstance(inner, EnumProperty):
            rules["enum"] = tuple(raw["enum"])
        if isinstance(inner, EnumProperty):
            rules["enum"] = tuple(str(v) for v in inner.values.values())
        if raw.get("type") == "integer" or (
            isinstance(raw.get("type"), list) and "integer" in raw["type"]
        ):
            rules["integer"] = True
        const = None
        if isinstance(inner, ConstProperty):
            const = inner.value.raw_value
        fields.append(
            InputField(
                python=python,
                wire=wire,
                annotation=input_annotation(prop, imports, package),
                required=is_required and const is None,
                const=const,
                rules=rules or None,
                description=_doc_text(_text(prop.description)) if prop.description else "",
            )
        )
    # attrs: fields without a default first.
    return sorted(fields, key=lambda f: not (f.required and f.const is None))


# --------------------------------------------------------------------------- the project


class TrunklineProject(Project):
    """openapi-python-client's project, writing our package shape."""

    def __init__(
        self, *, openapi: GeneratorData, config: Config, spec: dict[str, Any], meta: SpecMeta
    ):
        super().__init__(openapi=openapi, config=config, custom_template_path=TEMPLATES)
        self.meta = meta
        skipped = body_models(openapi)
        self.env.filters["py"] = repr
        self.env.globals.update(
            servers=meta.servers,
            records=overlay_records(openapi, meta.package),
            op_meta=lambda endpoint: meta.operations[_op_key(endpoint)],
            field_info=lambda model, prop: field_info(spec, model, prop),
            endpoint_params=lambda endpoint: endpoint_params(
                endpoint, meta.operations[_op_key(endpoint)], meta.package
            ),
            success_model=success_model,
            items_model=lambda endpoint: items_model(endpoint, meta.operations[_op_key(endpoint)]),
            body_type=body_type,
            typing_imports=lambda endpoint: typing_imports(
                endpoint, meta.operations[_op_key(endpoint)], meta.package
            ),
            runtime_module=f"{PACKAGE}._runtime",
            unwrapped_model=lambda endpoint: unwrapped_model(
                endpoint, meta.operations[_op_key(endpoint)], meta.settings.get("envelope")
            ),
            envelope=meta.settings.get("envelope"),
            op_constants=lambda endpoint: op_constants(endpoint, meta),
            doc_summary=doc_summary,
            doc_body=doc_body,
            resource_doc=resource_doc,
            child_summary=child_summary,
            resource_imports=resource_imports,
        )
        self.skipped_models = skipped
        self.spec = spec
        PARSED_MODELS.clear()
        PARSED_MODELS.update({m.class_info.name: m for m in openapi.models})
        self.tree: ResourceView | None = None

    def _build_inputs(self) -> None:
        """`inputs/`: one frozen attrs class per object a request body's fields hold."""
        models = input_models(self.openapi)
        if not models:
            return
        folder = self.package_dir / "inputs"
        folder.mkdir()
        template = self.env.get_template("input.py.jinja")
        exports: list[tuple[str, str]] = []
        for name, model in models.items():
            imports: set[str] = set()
            fields = input_fields(self.spec, model, imports, self.meta.package)
            own = f"import {name}"
            text = template.render(
                model=model,
                fields=fields,
                imports=sorted(line for line in imports if not line.endswith(own)),
                doc=_doc_text(_text(model.data.description or model.data.title or name)),
            )
            (folder / f"{model.class_info.module_name}.py").write_text(text, encoding="utf-8")
            exports.append((name, model.class_info.module_name))
        init = self.env.get_template("models_init.py.jinja").render(exports=exports)
        (folder / "__init__.py").write_text(
            init.replace("Records and enums of this API", "Input classes of this API"),
            encoding="utf-8",
        )

    def _build_resources(self) -> None:
        """`resources/`: one module per resource, its sync and async class side by side."""
        self.tree = resource_tree(self.openapi, self.meta)
        folder = self.package_dir / "resources"
        folder.mkdir()
        template = self.env.get_template("resource_module.py.jinja")
        for node in self.tree.walk():
            target = folder / (f"{node.module}.py" if node.chain else "__init__.py")
            target.write_text(template.render(node=node), encoding="utf-8")

    def _create_package(self) -> None:
        self.package_dir.mkdir(parents=True, exist_ok=True)
        for name in ("package_init.py.jinja", "types.py.jinja"):
            target = "__init__.py" if name.startswith("package") else "types.py"
            text = self.env.get_template(name).render()
            (self.package_dir / target).write_text(text, encoding="utf-8")

    def _build_models(self) -> None:
        models_dir = self.package_dir / "models"
        models_dir.mkdir()
        exports: list[tuple[str, str]] = []
        model_template = self.env.get_template("model.py.jinja")
        for model in self.openapi.models:
            if model.class_info.name in self.skipped_models or is_map(model.data):
                continue
            path = models_dir / f"{model.class_info.module_name}.py"
            path.write_text(model_template.render(model=model), encoding="utf-8")
            exports.append((model.class_info.name, model.class_info.module_name))
        enum_template = self.env.get_template("str_enum.py.jinja")
        for enum in self.openapi.enums:
            if isinstance(enum, LiteralEnumProperty) or enum.value_type is not str:
                raise GenerationFailed(f"{enum.class_info.name}: only string enums are supported")
            path = models_dir / f"{enum.class_info.module_name}.py"
            path.write_text(enum_template.render(enum=enum), encoding="utf-8")
            exports.append((enum.class_info.name, enum.class_info.module_name))
        init = self.env.get_template("models_init.py.jinja").render(exports=sorted(exports))
        (models_dir / "__init__.py").write_text(init, encoding="utf-8")

    def _build_api(self) -> None:
        api_dir = self.package_dir / "api"
        api_dir.mkdir()
        (api_dir / "__init__.py").write_text(
            '"""Operations, one module each."""\n', encoding="utf-8"
        )
        template = self.env.get_template("endpoint_module.py.jinja")
        for tag, collection in sorted(self.openapi.endpoint_collections_by_tag.items()):
            tag_dir = api_dir / tag
            tag_dir.mkdir()
            names = sorted(
                strings.PythonIdentifier(endpoint.name, self.config.field_prefix)
                for endpoint in collection.endpoints
            )
            init = self.env.get_template("endpoint_init.py.jinja").render(tag=tag, names=names)
            (tag_dir / "__init__.py").write_text(init, encoding="utf-8")
            for endpoint in collection.endpoints:
                name = strings.PythonIdentifier(endpoint.name, self.config.field_prefix)
                text = template.render(endpoint=endpoint)
                (tag_dir / f"{name}.py").write_text(text, encoding="utf-8")

    def _get_errors(self) -> list[GeneratorError]:
        return super()._get_errors()


def _doc_text(text: str) -> str:
    """Spec prose made safe inside a generated docstring."""
    text = strings.safe_for_docstring(text)
    return text.replace("\\", "\\\\").replace('"""', "'''").strip()


def _wrap(text: str, indent: str, width: int = 92) -> str:
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]
    return "\n\n".join(
        textwrap.fill(p, width=width, initial_indent=indent, subsequent_indent=indent)
        for p in paragraphs
    )


def _first_sentence(text: str) -> str:
    text = " ".join(text.split())
    match = re.match(r"(.+?[.!?])(\s|$)", text)
    return (match.group(1) if match else text).rstrip(".")


def doc_summary(m: MethodView) -> str:
    """The docstring's first line: the operation's summary."""
    summary = m.meta.summary or m.meta.description or f"{m.meta.operation_id}."
    line = _doc_text(_first_sentence(summary))
    return line[:1].upper() + line[1:] + "."


def doc_body(m: MethodView) -> str:
    """The rest of the docstring: the description, notes, and every argument."""
    parts = []
    description = m.meta.description if m.meta.summary else ""
    if description and _first_sentence(description) != _first_sentence(m.meta.summary):
        parts.append(_wrap(_doc_text(description), " " * 8))
    notes = []
    if m.meta.deprecated:
        notes.append(
            "Deprecated by the provider: it may stop working (see the spec's description)."
        )
    if m.meta.retry == "create":
        notes.append(
            "Never retried once the request may have reached the provider (it would act twice)."
        )
    if m.kind == "download":
        notes.append(
            "Streams the body: into `to` (a path or a binary file object; returns the bytes "
            "written), or as an iterator of chunks when `to` is None. Never held whole in memory."
        )
    if notes:
        parts.append(_wrap(" ".join(notes), " " * 8))
    args = [*m.positional, *m.keywords]
    if args or m.kind == "list":
        lines = ["        Args:"]
        for p in args:
            text = _doc_text(p.description) if p.description else f"`{p.wire}`."
            wire = f" (`{p.wire}`)" if p.wire != p.python and p.location != "path" else ""
            first = f"{p.python}{wire}: {' '.join(text.split())}"
            lines.append(
                textwrap.fill(first, width=92, initial_indent=" " * 12, subsequent_indent=" " * 16)
            )
        if m.kind == "list":
            lines.append(
                "            limit: Stop after this many records (pages are fetched lazily)."
            )
        parts.append("\n".join(lines))
    return "\n\n".join(parts)


def resource_doc(node: ResourceView) -> str:
    """A resource class's docstring."""
    if not node.chain:
        return "Every resource of this API."
    ops = sorted(m.meta.operation_id for m in node.methods.values())
    if not ops:
        return f"`{node.key}`: {', '.join(sorted(node.children))}."
    return f"`{node.key}` ({', '.join(ops)})."


def child_summary(node: ResourceView) -> str:
    """What a child attribute's docstring says after its key."""
    parts = [f"{verb}()" for verb in sorted(node.methods)]
    parts += [f".{kid}" for kid in sorted(node.children)]
    return ", ".join(parts)


def resource_imports(node: ResourceView) -> list[str]:
    """TYPE_CHECKING imports of a resource module's annotations."""
    lines: set[str] = set()
    for m in node.methods.values():
        lines |= m.imports
    return sorted(lines)


def _template_env() -> Any:
    from jinja2 import Environment, FileSystemLoader

    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,  # noqa: S701 - Python source, not HTML
    )
    env.filters["py"] = repr
    return env


# --------------------------------------------------------------------------- provider trees


@dataclass
class Attribute:
    """One attribute of a client or of a product namespace in the provider's tree module."""

    name: str
    key: str  # resource key
    module: str
    class_name: str  # the class in `module`
    alias: str  # the name it is imported as in the tree module
    summary: str = ""
    via: str | None = None  # "v2": delegate to that version's attribute instead of building


@dataclass
class Product:
    """A mounted API (Twilio's `monitor`, `pricing`): its versions and their newest names."""

    name: str
    class_name: str
    versions: list[Attribute] = field(default_factory=list)
    attributes: list[Attribute] = field(default_factory=list)
    title: str = ""


@dataclass
class ProviderTree:
    provider: str
    class_name: str  # "TwilioResources"
    attributes: list[Attribute] = field(default_factory=list)
    products: list[Product] = field(default_factory=list)
    imports: list[tuple[str, str, str]] = field(default_factory=list)  # module, class, alias


def _version_key(version: str) -> tuple[int, str]:
    digits = re.sub(r"\D", "", version)
    return (int(digits) if digits else 0, version)


def provider_tree(provider: str, packages: list[tuple[SpecMeta, ResourceView]]) -> ProviderTree:
    """The client-level attributes of one provider, from every one of its packages."""
    tree = ProviderTree(provider=provider, class_name=f"{pascal((provider,))}Resources")
    used: dict[str, str] = {}  # client attribute -> the package that gives it
    products: dict[str, list[tuple[str | None, SpecMeta, ResourceView]]] = {}

    def claim(name: str, owner: str) -> None:
        if name in used and used[name] != owner:
            raise GenerationFailed(
                f"{provider}: `client.{name}` would come from both {used[name]} and {owner}"
            )
        used[name] = owner

    for meta, root in packages:
        mount, version = _mount(meta)
        if not mount:
            for name, child in sorted(root.children.items()):
                claim(name, meta.package)
                tree.attributes.append(
                    Attribute(name, child.key, child.module_path, child.class_name, "")
                )
            continue
        if len(mount) != 1:
            raise GenerationFailed(f"{meta.package}: x-trunkline.mount is one name, not {mount}")
        claim(mount[0], f"product {mount[0]}")
        products.setdefault(mount[0], []).append((version, meta, root))
    for name, versions in sorted(products.items()):
        product = Product(name=name, class_name=f"{pascal((name,))}Product")
        versions.sort(key=lambda v: _version_key(v[0] or ""))
        if sum(1 for v in versions if v[0] is None) and len(versions) > 1:
            raise GenerationFailed(
                f"{provider}: product {name} mixes versioned and unversioned specs"
            )
        newest: dict[str, tuple[str | None, ResourceView]] = {}
        for version, _meta, root in versions:
            if version is not None:
                product.versions.append(
                    Attribute(version, root.key, root.module_path, root.class_name, "")
                )
            for child_name, child in root.children.items():
                newest[child_name] = (version, child)  # later (newer) versions win
        for child_name, (version, child) in sorted(newest.items()):
            product.attributes.append(
                Attribute(
                    child_name, child.key, child.module_path, child.class_name, "", via=version
                )
            )
        tree.products.append(product)
    # Import names: a class name two packages share gets its package in front.
    seen: dict[str, set[str]] = {}
    every = [*tree.attributes, *(a for p in tree.products for a in (*p.versions, *p.attributes))]
    for attribute in every:
        seen.setdefault(attribute.class_name, set()).add(attribute.module)
    for attribute in every:
        if len(seen[attribute.class_name]) > 1 or attribute.class_name == "Resources":
            package = attribute.module.split(".")[1]
            attribute.alias = pascal((package,)) + (
                "" if attribute.class_name == "Resources" else attribute.class_name
            )
        else:
            attribute.alias = attribute.class_name
    tree.imports = sorted({(a.module, a.class_name, a.alias) for a in every})
    return tree


def _md(text: str) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")


def _signature(m: MethodView, key: str) -> str:
    args = [p.python for p in m.positional]
    if m.keywords or m.kind == "list":
        args.append("*")
        args += [p.python for p in m.keywords if p.required]
        if any(not p.required for p in m.keywords):
            args.append("...")
    if m.kind == "list":
        args.append("limit=None")
    if m.kind == "download":
        args.append("to=None")
    return f"client.{key}.{m.verb}({', '.join(args)}) -> {m.returns}"


def reference_markdown(tree: ProviderTree, packages: list[tuple[SpecMeta, ResourceView]]) -> str:
    """docs/reference/<provider>.md: every resource, method, parameter and return type."""
    lines = [
        f"# {tree.provider}: API reference",
        "",
        "Generated from `specs/` by `make generate`. Do not edit. Every method also takes the",
        "per-call options `extra_headers`, `extra_query`, `extra_body`, `timeout` and",
        "`max_retries`; every `AsyncClient` method is the same, awaitable (a `list` returns an",
        "async iterator).",
        "",
    ]
    for product in tree.products:
        if product.versions:
            lines.append(
                f"`client.{product.name}` has versions "
                + ", ".join(f"`.{v.name}`" for v in product.versions)
                + "; "
                + ", ".join(f"`.{a.name}` is `.{a.via}.{a.name}`" for a in product.attributes)
                + "."
            )
            lines.append("")
    for meta, root in packages:
        lines += [f"## `{meta.package}`", ""]
        for node in root.walk():
            if not node.methods:
                continue
            lines += [f"### `client.{node.key}`", ""]
            for _verb, m in sorted(node.methods.items()):
                lines += [
                    f"#### `{_signature(m, node.key)}`",
                    "",
                    f"{m.meta.operation_id}: `{m.meta.method} {m.meta.path}`; retry class "
                    f"`{m.meta.retry}`. {_md(doc_summary(m))}",
                    "",
                ]
                params = [*m.positional, *m.keywords]
                if params:
                    lines += [
                        "| parameter | type | required | wire name | where |",
                        "| --- | --- | --- | --- | --- |",
                    ]
                    for p in params:
                        required = (
                            "positional" if p in m.positional else ("yes" if p.required else "")
                        )
                        lines.append(
                            f"| `{p.python}` | `{_md(p.annotation)}` | {required} | "
                            f"`{_md(p.wire)}` | {p.location} |"
                        )
                    lines.append("")
    return "\n".join(lines).rstrip() + "\n"


# --------------------------------------------------------------------------- driver


def discover(specs: Path) -> Iterator[tuple[str, Path]]:
    for path in sorted(specs.glob("*/*.yaml")):
        if webhook_models.is_payload_spec(path, specs):
            continue  # payload schemas, not an API: webhook_models.write below
        package = f"{path.parent.name}_{path.stem}".replace("-", "_").replace(".", "_")
        yield package, path


def _config(output: Path) -> Config:
    file = ConfigFile(post_hooks=[], field_prefix="field_", literal_enums=False)
    return Config.from_sources(
        file,
        MetaType.NONE,
        document_source=output,
        file_encoding="utf-8",
        overwrite=True,
        output_path=output,
    )


def generate_package(package: str, spec_path: Path, out: Path) -> tuple[SpecMeta, ResourceView]:
    raw = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    spec, meta = prepare_spec(raw, package, spec_path.parent.name)
    config = _config(out / package)
    openapi = GeneratorData.from_dict(spec, config=config)
    if isinstance(openapi, GeneratorError):
        raise GenerationFailed(f"{spec_path.name}: {openapi.header}: {openapi.detail}")
    project = TrunklineProject(openapi=openapi, config=config, spec=spec, meta=meta)
    # Project.build prints a banner; keep the output to what went wrong.
    project.package_dir.mkdir(parents=True)
    project._create_package()
    project._build_models()
    project._build_api()
    problems = project._get_errors()
    if problems:
        lines = [f"{spec_path}: the generator reported {len(problems)} problem(s):"]
        for problem in problems:
            lines.append(f"  [{problem.level.name}] {problem.header}: {problem.detail}")
        raise GenerationFailed("\n".join(lines))
    if meta.naming_error:
        raise GenerationFailed(meta.naming_error)
    project._build_inputs()
    project._build_resources()
    assert project.tree is not None
    return meta, project.tree


def _ruff(*args: str, cwd: Path) -> None:
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    if ruff is None:
        raise GenerationFailed("ruff is not installed (make bootstrap installs it)")
    result = subprocess.run(
        [ruff, *args, "--no-cache", "--config", str(RUFF_CONFIG), "."],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "RUFF_NO_CACHE": "true"},
    )
    if result.returncode != 0:
        raise GenerationFailed(f"ruff {' '.join(args)} failed:\n{result.stdout}{result.stderr}")


def generate_all(specs: Path, out: Path, docs: Path) -> list[str]:
    """Write the whole generated package into `out` (which must not exist), and the Markdown
    reference of every provider into `docs`."""
    pkg_dir = out / PACKAGE
    pkg_dir.mkdir(parents=True)
    packages: list[str] = []
    providers: dict[str, list[tuple[SpecMeta, ResourceView]]] = {}
    for package, path in discover(specs):
        meta, root = generate_package(package, path, pkg_dir)
        providers.setdefault(path.parent.name, []).append((meta, root))
        packages.append(package)
    if not packages:
        raise GenerationFailed(f"no specs found under {specs}")
    clients = pkg_dir / "clients"
    clients.mkdir()
    (clients / "__init__.py").write_text(
        '"""Each provider\'s client tree: the resources its clients have as attributes."""\n',
        encoding="utf-8",
    )
    env = _template_env()
    docs.mkdir(parents=True, exist_ok=True)
    for provider, found in sorted(providers.items()):
        tree = provider_tree(provider, found)
        text = env.get_template("provider_tree.py.jinja").render(tree=tree)
        (clients / f"{provider}.py").write_text(text, encoding="utf-8")
        (docs / f"{provider}.md").write_text(reference_markdown(tree, found), encoding="utf-8")
    try:
        sandbox_data.write(specs, pkg_dir / "_sandbox")
    except sandbox_data.SandboxDataError as exc:
        raise GenerationFailed(f"sandbox data: {exc}") from None
    try:
        webhook_models.write(specs, pkg_dir / "webhooks")
    except webhook_models.WebhookModelsError as exc:
        raise GenerationFailed(f"webhook models: {exc}") from None
    for name in ("__init__.py", "_runtime.py"):
        shutil.copyfile(TEMPLATES / "static" / name, pkg_dir / name)
    (pkg_dir / "py.typed").write_text("", encoding="utf-8")
    _ruff("check", "--fix-only", "--exit-zero", cwd=pkg_dir)
    _ruff("format", cwd=pkg_dir)
    return packages


def diff_trees(left: Path, right: Path) -> list[str]:
    """Every file that differs, is missing from `right`, or is extra in `right`."""
    problems: list[str] = []

    def files(root: Path) -> set[str]:
        return {
            str(p.relative_to(root))
            for p in root.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts
        }

    want, have = files(left), files(right)
    problems += [f"missing: {name}" for name in sorted(want - have)]
    problems += [f"extra:   {name}" for name in sorted(have - want)]
    for name in sorted(want & have):
        if not filecmp.cmp(left / name, right / name, shallow=False):
            problems.append(f"differs: {name}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--specs", type=Path, default=ROOT / "specs")
    parser.add_argument("--out", type=Path, default=ROOT / "generated")
    parser.add_argument(
        "--docs",
        type=Path,
        default=None,
        help="where the Markdown reference goes (default: docs/reference, or OUT/docs/reference "
        "with --out)",
    )
    parser.add_argument("--check", action="store_true", help="compare with --out, write nothing")
    args = parser.parse_args(argv)
    docs = args.docs
    if docs is None:
        default_out = args.out.resolve() == (ROOT / "generated").resolve()
        docs = ROOT / "docs" / "reference" if default_out else args.out / "docs" / "reference"
    with tempfile.TemporaryDirectory(prefix="trunkline-gen-") as tmp:
        staging = Path(tmp) / "out"
        staging_docs = Path(tmp) / "docs"
        try:
            packages = generate_all(args.specs, staging, staging_docs)
        except GenerationFailed as exc:
            print(f"generation failed: {exc}", file=sys.stderr)
            return 1
        target = args.out / PACKAGE
        if args.check:
            problems = diff_trees(staging / PACKAGE, target)
            problems += [f"{p} (docs)" for p in diff_trees(staging_docs, docs)]
            if problems:
                print("generated/ does not match specs/ + generator/ (run `make generate`):")
                print("\n".join(f"  {p}" for p in problems))
                return 1
            print(f"generated/ matches ({len(packages)} packages).")
            return 0
        args.out.mkdir(parents=True, exist_ok=True)
        if target.exists():
            shutil.rmtree(target)
        shutil.move(str(staging / PACKAGE), str(target))
        docs.parent.mkdir(parents=True, exist_ok=True)
        if docs.exists():
            shutil.rmtree(docs)
        shutil.move(str(staging_docs), str(docs))
    print(f"generated {len(packages)} packages: {', '.join(packages)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
