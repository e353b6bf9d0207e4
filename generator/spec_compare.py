"""Compare the hand-written specs with the providers' official OpenAPI descriptions.

    python generator/spec_compare.py                                  # every pairing
    python generator/spec_compare.py --spec specs/twilio/monitor_v1.yaml
    python generator/spec_compare.py --show-allowed                   # list allowed findings too

specs/compare.yaml pairs each of our spec files with the official file it was written from
(paths relative to the repository), says which official operations are in scope, and lists
the differences we keep on purpose ("allowances", each with its reason). For every official
operation in scope the report says what our spec lacks:

* `operation`: no operation of ours has the official HTTP method and full path (the server
  URL's path part + the path, so Vonage's `https://api.nexmo.com/v1/calls` + `/{uuid}` matches
  ours either way); `path-case`: it matches only when path parameter names ignore case;
  `server`: ours is served from another host;
* `parameter`: an official parameter (name + `in`: path / query / header / cookie, or `body`
  for a property of a form or JSON request body) is missing;
* `field`: a field of the official success (2xx) JSON response is missing (top-level
  properties, nested objects and list items, by dotted name: `calls[].subresource_uris.media`);
  `response`: ours has no JSON success response at all;
* `type`: a parameter, body field or response field has another JSON type (string, integer,
  number, boolean, array, object; null is ignored, so 3.0 `nullable` and 3.1
  `type: [x, "null"]` are the same);
* `required`: a parameter or body field is required on one side only;
* `enum`: ours restricts an input to an enum that lacks official values;
* `format`: ours drops or changes the format of a string the official spec gives one
  (`date-time-rfc-2822`, `uri`, `phone-number`, ...). Ours adding a format to a plain string
  is the point of our specs and is fine. Formats of non-string values (`int32`, `float`,
  Twilio's `uri-map` objects) describe the JSON value itself and are not compared.

Official schemas are followed through `$ref` (also to other files, relative to the file that
refers), `allOf` (merged), `oneOf` / `anyOf` (properties of every member). What ours has
beyond the official spec (extra operations, parameters, fields, enum values) is not reported.

Configuration (specs/compare.yaml):

    allow:                     # allowances that apply to every pairing
      - {kind: format, operation: "*", format: http-method, reason: ...}
    pairings:
      - ours: specs/twilio/monitor_v1.yaml
        official: ../shared/reference/twilio/twilio_monitor_v1.json
        scope:                 # omitted: every official operation
          prefix: /v1          # literal, put before each `paths` / `exclude-paths` pattern
          paths: [/Alerts.*]   # regexes matching the whole official full path
          operations: [...]    # and/or official operationIds
          exclude-paths: [...]
          exclude-operations: [...]
        allow:
          - kind: parameter    # one of the kinds above
            operation: ListAlert   # official operationId, or "*" with a `name` or `format`
            in: query          # optional: path, query, header, cookie, body, response
            name: PageToken    # the parameter or dotted field (or a list of them); needed for
                               # the kinds about one parameter or field
            format: uri        # optional, format findings only: the official format
            reason: Why we differ.

An allowance silences the findings it matches; one that matches nothing (or a name of its
list that matches nothing) is reported as stale, so allowances cannot outlive the difference
they explain. Allowances at the top level are judged stale only when every pairing is
compared (not with `--spec`); those of a pairing whose spec file is missing are not judged.
A scope pattern or id that selects no official operation is a configuration error.

Exit status: 0 when there is nothing but allowed findings, 1 on any other finding (a missing
spec file of ours included) or a stale allowance, 2 on a configuration error (bad YAML, an
unknown official file or operationId, an allowance without a reason).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import urlsplit

import yaml  # type: ignore[import-untyped, unused-ignore]

import naming

_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
BODY_MEDIA_TYPES = ("application/x-www-form-urlencoded", "application/json", "multipart/form-data")
DEFAULT_CONFIG = "specs/compare.yaml"
MAX_FIELD_DEPTH = 4  # response fields: top level + three levels of nested objects / list items
BUNDLE_KEY = "x-spec-compare-files"  # where documents reached through file `$ref`s are kept

PARAM_LOCATIONS = ("path", "query", "header", "cookie")
LOCATIONS = (*PARAM_LOCATIONS, "body", "response")
KINDS = (
    "operation",
    "path-case",
    "server",
    "parameter",
    "field",
    "response",
    "type",
    "required",
    "enum",
    "format",
)
# Kinds about one parameter or field: an allowance for them names it (or, for `format`,
# names the official format instead).
NAMED_KINDS = ("parameter", "field", "type", "required", "enum", "format")
MISSING_FILE = "missing-file"  # not a kind an allowance can name

_CONFIG_KEYS = {"allow", "pairings"}
_PAIRING_KEYS = {"ours", "official", "scope", "allow"}
_SCOPE_KEYS = {"prefix", "paths", "operations", "exclude-paths", "exclude-operations"}
_ALLOW_KEYS = {"kind", "operation", "in", "name", "format", "reason"}

Doc = dict[str, Any]


class ConfigError(Exception):
    """A problem with the configuration or a file it names: stderr, exit status 2."""


# --------------------------------------------------------------------------- loading


def _load_yaml(text: str) -> Any:
    return yaml.load(text, Loader=_LOADER)  # noqa: S506 - the loader is a SafeLoader


def _parse(path: Path, where: str) -> Doc:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read {where}: {exc.strerror or exc}") from exc
    try:
        data = json.loads(text) if path.suffix == ".json" else _load_yaml(text)
    except (yaml.YAMLError, ValueError) as exc:
        raise ConfigError(f"cannot parse {where}: {exc}") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"cannot parse {where}: the top level is not a mapping")
    return data


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


def load_document(path: Path, where: str) -> Doc:
    """An OpenAPI document with every `$ref` to another file turned into a local one.

    A referenced file is parsed once and kept under `BUNDLE_KEY` in the returned document;
    its own references (local or to further files) are rewritten relative to it.
    """
    root = _parse(path, where)
    bundled: dict[str, Any] = {}
    keys: dict[Path, str] = {path.resolve(): ""}

    def rewrite(node: Any, base: Path, prefix: str) -> Any:
        if isinstance(node, list):
            return [rewrite(item, base, prefix) for item in node]
        if not isinstance(node, dict):
            return node
        out = {k: rewrite(v, base, prefix) for k, v in node.items() if k != "$ref"}
        ref = node.get("$ref")
        if isinstance(ref, str):
            out["$ref"] = target(ref, base, prefix)
        elif "$ref" in node:
            out["$ref"] = ref
        return out

    def target(ref: str, base: Path, prefix: str) -> str:
        file_part, _, pointer = ref.partition("#")
        if not file_part:
            return f"#{prefix}{pointer}"
        if "://" in file_part:
            return ref  # a URL: not followed
        file_path = (base.parent / file_part).resolve()
        if file_path not in keys:
            key = file_path.name
            while key in bundled:
                key = f"_{key}"
            keys[file_path] = key
            bundled[key] = {}  # reserve the key (cycles)
            shown = f"{file_part} (referred to from {base.name})"
            doc = _parse(file_path, shown)
            bundled[key] = rewrite(doc, file_path, f"/{BUNDLE_KEY}/{_escape(key)}")
        key = keys[file_path]
        return f"#/{BUNDLE_KEY}/{_escape(key)}{pointer}" if key else f"#{pointer}"

    result: Doc = rewrite(root, path.resolve(), "")
    if bundled:
        result[BUNDLE_KEY] = bundled
    return result


# --------------------------------------------------------------------------- schemas


def resolve(doc: Doc, node: Any) -> Any:
    """`naming.resolve`, but a reference it cannot follow leaves only its siblings."""
    node = naming.resolve(doc, node)
    if isinstance(node, dict) and "$ref" in node:
        return {k: v for k, v in node.items() if k != "$ref"}
    return node


def _is_null(node: Any) -> bool:
    if not isinstance(node, dict):
        return False
    return node.get("type") in ("null", ["null"]) or ("const" in node and node["const"] is None)


def _merge_all_of(doc: Doc, node: dict[str, Any], depth: int) -> dict[str, Any]:
    """One schema from a node and its `allOf` members (properties and `required` merged)."""
    merged: dict[str, Any] = {}
    props: dict[str, Any] = {}
    required: list[str] = []
    for member in node.get("allOf") or []:
        for branch in _branches(doc, member, depth + 1)[:1]:
            for key, value in branch.items():
                if key not in ("properties", "required"):
                    merged.setdefault(key, value)
            props.update(branch.get("properties") or {})
            required += [r for r in branch.get("required") or [] if r not in required]
    own = {k: v for k, v in node.items() if k != "allOf"}
    merged.update({k: v for k, v in own.items() if k not in ("properties", "required")})
    props.update(own.get("properties") or {})
    required += [r for r in own.get("required") or [] if r not in required]
    if props:
        merged["properties"] = props
    if required:
        merged["required"] = required
    return merged


def _branches(doc: Doc, node: Any, depth: int = 0) -> list[dict[str, Any]]:
    """The non-null alternatives of a schema, each resolved and with `allOf` merged."""
    node = resolve(doc, node)
    if not isinstance(node, dict) or depth > 12 or _is_null(node):
        return []
    if isinstance(node.get("allOf"), list):
        node = _merge_all_of(doc, node, depth)
    for combinator in ("oneOf", "anyOf"):
        members = node.get(combinator)
        if isinstance(members, list) and members:
            base = {k: v for k, v in node.items() if k != combinator}
            out: list[dict[str, Any]] = []
            for member in members:
                for branch in _branches(doc, member, depth + 1):
                    # Keys beside the combinator (a description, a shared type) apply to each.
                    out.append({**base, **branch} if base else branch)
            return out
    return [node]


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def _scalar(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, sort_keys=True, default=str)


def _branch_types(branch: dict[str, Any]) -> set[str]:
    raw = branch.get("type")
    if isinstance(raw, str):
        types = {raw}
    elif isinstance(raw, list):
        types = {str(t) for t in raw}
    elif "const" in branch and branch["const"] is not None:
        types = {_json_type(branch["const"])}
    elif isinstance(branch.get("enum"), list):
        types = {_json_type(v) for v in branch["enum"] if v is not None}
    elif isinstance(branch.get("properties"), dict):
        types = {"object"}
    elif "items" in branch:
        types = {"array"}
    else:
        types = set()
    types.discard("null")
    return types


@dataclass(frozen=True)
class Value:
    """What is compared of one schema: JSON types (null left out), format, enum, items."""

    types: frozenset[str]
    format: str | None
    enum: frozenset[str] | None  # None: not restricted
    items: Any  # the `items` schemas of its array alternatives (a list of nodes)


def value_of(doc: Doc, node: Any) -> Value:
    branches = _branches(doc, node)
    types: set[str] = set()
    formats: list[str] = []
    enums: list[set[str]] | None = []
    items: list[Any] = []
    for branch in branches:
        types |= _branch_types(branch)
        if isinstance(branch.get("format"), str):
            formats.append(branch["format"])
        if isinstance(branch.get("enum"), list):
            values = {_scalar(v) for v in branch["enum"] if v is not None}
        elif "const" in branch and branch["const"] is not None:
            values = {_scalar(branch["const"])}
        else:
            values = None
        if enums is not None and values is not None:
            enums.append(values)
        else:
            enums = None
        if "items" in branch:
            items.append(branch["items"])
    enum = frozenset().union(*enums) if enums else None
    fmt = formats[0] if formats and len(set(formats)) == 1 else None
    return Value(frozenset(types), fmt, enum, items)


def object_fields(doc: Doc, node: Any) -> tuple[dict[str, Any], set[str]]:
    """Properties of an object schema (of every alternative) and the names all require."""
    alternatives: dict[str, list[Any]] = {}
    required: set[str] | None = None
    for branch in _branches(doc, node):
        branch_props = branch.get("properties")
        if not isinstance(branch_props, dict):
            continue
        for name, sub in branch_props.items():
            seen = alternatives.setdefault(str(name), [])
            if sub not in seen:
                seen.append(sub)
        names = {str(r) for r in branch.get("required") or []}
        required = names if required is None else required & names
    # A field that alternatives declare differently is any one of those schemas.
    props = {
        name: subs[0] if len(subs) == 1 else {"anyOf": subs} for name, subs in alternatives.items()
    }
    return props, required or set()


def _items_node(value: Value) -> Any:
    """One schema standing for the items of an array value (its alternatives as `anyOf`)."""
    if not value.items:
        return None
    return value.items[0] if len(value.items) == 1 else {"anyOf": list(value.items)}


# --------------------------------------------------------------------------- operations


@dataclass(frozen=True)
class Param:
    node: Any
    required: bool


@dataclass
class Operation:
    key: str  # operationId, or "METHOD path" when there is none
    method: str
    path: str  # as written under `paths`
    route: str  # server path + path, normalised
    hosts: tuple[str, ...]
    params: dict[tuple[str, str], Param]  # (in, name) -> parameter; body fields are in "body"
    response: tuple[str, Any] | None  # (status, schema) of the first 2xx JSON response
    has_success_json: bool

    @property
    def title(self) -> str:
        return f"{self.method} {self.route}"


def _server_parts(server: Any) -> tuple[str, str]:
    """(host, path) of one server object, its variables replaced by their defaults."""
    if not isinstance(server, dict) or not isinstance(server.get("url"), str):
        return "", ""
    url = server["url"]
    for name, variable in (server.get("variables") or {}).items():
        if isinstance(variable, dict) and "default" in variable:
            url = url.replace(f"{{{name}}}", str(variable["default"]))
    parts = urlsplit(url)
    return parts.netloc.lower(), parts.path


def normalise_route(path: str) -> str:
    route = re.sub(r"/{2,}", "/", "/" + path.lstrip("/"))
    return route.rstrip("/") or "/"


def _loose(route: str) -> str:
    return re.sub(r"\{([^}]*)\}", lambda m: "{" + m.group(1).lower() + "}", route)


def _shape(route: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", route)


def _parameters(doc: Doc, raw: Any) -> dict[tuple[str, str], Param]:
    out: dict[tuple[str, str], Param] = {}
    for item in raw if isinstance(raw, list) else []:
        param = resolve(doc, item)
        if not isinstance(param, dict) or "name" not in param:
            continue
        where = str(param.get("in", "query"))
        schema = param.get("schema")
        if schema is None and isinstance(param.get("content"), dict):
            media: Any = next(iter(param["content"].values()), {})
            schema = media.get("schema") if isinstance(media, dict) else None
        required = bool(param.get("required")) or where == "path"
        out[(where, str(param["name"]))] = Param(schema, required)
    return out


def _body_fields(doc: Doc, raw: Any) -> dict[tuple[str, str], Param]:
    body = resolve(doc, raw)
    content = body.get("content") if isinstance(body, dict) else None
    if not isinstance(content, dict):
        return {}
    for media_type in BODY_MEDIA_TYPES:
        media = content.get(media_type)
        if isinstance(media, dict) and media.get("schema") is not None:
            props, required = object_fields(doc, media["schema"])
            return {("body", name): Param(sub, name in required) for name, sub in props.items()}
    return {}


def _is_json(media_type: str) -> bool:
    return media_type.split(";", maxsplit=1)[0].strip().endswith(("/json", "+json"))


def _success_json(doc: Doc, raw: Any) -> tuple[tuple[str, Any] | None, bool]:
    """The (status, schema) of the first 2xx JSON response with a schema, and whether any
    2xx response has JSON content."""
    if not isinstance(raw, dict):
        return None, False
    any_json = False
    for status, raw_response in sorted(raw.items(), key=lambda item: str(item[0])):
        if not str(status).startswith("2"):
            continue
        response = resolve(doc, raw_response)
        content = response.get("content") if isinstance(response, dict) else None
        for media_type, media in content.items() if isinstance(content, dict) else []:
            if not _is_json(str(media_type)):
                continue
            any_json = True
            if isinstance(media, dict) and media.get("schema") is not None:
                return (str(status), media["schema"]), True
    return None, any_json


def operations(doc: Doc) -> list[Operation]:
    ops: list[Operation] = []
    paths = doc.get("paths")
    if not isinstance(paths, dict):
        return ops
    root_servers = doc.get("servers") or [{"url": "/"}]
    for path, raw_item in paths.items():
        item = resolve(doc, raw_item)
        if not isinstance(item, dict):
            continue
        shared = _parameters(doc, item.get("parameters"))
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            servers = op.get("servers") or item.get("servers") or root_servers
            parts = [_server_parts(s) for s in servers if isinstance(s, dict)] or [("", "")]
            route = normalise_route(parts[0][1] + "/" + str(path).lstrip("/"))
            params = {**shared, **_parameters(doc, op.get("parameters"))}
            params.update(_body_fields(doc, op.get("requestBody")))
            response, has_json = _success_json(doc, op.get("responses"))
            ops.append(
                Operation(
                    key=str(op.get("operationId") or f"{method.upper()} {path}"),
                    method=method.upper(),
                    path=str(path),
                    route=route,
                    hosts=tuple(dict.fromkeys(host for host, _ in parts if host)),
                    params=params,
                    response=response,
                    has_success_json=has_json,
                )
            )
    return ops


# --------------------------------------------------------------------------- configuration


@dataclass
class Allowance:
    where: str  # "allow[2]" or "specs/x.yaml: allow[0]", for messages
    kind: str
    operation: str
    location: str | None
    names: tuple[str, ...] | None  # `name`: one, or a list (any of them)
    format: str | None
    reason: str
    used: int = 0
    names_used: set[str] = field(default_factory=set)

    def matches(self, finding: Finding) -> bool:
        if finding.kind != self.kind:
            return False
        if self.operation not in ("*", finding.operation):
            return False
        if self.location is not None and finding.location != self.location:
            return False
        if self.names is not None and finding.name not in self.names:
            return False
        return self.format is None or finding.format == self.format

    def record(self, finding: Finding) -> None:
        self.used += 1
        if finding.name is not None:
            self.names_used.add(finding.name)

    @property
    def stale_names(self) -> list[str]:
        """The names of a list that matched nothing (each must earn its place)."""
        if self.names is None or len(self.names) < 2 or not self.used:
            return []
        return [n for n in self.names if n not in self.names_used]

    @property
    def is_stale(self) -> bool:
        return not self.used or bool(self.stale_names)

    def describe(self) -> str:
        parts = [f"kind: {self.kind}", f"operation: {self.operation}"]
        parts += [f"in: {self.location}"] if self.location is not None else []
        if self.names is not None:
            shown = self.names[0] if len(self.names) == 1 else f"[{', '.join(self.names)}]"
            parts.append(f"name: {shown}")
        parts += [f"format: {self.format}"] if self.format is not None else []
        return ", ".join(parts)

    def stale_text(self) -> str:
        if self.used:
            unused = ", ".join(_code(n) for n in self.stale_names)
            return f"- {self.where} ({self.describe()}): {unused} match(es) nothing"
        return f"- {self.where} ({self.describe()}) matches nothing"


@dataclass
class Scope:
    prefix: str = ""
    paths: list[re.Pattern[str]] = field(default_factory=list)
    operations: list[str] = field(default_factory=list)
    exclude_paths: list[re.Pattern[str]] = field(default_factory=list)
    exclude_operations: list[str] = field(default_factory=list)

    def selects(self, op: Operation) -> bool:
        included = (not self.paths and not self.operations) or (
            op.key in self.operations or any(p.fullmatch(op.route) for p in self.paths)
        )
        excluded = op.key in self.exclude_operations or any(
            p.fullmatch(op.route) for p in self.exclude_paths
        )
        return included and not excluded


@dataclass
class Pairing:
    ours: str
    official: str
    official_doc: Doc
    official_ops: list[Operation]
    scope: Scope
    allowances: list[Allowance]

    @property
    def in_scope(self) -> list[Operation]:
        return [op for op in self.official_ops if self.scope.selects(op)]


@dataclass
class Config:
    pairings: list[Pairing]
    allowances: list[Allowance]  # the top-level ones, for every pairing


def _string_list(value: Any, where: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ConfigError(f"{where} must be a list of non-empty strings")
    return list(value)


def _check_keys(node: Any, allowed: set[str], where: str) -> dict[str, Any]:
    if not isinstance(node, dict):
        raise ConfigError(f"{where} must be a mapping")
    unknown = sorted(str(k) for k in node if k not in allowed)
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {', '.join(unknown)}")
    return node


def _allowance(raw: Any, where: str, official_keys: set[str] | None) -> Allowance:
    node = _check_keys(raw, _ALLOW_KEYS, where)
    reason = node.get("reason")
    if not isinstance(reason, str) or not reason.strip():
        raise ConfigError(f"{where}: an allowance needs a non-empty `reason`")
    kind = node.get("kind")
    if kind not in KINDS:
        raise ConfigError(f"{where}: `kind` must be one of {', '.join(KINDS)} (got {kind!r})")
    for key in ("operation", "in", "format"):
        if key in node and (not isinstance(node[key], str) or not node[key]):
            raise ConfigError(f"{where}: `{key}` must be a non-empty string")
    raw_name = node.get("name")
    if isinstance(raw_name, str):
        raw_name = [raw_name]
    if raw_name is not None and (
        not isinstance(raw_name, list)
        or not raw_name
        or not all(isinstance(n, str) and n for n in raw_name)
    ):
        raise ConfigError(f"{where}: `name` must be a non-empty string or list of them")
    names = tuple(dict.fromkeys(raw_name)) if raw_name is not None else None
    operation = node.get("operation")
    if operation is None:
        raise ConfigError(f"{where}: an allowance names its `operation` (an operationId or '*')")
    location, fmt = node.get("in"), node.get("format")
    if location is not None and location not in LOCATIONS:
        raise ConfigError(f"{where}: `in` must be one of {', '.join(LOCATIONS)}")
    if fmt is not None and kind != "format":
        raise ConfigError(f"{where}: `format` only narrows allowances of kind `format`")
    if kind in NAMED_KINDS and names is None and fmt is None:
        what = "`name` (or `format`)" if kind == "format" else "`name`"
        raise ConfigError(f"{where}: an allowance of kind `{kind}` names the {what} it allows")
    if operation == "*" and names is None and fmt is None:
        raise ConfigError(f"{where}: operation '*' needs a `name` or a `format` to narrow it")
    if official_keys is not None and operation != "*" and operation not in official_keys:
        raise ConfigError(f"{where}: no operation {operation!r} in the official spec")
    return Allowance(where, kind, operation, location, names, fmt, reason.strip())


def _patterns(values: list[str], prefix: str, where: str) -> list[re.Pattern[str]]:
    out = []
    for value in values:
        try:
            out.append(re.compile(re.escape(prefix) + value))
        except re.error as exc:
            raise ConfigError(f"{where}: bad regex {value!r}: {exc}") from exc
    return out


def _scope(raw: Any, where: str, ops: list[Operation]) -> Scope:
    if raw is None:
        return Scope()
    node = _check_keys(raw, _SCOPE_KEYS, where)
    prefix = node.get("prefix", "")
    if not isinstance(prefix, str):
        raise ConfigError(f"{where}.prefix must be a string")
    keys = {op.key for op in ops}
    scope = Scope(prefix=prefix)
    for name, ids in (
        ("operations", scope.operations),
        ("exclude-operations", scope.exclude_operations),
    ):
        for op_id in _string_list(node.get(name), f"{where}.{name}"):
            if op_id not in keys:
                raise ConfigError(f"{where}.{name}: no operation {op_id!r} in the official spec")
            ids.append(op_id)
    for name, patterns in (("paths", scope.paths), ("exclude-paths", scope.exclude_paths)):
        values = _string_list(node.get(name), f"{where}.{name}")
        for value, pattern in zip(values, _patterns(values, prefix, where), strict=True):
            if not any(pattern.fullmatch(op.route) for op in ops):
                raise ConfigError(
                    f"{where}.{name}: {prefix + value!r} matches no official operation's path"
                )
            patterns.append(pattern)
    return scope


def _relative(path: str) -> str:
    return PurePosixPath(path).as_posix().removeprefix("./")


def load_config(repo: Path, config_path: Path) -> Config:
    shown = _display(repo, config_path)
    raw = _parse(config_path, shown)
    _check_keys(raw, _CONFIG_KEYS, shown)
    top = raw.get("allow") or []
    if not isinstance(top, list):
        raise ConfigError(f"{shown}: `allow` must be a list")
    allowances = [_allowance(a, f"{shown}: allow[{i}]", None) for i, a in enumerate(top)]
    raw_pairings = raw.get("pairings")
    if not isinstance(raw_pairings, list) or not raw_pairings:
        raise ConfigError(f"{shown}: `pairings` must be a non-empty list")
    pairings: list[Pairing] = []
    official_cache: dict[str, tuple[Doc, list[Operation]]] = {}
    seen: set[tuple[str, str]] = set()
    for index, raw_pairing in enumerate(raw_pairings):
        where = f"{shown}: pairings[{index}]"
        node = _check_keys(raw_pairing, _PAIRING_KEYS, where)
        ours, official = node.get("ours"), node.get("official")
        if not isinstance(ours, str) or not ours or not isinstance(official, str) or not official:
            raise ConfigError(f"{where}: `ours` and `official` are required paths")
        ours, official = _relative(ours), _relative(official)
        where = f"{shown}: {ours}"
        if (ours, official) in seen:
            raise ConfigError(f"{where}: {official} is paired with it twice")
        seen.add((ours, official))
        if official not in official_cache:
            official_path = repo / official
            if not official_path.is_file():
                raise ConfigError(f"{where}: unknown official reference {official} (no such file)")
            doc = load_document(official_path, official)
            official_cache[official] = (doc, operations(doc))
        doc, ops = official_cache[official]
        if not ops:
            raise ConfigError(f"{where}: {official} has no operations")
        scope = _scope(node.get("scope"), f"{where}: scope", ops)
        raw_allow = node.get("allow") or []
        if not isinstance(raw_allow, list):
            raise ConfigError(f"{where}: `allow` must be a list")
        keys = {op.key for op in ops}
        pairing_allowances = [
            _allowance(a, f"{where}: allow[{i}]", keys) for i, a in enumerate(raw_allow)
        ]
        pairing = Pairing(ours, official, doc, ops, scope, pairing_allowances)
        if not pairing.in_scope:
            raise ConfigError(f"{where}: the scope selects no official operation")
        pairings.append(pairing)
    return Config(pairings, allowances)


def _display(repo: Path, path: Path) -> str:
    try:
        return path.resolve().relative_to(repo.resolve()).as_posix()
    except ValueError:
        return str(path)


# --------------------------------------------------------------------------- findings


_LABELS = {
    "path": "path parameter",
    "query": "query parameter",
    "header": "header parameter",
    "cookie": "cookie parameter",
    "body": "body field",
    "response": "response field",
}
_LOCATION_ORDER = {loc: i for i, loc in enumerate(LOCATIONS)}


@dataclass(frozen=True)
class Finding:
    spec: str
    operation: str  # official operationId ("" for a finding about the whole file)
    title: str  # "METHOD /official/route"
    kind: str
    text: str
    location: str | None = None
    name: str | None = None
    format: str | None = None

    def sort_key(self) -> tuple[Any, ...]:
        return (
            _LOCATION_ORDER.get(self.location or "", -1),
            self.name or "",
            KINDS.index(self.kind) if self.kind in KINDS else -1,
            self.text,
        )


def _code(text: str) -> str:
    return f"`{text}`"


def _types_text(types: Iterable[str]) -> str:
    return " | ".join(sorted(types)) or "any"


def _value_text(value: Value) -> str:
    text = _types_text(value.types)
    return f"{text} ({value.format})" if value.format else text


class Comparison:
    """The findings of one operation: official `theirs` against `ours`."""

    def __init__(self, spec: str, official: Doc, ours_doc: Doc, theirs: Operation) -> None:
        self.spec, self.official, self.ours_doc, self.theirs = spec, official, ours_doc, theirs
        self.findings: list[Finding] = []

    def add(
        self,
        kind: str,
        text: str,
        location: str | None = None,
        name: str | None = None,
        fmt: str | None = None,
    ) -> None:
        self.findings.append(
            Finding(self.spec, self.theirs.key, self.theirs.title, kind, text, location, name, fmt)
        )

    def values(
        self, location: str, name: str, theirs: Any, ours: Any, *, is_input: bool, depth: int = 0
    ) -> None:
        """Types, formats and (for inputs) enums of one value; array items as `name[]`."""
        label = f"{_LABELS[location]} {_code(name)}"
        official, mine = value_of(self.official, theirs), value_of(self.ours_doc, ours)
        if official.types and mine.types and official.types != mine.types:
            self.add(
                "type",
                f"{label}: type {_code(_types_text(official.types))} in the official spec, "
                f"{_code(_types_text(mine.types))} in ours",
                location,
                name,
            )
        if official.format is not None and "string" in official.types:
            if mine.format is None:
                self.add(
                    "format",
                    f"{label}: format {_code(official.format)} dropped",
                    location,
                    name,
                    official.format,
                )
            elif mine.format != official.format:
                self.add(
                    "format",
                    f"{label}: format {_code(official.format)} in the official spec, "
                    f"{_code(mine.format)} in ours",
                    location,
                    name,
                    official.format,
                )
        if is_input and official.enum is not None and mine.enum is not None:
            lacking = official.enum - mine.enum
            if lacking:
                listed = ", ".join(_code(v) for v in sorted(lacking))
                self.add("enum", f"{label}: ours lacks enum value(s) {listed}", location, name)
        if "array" in official.types and "array" in mine.types and depth < MAX_FIELD_DEPTH:
            their_items, our_items = _items_node(official), _items_node(mine)
            if their_items is not None and our_items is not None:
                self.values(
                    location,
                    f"{name}[]",
                    their_items,
                    our_items,
                    is_input=is_input,
                    depth=depth + 1,
                )

    def fields(self, theirs: Any, ours: Any, prefix: str, depth: int) -> None:
        """Response fields of the official object `theirs` that `ours` lacks or types apart."""
        their_props, _ = object_fields(self.official, theirs)
        our_props, _ = object_fields(self.ours_doc, ours)
        for name, their_node in their_props.items():
            dotted = f"{prefix}{name}"
            if name not in our_props:
                shown = _value_text(value_of(self.official, their_node))
                self.add(
                    "field",
                    f"{_LABELS['response']} {_code(dotted)}: missing ({shown})",
                    "response",
                    dotted,
                )
                continue
            self.values("response", dotted, their_node, our_props[name], is_input=False)
            if depth < MAX_FIELD_DEPTH:
                self.nested(their_node, our_props[name], dotted, depth + 1)

    def nested(self, theirs: Any, ours: Any, name: str, depth: int) -> None:
        """Recurse into a nested object, or into the items of a list (`name[]`)."""
        official, mine = value_of(self.official, theirs), value_of(self.ours_doc, ours)
        if object_fields(self.official, theirs)[0]:
            self.fields(theirs, ours, f"{name}.", depth)
        elif "array" in official.types and "array" in mine.types:
            their_items, our_items = _items_node(official), _items_node(mine)
            if (
                their_items is not None
                and our_items is not None
                and object_fields(self.official, their_items)[0]
            ):
                self.fields(their_items, our_items, f"{name}[].", depth)


def _find_param(
    ours: dict[tuple[str, str], Param], location: str, name: str, loose: bool
) -> Param | None:
    found = ours.get((location, name))
    if found is None and loose and location == "path":
        for (where, our_name), param in ours.items():
            if where == "path" and our_name.lower() == name.lower():
                return param
    return found


def compare_operation(
    spec: str, official: Doc, ours_doc: Doc, theirs: Operation, ours: Operation
) -> list[Finding]:
    cmp = Comparison(spec, official, ours_doc, theirs)
    loose = theirs.route != ours.route
    if loose:
        cmp.add(
            "path-case",
            f"path parameter names differ in case: official {_code(theirs.route)}, "
            f"ours {_code(ours.route)}",
        )
    if theirs.hosts and ours.hosts and theirs.hosts[0] not in ours.hosts:
        cmp.add(
            "server",
            f"served from {_code(theirs.hosts[0])} in the official spec, "
            f"from {_code(', '.join(ours.hosts))} in ours",
        )
    for (location, name), param in theirs.params.items():
        label = f"{_LABELS.get(location, location)} {_code(name)}"
        mine = _find_param(ours.params, location, name, loose)
        if mine is None:
            shown = _value_text(value_of(official, param.node))
            required = ", required" if param.required else ""
            cmp.add("parameter", f"{label}: missing ({shown}{required})", location, name)
            continue
        if param.required != mine.required:
            sides = ("required", "optional") if param.required else ("optional", "required")
            text = f"{label}: {sides[0]} in the official spec, {sides[1]} in ours"
            cmp.add("required", text, location, name)
        cmp.values(location, name, param.node, mine.node, is_input=True)
    if theirs.response is not None:
        status, their_schema = theirs.response
        if ours.response is None:
            what = "no JSON success response"
            if ours.has_success_json:
                what = "a JSON success response without a schema"
            cmp.add(
                "response", f"official success response {_code(status)} is JSON; ours has {what}"
            )
        else:
            our_schema = ours.response[1]
            their_value = value_of(official, their_schema)
            if object_fields(official, their_schema)[0]:
                cmp.fields(their_schema, our_schema, "", 1)
            elif "array" in their_value.types:
                cmp.values("response", "[]", their_schema, our_schema, is_input=False)
                cmp.nested(their_schema, our_schema, "", 1)
    return sorted(cmp.findings, key=Finding.sort_key)


@dataclass
class SpecReport:
    pairing: Pairing
    missing_file: bool = False
    in_scope: int = 0
    matched: int = 0
    findings: list[Finding] = field(default_factory=list)
    # Each finding with the allowance that silences it (None: an open finding).
    verdicts: list[tuple[Finding, Allowance | None]] = field(default_factory=list)
    stale: list[Allowance] = field(default_factory=list)

    @property
    def open(self) -> list[Finding]:
        return [f for f, allowance in self.verdicts if allowance is None]

    @property
    def allowed(self) -> list[Finding]:
        return [f for f, allowance in self.verdicts if allowance is not None]


def _load_ours(repo: Path, pairing: Pairing, cache: dict[str, Doc | None]) -> Doc | None:
    if pairing.ours not in cache:
        path = repo / pairing.ours
        cache[pairing.ours] = load_document(path, pairing.ours) if path.is_file() else None
    return cache[pairing.ours]


def compare_pairing(repo: Path, pairing: Pairing, cache: dict[str, Doc | None]) -> SpecReport:
    report = SpecReport(pairing)
    in_scope = pairing.in_scope
    report.in_scope = len(in_scope)
    ours_doc = _load_ours(repo, pairing, cache)
    if ours_doc is None:
        report.missing_file = True
        report.findings.append(
            Finding(pairing.ours, "", "", MISSING_FILE, f"{pairing.ours} does not exist (yet)")
        )
        return report
    exact: dict[tuple[str, str], Operation] = {}
    loose: dict[tuple[str, str], Operation] = {}
    shapes: dict[tuple[str, str], Operation] = {}
    for op in operations(ours_doc):
        exact.setdefault((op.method, op.route), op)
        loose.setdefault((op.method, _loose(op.route)), op)
        shapes.setdefault((op.method, _shape(op.route)), op)
    for theirs in in_scope:
        ours = exact.get((theirs.method, theirs.route)) or loose.get(
            (theirs.method, _loose(theirs.route))
        )
        if ours is None:
            near = shapes.get((theirs.method, _shape(theirs.route)))
            hint = (
                f" (ours has {_code(near.title)}: path parameter names differ)"
                if near is not None
                else ""
            )
            report.findings.append(
                Finding(
                    pairing.ours,
                    theirs.key,
                    theirs.title,
                    "operation",
                    f"{_code(theirs.key)} {_code(theirs.title)} is missing{hint}",
                )
            )
            continue
        report.matched += 1
        report.findings += compare_operation(
            pairing.ours, pairing.official_doc, ours_doc, theirs, ours
        )
    return report


def apply_allowances(report: SpecReport, shared: list[Allowance]) -> None:
    for finding in report.findings:
        allowance = next(
            (a for a in [*report.pairing.allowances, *shared] if a.matches(finding)), None
        )
        if allowance is not None:
            allowance.record(finding)
        report.verdicts.append((finding, allowance))
    if not report.missing_file:
        report.stale = [a for a in report.pairing.allowances if a.is_stale]


# --------------------------------------------------------------------------- output


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


Verdict = tuple[Finding, Allowance | None]


def _grouped(
    verdicts: Iterable[Verdict], *, missing: bool
) -> Iterator[tuple[str, str, list[Verdict]]]:
    """Findings by operation, in the official order; missing operations form one group."""
    groups: dict[tuple[str, str], list[Verdict]] = {}
    for finding, allowance in verdicts:
        if (finding.kind == "operation") != missing:
            continue
        key = ("", "") if missing else (finding.operation, finding.title)
        groups.setdefault(key, []).append((finding, allowance))
    for (operation, title), items in groups.items():
        yield operation, title, items


def _finding_line(finding: Finding, allowance: Allowance | None) -> str:
    note = f" (allowed: {allowance.reason})" if allowance is not None else ""
    return f"- {finding.text}{note}"


def render_report(report: SpecReport, *, show_allowed: bool) -> list[str]:
    pairing = report.pairing
    lines = [f"## {pairing.ours} ← {pairing.official}", ""]
    if report.missing_file:
        lines += [
            f"- {pairing.ours} does not exist (yet): "
            f"{_plural(report.in_scope, 'official operation')} in scope, none compared.",
            "",
        ]
        return lines
    lines += [
        f"{_plural(report.in_scope, 'official operation')} in scope, {report.matched} in ours; "
        f"{_plural(len(report.open), 'finding')}, {len(report.allowed)} allowed, "
        f"{len(report.stale)} stale allowance(s).",
        "",
    ]
    shown = [(f, a) for f, a in report.verdicts if a is None or show_allowed]
    for operation, title, items in _grouped(shown, missing=False):
        lines += [f"### {operation} — {title}", ""]
        lines += [_finding_line(f, a) for f, a in items]
        lines.append("")
    missing_ops = list(_grouped(shown, missing=True))
    if missing_ops:
        items = missing_ops[0][2]
        lines += [f"### Operations missing from ours ({len(items)})", ""]
        lines += [_finding_line(f, a) for f, a in items]
        lines.append("")
    if report.stale:
        lines += [f"### Stale allowances ({len(report.stale)})", ""]
        lines += [a.stale_text() for a in report.stale]
        lines.append("")
    return lines


def render(
    reports: list[SpecReport], shared_stale: list[Allowance], config: str, *, show_allowed: bool
) -> str:
    lines = [f"# spec-compare ({config})", ""]
    for report in reports:
        lines += render_report(report, show_allowed=show_allowed)
    if shared_stale:
        lines += [f"## {config}: stale allowances ({len(shared_stale)})", ""]
        lines += [a.stale_text() for a in shared_stale]
        lines.append("")
    missing = sum(r.missing_file for r in reports)
    open_count = sum(len(r.open) for r in reports if not r.missing_file)
    allowed = sum(len(r.allowed) for r in reports)
    stale = sum(len(r.stale) for r in reports) + len(shared_stale)
    compared = len(reports) - missing
    lines.append(
        f"Summary: {_plural(compared, 'pairing')} compared, {missing} spec file(s) of ours "
        f"missing; {_plural(open_count, 'finding')}, {allowed} allowed, "
        f"{_plural(stale, 'stale allowance')}."
    )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Compare the hand-written specs with the providers' official specs."
    )
    parser.add_argument("--repo", type=Path, default=Path(), help="repository root (default: .)")
    parser.add_argument(
        "--config", default=DEFAULT_CONFIG, help=f"relative to the repo (default {DEFAULT_CONFIG})"
    )
    parser.add_argument(
        "--spec", action="append", default=[], help="compare only this spec of ours (repeatable)"
    )
    parser.add_argument(
        "--show-allowed", action="store_true", help="list allowed findings with their reasons"
    )
    args = parser.parse_args(argv)
    repo: Path = args.repo
    try:
        if not repo.is_dir():
            raise ConfigError(f"{repo} is not a directory")
        config_path = repo / args.config
        if not config_path.is_file():
            raise ConfigError(f"{args.config} not found in {repo} (run from the repository root)")
        config = load_config(repo, config_path)
        wanted = {_display(repo, Path(s) if Path(s).is_absolute() else repo / s) for s in args.spec}
        pairings = [p for p in config.pairings if not wanted or p.ours in wanted]
        unknown = wanted - {p.ours for p in pairings}
        if unknown:
            raise ConfigError(f"--spec {', '.join(sorted(unknown))}: not paired in {args.config}")
        cache: dict[str, Doc | None] = {}
        reports = [compare_pairing(repo, p, cache) for p in pairings]
    except ConfigError as exc:
        print(f"spec-compare: error: {exc}", file=sys.stderr)
        return 2
    for report in reports:
        apply_allowances(report, config.allowances)
    # A shared allowance is stale only when every pairing was compared.
    shared_stale = [] if wanted else [a for a in config.allowances if a.is_stale]
    sys.stdout.write(
        render(reports, shared_stale, _display(repo, config_path), show_allowed=args.show_allowed)
    )
    failing = any(r.open for r in reports) or any(r.stale for r in reports) or shared_stale
    return 1 if failing else 0


if __name__ == "__main__":
    sys.exit(main())
