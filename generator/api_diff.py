"""Markdown summary of the API changes between the specs at a git ref and the working tree.

    python generator/api_diff.py                      # compare with origin/main
    python generator/api_diff.py --base HEAD~3
    python generator/api_diff.py --base main --fail-on-breaking

The specs (`specs/<provider>/<name>.yaml`) at BASE are read with `git show`;
the working tree is read from disk, so uncommitted edits count. The output is
meant to be pasted into a pull-request description: a "Breaking changes"
section first (when there are any), then every change grouped by spec file.

What is compared:

* spec files added / removed;
* operations (keyed by operationId, or `METHOD path` when there is none):
  added, removed, method or path changed, `x-trunkline-retry`, `deprecated`;
* parameters (name + location, `$ref` to components resolved): added,
  removed, type / format / nullable / enum / required changed;
* request body fields (application/x-www-form-urlencoded and
  application/json): added, removed, changed, required changed;
* `components/schemas`: schemas added / removed, fields added / removed,
  type / format / nullable / enum / required changed.

A change is flagged breaking when a client written against BASE could stop
working: anything removed, a type / format / method / path change, a new or
newly required input, and a response value that may now be null.

Exit status: 0, or 1 with `--fail-on-breaking` when there are breaking
changes, or 2 on a usage error (unknown ref, not a git repository, bad YAML).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

import yaml  # type: ignore[import-untyped, unused-ignore]

import naming

_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
BODY_MEDIA_TYPES = ("application/x-www-form-urlencoded", "application/json")
SPEC_SUFFIXES = (".yaml", ".yml")
BREAKING = "⚠️ **breaking**"

# Order of the groups inside one spec file's section.
_GROUP_ORDER = {"spec": 0, "operation": 1, "schema": 2}

Spec = dict[str, Any]


class UsageError(Exception):
    """A problem with the inputs, reported on stderr with exit status 2."""


# --------------------------------------------------------------------------- changes


@dataclass(frozen=True, order=True)
class Change:
    spec: str
    group: int
    subject: str
    text: str
    breaking: bool = False

    def line(self, *, with_spec: bool = False) -> str:
        prefix = f"`{self.spec}`: " if with_spec else ""
        suffix = f" — {BREAKING}" if self.breaking else ""
        return f"- {prefix}{self.text}{suffix}"


@dataclass
class Collector:
    spec: str
    changes: list[Change] = field(default_factory=list)

    def add(self, group: str, subject: str, text: str, *, breaking: bool = False) -> None:
        self.changes.append(Change(self.spec, _GROUP_ORDER[group], subject, text, breaking))


# --------------------------------------------------------------------------- git + files


def _git(repo: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(["git", *args], cwd=repo, capture_output=True, check=False)
    except FileNotFoundError as exc:  # pragma: no cover - git missing entirely
        raise UsageError("git is not installed or not on PATH") from exc


def find_repo_root(start: Path) -> Path:
    if not start.is_dir():
        raise UsageError(f"{start} is not a directory")
    result = _git(start, "rev-parse", "--show-toplevel")
    if result.returncode != 0:
        raise UsageError(f"{start} is not inside a git repository (use --repo DIR)")
    return Path(result.stdout.decode().strip())


def verify_ref(repo: Path, ref: str) -> str:
    """The commit id of `ref`, or a UsageError saying the ref is not valid."""
    if not ref or ref.startswith("-"):
        raise UsageError(f"--base {ref!r} is not a valid git ref")
    result = _git(repo, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{ref}^{{commit}}")
    if result.returncode != 0:
        raise UsageError(
            f"--base {ref!r} is not a valid git ref in {repo} "
            "(fetch it first, e.g. `git fetch origin main`, or pass another --base)"
        )
    return result.stdout.decode().strip()


def _is_spec(name: str) -> bool:
    """`<provider>/<name>.yaml` under specs/ (what the generator reads), nothing else."""
    return name.endswith(SPEC_SUFFIXES)


def _parse(text: str, where: str) -> Spec:
    try:
        data = yaml.load(text, Loader=_LOADER)  # noqa: S506 - the loader is a SafeLoader
    except yaml.YAMLError as exc:
        raise UsageError(f"cannot parse {where}: {exc}") from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise UsageError(f"cannot parse {where}: the top level is not a mapping")
    return data


def load_base_specs(repo: Path, commit: str, specs_rel: str) -> dict[str, Spec]:
    listing = _git(
        repo, "ls-tree", "-r", "-z", "--name-only", "--full-tree", commit, "--", specs_rel
    )
    if listing.returncode != 0:
        raise UsageError(f"git ls-tree failed: {listing.stderr.decode().strip()}")
    specs: dict[str, Spec] = {}
    prefix = specs_rel.rstrip("/") + "/"
    for name in listing.stdout.decode().split("\0"):
        if not name or not _is_spec(name) or not name.startswith(prefix):
            continue
        shown = _git(repo, "show", f"{commit}:{name}")
        if shown.returncode != 0:
            raise UsageError(f"git show {commit}:{name} failed: {shown.stderr.decode().strip()}")
        key = name[len(prefix) :]
        if key.count("/") != 1:
            continue  # not a spec: specs/compare.yaml, specs/README.md, ...
        specs[key] = _parse(shown.stdout.decode("utf-8"), f"{name} at the base ref")
    return specs


def load_worktree_specs(specs_dir: Path) -> dict[str, Spec]:
    specs: dict[str, Spec] = {}
    if not specs_dir.is_dir():
        return specs
    for path in sorted(specs_dir.rglob("*")):
        if path.is_file() and _is_spec(path.name):
            key = path.relative_to(specs_dir).as_posix()
            if key.count("/") != 1:
                continue
            specs[key] = _parse(path.read_text(encoding="utf-8"), str(path))
    return specs


def _ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~")


# --------------------------------------------------------------------------- schema shape


@dataclass(frozen=True)
class Shape:
    """What matters to a client about one schema: its type, format, nullability, enum."""

    type: str
    format: str | None
    nullable: bool
    enum: tuple[str, ...] | None
    # The component schema the type and enum come from; its own section reports enum edits.
    ref: str | None = None


def _is_null(node: Any) -> bool:
    return isinstance(node, dict) and (
        node.get("type") == "null" or node.get("type") == ["null"] or node.get("const", 1) is None
    )


def _enum_values(values: Any) -> tuple[str, ...] | None:
    if not isinstance(values, list):
        return None
    return tuple(sorted({_scalar(v) for v in values if v is not None}))


def _scalar(value: Any) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value, sort_keys=True, default=str)


def _with_nullable(inner: Shape, nullable: bool) -> Shape:
    return Shape(inner.type, inner.format, nullable or inner.nullable, inner.enum, inner.ref)


def _shape_of_ref(spec: Spec, node: dict[str, Any], ref: str, depth: int) -> Shape:
    ref_name = _ref_name(ref)
    resolved = naming.resolve(spec, node)
    if resolved is node:  # unresolvable (external) reference
        return Shape(ref, None, False, None, ref)
    inner = shape(spec, resolved, depth + 1)
    type_ = inner.type
    if type_ in ("object", "any") or type_.startswith(("anyOf", "oneOf", "allOf")):
        type_ = ref_name
    nullable = inner.nullable or node.get("nullable") is True
    return Shape(type_, inner.format, nullable, inner.enum, ref_name)


def _shape_of_combination(spec: Spec, node: dict[str, Any], depth: int) -> Shape | None:
    nullable = node.get("nullable") is True
    for combinator in ("anyOf", "oneOf", "allOf"):
        members = node.get(combinator)
        if not isinstance(members, list) or not members:
            continue
        rest = [m for m in members if not _is_null(m)]
        nullable = nullable or (combinator != "allOf" and len(rest) < len(members))
        if len(rest) == 1:
            return _with_nullable(shape(spec, rest[0], depth + 1), nullable)
        kinds = sorted({shape(spec, m, depth + 1).type for m in rest})
        return Shape(f"{combinator}[{', '.join(kinds)}]", None, nullable, None)
    return None


def shape(spec: Spec, node: Any, depth: int = 0) -> Shape:
    """Describe a schema; follows `$ref`, `type: [x, "null"]` and `anyOf: [x, {type: null}]`."""
    if not isinstance(node, dict) or depth > 8:
        return Shape("any", None, False, None)
    if isinstance(node.get("$ref"), str):
        return _shape_of_ref(spec, node, node["$ref"], depth)
    combined = _shape_of_combination(spec, node, depth)
    if combined is not None:
        return combined

    nullable = node.get("nullable") is True
    raw_type = node.get("type")
    if isinstance(raw_type, list):
        types = [str(t) for t in raw_type if t != "null"]
        nullable = nullable or len(types) < len(raw_type)
    elif isinstance(raw_type, str):
        types = [raw_type]
    else:
        types = []
    enum = _enum_values(node.get("enum"))
    if enum is None and node.get("const") is not None:
        enum = (_scalar(node["const"]),)
    if isinstance(node.get("enum"), list) and None in node["enum"]:
        nullable = True
    if not types:
        type_ = "object" if "properties" in node else "any"
    else:
        type_ = " | ".join(sorted(types))
    item_ref = None
    if type_ == "array":
        items = shape(spec, node.get("items"), depth + 1)
        type_ = f"array<{items.type}{' | null' if items.nullable else ''}>"
        if enum is None:
            enum, item_ref = items.enum, items.ref
    fmt = node.get("format")
    return Shape(type_, str(fmt) if fmt is not None else None, nullable, enum, item_ref)


# --------------------------------------------------------------------------- field walking


def _object_fields(spec: Spec, node: Any) -> tuple[dict[str, Any], set[str]]:
    """Properties and required names of an object schema (allOf members merged)."""
    node = naming.resolve(spec, node)
    if not isinstance(node, dict):
        return {}, set()
    props: dict[str, Any] = {}
    required: set[str] = set()
    for member in node.get("allOf") or []:
        sub_props, sub_required = _object_fields(spec, member)
        props.update(sub_props)
        required |= sub_required
    if isinstance(node.get("properties"), dict):
        props.update(node["properties"])
    if isinstance(node.get("required"), list):
        required |= {str(r) for r in node["required"]}
    return props, required


def _inline_object(spec: Spec, node: Any) -> Any:
    """The inline object schema to recurse into (not through a `$ref`), or None."""
    if not isinstance(node, dict) or "$ref" in node:
        return None
    for combinator in ("anyOf", "oneOf"):
        members = node.get(combinator)
        if isinstance(members, list):
            rest = [m for m in members if not _is_null(m)]
            return _inline_object(spec, rest[0]) if len(rest) == 1 else None
    if isinstance(node.get("properties"), dict):
        return node
    types = node.get("type")
    if types == "array" or (isinstance(types, list) and "array" in types):
        return _inline_object(spec, node.get("items"))
    return None


PYTHON_NAME = "x-trunkline-python-name"  # the Python name the generator gives an input


def _python_name(node: Any) -> str | None:
    value = node.get(PYTHON_NAME) if isinstance(node, dict) else None
    return str(value) if value is not None else None


@dataclass(frozen=True)
class FieldInfo:
    shape: Shape
    required: bool
    parent: str | None = None  # dotted name of the enclosing field, for nested inline objects
    python_name: str | None = None  # set by x-trunkline-python-name


def walk_fields(
    spec: Spec, node: Any, parent: str | None = None, depth: int = 0
) -> dict[str, FieldInfo]:
    """Every field of an object schema by dotted name; inline nested objects are expanded."""
    out: dict[str, FieldInfo] = {}
    if depth > 6:
        return out
    props, required = _object_fields(spec, node)
    for name, sub in props.items():
        dotted = f"{parent}.{name}" if parent is not None else str(name)
        out[dotted] = FieldInfo(shape(spec, sub), name in required, parent, _python_name(sub))
        nested = _inline_object(spec, sub)
        if nested is not None:
            out.update(walk_fields(spec, nested, dotted, depth + 1))
    return out


# --------------------------------------------------------------------------- operations


@dataclass(frozen=True)
class Param:
    shape: Shape
    required: bool
    python_name: str | None = None  # set by x-trunkline-python-name


@dataclass
class Operation:
    key: str
    method: str
    path: str
    retry: Any
    deprecated: bool
    params: dict[tuple[str, str], Param]
    bodies: dict[str, tuple[str | None, dict[str, FieldInfo]]]  # media type -> (ref, fields)
    body_required: bool
    responses: dict[str, Shape | None]  # 2xx status -> shape of its body (None: no body)


def _params(spec: Spec, raw: Any) -> dict[tuple[str, str], Param]:
    out: dict[tuple[str, str], Param] = {}
    for item in raw if isinstance(raw, list) else []:
        param = naming.resolve(spec, item)
        if not isinstance(param, dict) or "name" not in param:
            continue
        where = str(param.get("in", "query"))
        schema = param.get("schema")
        if schema is None and isinstance(param.get("content"), dict):
            media: Any = next(iter(param["content"].values()), {})
            schema = media.get("schema") if isinstance(media, dict) else None
        required = bool(param.get("required")) or where == "path"
        out[(str(param["name"]), where)] = Param(shape(spec, schema), required, _python_name(param))
    return out


def _success_responses(spec: Spec, raw: Any) -> dict[str, Shape | None]:
    out: dict[str, Shape | None] = {}
    for status, raw_response in (raw or {}).items() if isinstance(raw, dict) else []:
        if not str(status).startswith("2"):
            continue
        response = naming.resolve(spec, raw_response)
        content = response.get("content") if isinstance(response, dict) else None
        if not isinstance(content, dict) or not content:
            out[str(status)] = None
            continue
        media_type = "application/json" if "application/json" in content else sorted(content)[0]
        media = content[media_type]
        out[str(status)] = shape(spec, media.get("schema")) if isinstance(media, dict) else None
    return out


def operations(spec: Spec) -> dict[str, Operation]:
    ops: dict[str, Operation] = {}
    paths = spec.get("paths")
    if not isinstance(paths, dict):
        return ops
    for path, raw_item in paths.items():
        item = naming.resolve(spec, raw_item)
        if not isinstance(item, dict):
            continue
        shared = _params(spec, item.get("parameters"))
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            key = str(op.get("operationId") or f"{method.upper()} {path}")
            params = {**shared, **_params(spec, op.get("parameters"))}
            bodies: dict[str, tuple[str | None, dict[str, FieldInfo]]] = {}
            body = naming.resolve(spec, op.get("requestBody"))
            body_required = False
            if isinstance(body, dict):
                body_required = bool(body.get("required"))
                content: dict[str, Any] = body.get("content") or {}
                if not isinstance(content, dict):
                    content = {}
                for media_type in BODY_MEDIA_TYPES:
                    media = content.get(media_type)
                    if not isinstance(media, dict):
                        continue
                    schema = media.get("schema")
                    ref = schema.get("$ref") if isinstance(schema, dict) else None
                    ref_name = _ref_name(ref) if isinstance(ref, str) else None
                    bodies[media_type] = (ref_name, walk_fields(spec, schema))
            ops[key] = Operation(
                key=key,
                method=method.upper(),
                path=str(path),
                retry=op.get("x-trunkline-retry"),
                deprecated=bool(op.get("deprecated")),
                params=params,
                bodies=bodies,
                body_required=body_required,
                responses=_success_responses(spec, op.get("responses")),
            )
    return ops


# --------------------------------------------------------------------------- schema usage


def _refs_in(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value
            else:
                yield from _refs_in(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs_in(value)


def _reachable_schemas(spec: Spec, roots: Iterable[Any]) -> set[str]:
    """Names of components/schemas reachable from `roots` through `$ref`s."""
    names: set[str] = set()
    seen: set[str] = set()
    todo = [ref for root in roots for ref in _refs_in(root)]
    while todo:
        ref = todo.pop()
        if ref in seen:
            continue
        seen.add(ref)
        if ref.startswith("#/components/schemas/"):
            names.add(_ref_name(ref))
        todo.extend(_refs_in(naming.pointer(spec, ref)))
    return names


def schema_usage(spec: Spec) -> tuple[set[str], set[str]]:
    """(schemas used by requests, schemas used by responses)."""
    requests: list[Any] = []
    responses: list[Any] = []
    paths = spec.get("paths")
    for item in paths.values() if isinstance(paths, dict) else []:
        if not isinstance(item, dict):
            continue
        requests.append(item.get("parameters"))
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                requests.extend([op.get("parameters"), op.get("requestBody")])
                responses.append(op.get("responses"))
    return _reachable_schemas(spec, requests), _reachable_schemas(spec, responses)


# --------------------------------------------------------------------------- diffing


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _contents(spec: Spec) -> str:
    """`3 operations, 5 schemas`: what a whole spec file holds (payload specs have no paths)."""
    counts = len(operations(spec)), len(_components(spec))
    return f"{_plural(counts[0], 'operation')}, {_plural(counts[1], 'schema')}"


def _code(text: str) -> str:
    return f"`{text}`"


def _shape_text(s: Shape) -> str:
    text = s.type + (f" ({s.format})" if s.format else "")
    return text + (" | null" if s.nullable else "")


def _enum_list(values: Iterable[str]) -> str:
    return ", ".join(_code(v) for v in sorted(values))


def diff_shapes(
    out: Collector,
    group: str,
    subject: str,
    label: str,
    old: Shape,
    new: Shape,
    *,
    is_input: bool,
    is_output: bool,
) -> None:
    """Report type / format / nullable / enum edits of one value (a parameter or a field)."""
    if old.type != new.type:
        out.add(
            group, subject, f"{label}: type {_code(old.type)} → {_code(new.type)}", breaking=True
        )
    if old.format != new.format:
        out.add(
            group,
            subject,
            f"{label}: format {_code(old.format or '—')} → {_code(new.format or '—')}",
            breaking=True,
        )
    if old.nullable and not new.nullable:
        out.add(group, subject, f"{label}: no longer nullable", breaking=is_input)
    elif new.nullable and not old.nullable:
        note = " (clients may now receive null)" if is_output else ""
        out.add(group, subject, f"{label}: now nullable{note}", breaking=is_output)
    if old.ref is not None and old.ref == new.ref:
        return  # enum edits are reported once, under the component schema
    old_enum, new_enum = set(old.enum or ()), set(new.enum or ())
    if old.enum is not None and new.enum is None:
        out.add(group, subject, f"{label}: enum constraint removed")
    elif old.enum is None and new.enum is not None:
        out.add(
            group,
            subject,
            f"{label}: now restricted to {_enum_list(new_enum)}",
            breaking=is_input,
        )
    else:
        if removed := old_enum - new_enum:
            out.add(
                group,
                subject,
                f"{label}: enum values removed: {_enum_list(removed)}",
                breaking=True,
            )
        if added := new_enum - old_enum:
            out.add(group, subject, f"{label}: enum values added: {_enum_list(added)}")


def diff_fields(
    out: Collector,
    group: str,
    subject: str,
    owner: str,
    old: Mapping[str, FieldInfo],
    new: Mapping[str, FieldInfo],
    *,
    is_input: bool,
    is_output: bool,
) -> None:
    removed, added = old.keys() - new.keys(), new.keys() - old.keys()
    # The fields inside a removed (added) inline object go without saying.
    for name in sorted(removed):
        if old[name].parent not in removed:
            out.add(group, subject, f"{owner}field {_code(name)} removed", breaking=True)
    for name in sorted(added):
        info = new[name]
        if info.parent in added:
            continue
        required = info.required and is_input
        kind = "required field" if info.required else "field"
        out.add(
            group,
            subject,
            f"{owner}{kind} {_code(name)} added ({_shape_text(info.shape)})",
            breaking=required,
        )
    for name in sorted(old.keys() & new.keys()):
        before, after = old[name], new[name]
        label = f"{owner}field {_code(name)}"
        diff_shapes(
            out,
            group,
            subject,
            label,
            before.shape,
            after.shape,
            is_input=is_input,
            is_output=is_output,
        )
        if is_input:
            _diff_python_name(out, subject, label, before.python_name, after.python_name, group)
        if after.required and not before.required:
            out.add(group, subject, f"{label}: now required", breaking=is_input)
        elif before.required and not after.required:
            note = " (may now be absent)" if is_output else ""
            out.add(group, subject, f"{label}: no longer required{note}", breaking=is_output)


def _diff_python_name(
    out: Collector,
    subject: str,
    label: str,
    before: str | None,
    after: str | None,
    group: str = "operation",
) -> None:
    # The keyword argument users write: renaming it breaks their calls.
    if before != after:
        old, new = _code(str(before or "(default)")), _code(str(after or "(default)"))
        out.add(group, subject, f"{label}: Python name {old} → {new}", breaking=True)


def _op_title(op: Operation) -> str:
    route = f"{op.method} {op.path}"
    return _code(op.key) if op.key == route else f"{_code(op.key)} ({_code(route)})"


def diff_operations(out: Collector, old_spec: Spec, new_spec: Spec) -> None:
    old_ops, new_ops = operations(old_spec), operations(new_spec)
    for key in sorted(old_ops.keys() - new_ops.keys()):
        out.add("operation", key, f"Operation {_op_title(old_ops[key])} removed", breaking=True)
    for key in sorted(new_ops.keys() - old_ops.keys()):
        op = new_ops[key]
        note = " (deprecated)" if op.deprecated else ""
        out.add("operation", key, f"Operation {_op_title(op)} added{note}")
    for key in sorted(old_ops.keys() & new_ops.keys()):
        diff_operation(out, old_ops[key], new_ops[key])


def diff_operation(out: Collector, old: Operation, new: Operation) -> None:
    key, title = new.key, f"Operation {_code(new.key)}"

    def add(text: str, *, breaking: bool = False) -> None:
        out.add("operation", key, f"{title}: {text}", breaking=breaking)

    if old.method != new.method:
        add(f"method {_code(old.method)} → {_code(new.method)}", breaking=True)
    if old.path != new.path:
        add(f"path {_code(old.path)} → {_code(new.path)}", breaking=True)
    if old.retry != new.retry:
        add(f"`x-trunkline-retry` {_code(str(old.retry))} → {_code(str(new.retry))}")
    if new.deprecated and not old.deprecated:
        add("now deprecated")
    elif old.deprecated and not new.deprecated:
        add("no longer deprecated")

    for name, where in sorted(old.params.keys() - new.params.keys()):
        add(f"parameter {_code(name)} ({where}) removed", breaking=True)
    for name, where in sorted(new.params.keys() - old.params.keys()):
        param = new.params[(name, where)]
        kind = "required parameter" if param.required else "parameter"
        add(
            f"{kind} {_code(name)} ({where}) added ({_shape_text(param.shape)})",
            breaking=param.required,
        )
    for name, where in sorted(old.params.keys() & new.params.keys()):
        before, after = old.params[(name, where)], new.params[(name, where)]
        label = f"{title}: parameter {_code(name)} ({where})"
        diff_shapes(
            out,
            "operation",
            key,
            label,
            before.shape,
            after.shape,
            is_input=True,
            is_output=False,
        )
        _diff_python_name(out, key, label, before.python_name, after.python_name)
        if after.required and not before.required:
            out.add("operation", key, f"{label}: now required", breaking=True)
        elif before.required and not after.required:
            out.add("operation", key, f"{label}: no longer required")

    for status in sorted(old.responses.keys() - new.responses.keys()):
        add(f"response `{status}` removed", breaking=True)
    for status in sorted(new.responses.keys() - old.responses.keys()):
        add(f"response `{status}` added")
    for status in sorted(old.responses.keys() & new.responses.keys()):
        before_body, after_body = old.responses[status], new.responses[status]
        label = f"{title}: response `{status}`"
        if before_body is None or after_body is None:
            if before_body is not after_body:
                change = "now has a body" if before_body is None else "no longer has a body"
                out.add("operation", key, f"{label} {change}", breaking=after_body is None)
            continue
        diff_shapes(
            out, "operation", key, label, before_body, after_body, is_input=False, is_output=True
        )

    if new.body_required and not old.body_required and old.bodies:
        add("request body now required", breaking=True)
    for media in sorted(old.bodies.keys() - new.bodies.keys()):
        add(f"request body {_code(media)} removed", breaking=True)
    for media in sorted(new.bodies.keys() - old.bodies.keys()):
        fields = new.bodies[media][1]
        required = sorted(name for name, info in fields.items() if info.required)
        # A brand-new body is breaking only if it must be sent and has required fields.
        breaking = not old.bodies and bool(required) and new.body_required
        listed = f" (required: {_enum_list(required)})" if required else ""
        add(f"request body {_code(media)} added{listed}", breaking=breaking)
    for media in sorted(old.bodies.keys() & new.bodies.keys()):
        old_ref, old_fields = old.bodies[media]
        new_ref, new_fields = new.bodies[media]
        if old_ref is not None and old_ref == new_ref:
            continue  # the component schema's own section reports its edits
        if old_ref != new_ref and (old_ref or new_ref):
            add(f"request body {_code(media)} schema {_code(str(old_ref))} → {_code(str(new_ref))}")
        diff_fields(
            out,
            "operation",
            key,
            f"{title}: request body ({media}) ",
            old_fields,
            new_fields,
            is_input=True,
            is_output=False,
        )


def _components(spec: Spec) -> dict[str, Any]:
    schemas = (spec.get("components") or {}).get("schemas") if isinstance(spec, dict) else None
    return schemas if isinstance(schemas, dict) else {}


def diff_schemas(out: Collector, old_spec: Spec, new_spec: Spec) -> None:
    old_schemas, new_schemas = _components(old_spec), _components(new_spec)
    old_req, old_resp = schema_usage(old_spec)
    new_req, new_resp = schema_usage(new_spec)
    for name in sorted(old_schemas.keys() - new_schemas.keys()):
        out.add("schema", name, f"Schema {_code(name)} removed", breaking=True)
    for name in sorted(new_schemas.keys() - old_schemas.keys()):
        out.add("schema", name, f"Schema {_code(name)} added")
    for name in sorted(old_schemas.keys() & new_schemas.keys()):
        is_input = name in old_req or name in new_req
        # A schema used nowhere is a model a client may read: treat it as a response.
        is_output = name in old_resp or name in new_resp or not is_input
        title = f"Schema {_code(name)}"
        old_node, new_node = old_schemas[name], new_schemas[name]
        old_shape = shape(old_spec, old_node)
        new_shape = shape(new_spec, new_node)
        # The schema's own enum is reported here, so drop the `ref` (set when it aliases another).
        diff_shapes(
            out,
            "schema",
            name,
            title,
            Shape(old_shape.type, old_shape.format, old_shape.nullable, old_shape.enum),
            Shape(new_shape.type, new_shape.format, new_shape.nullable, new_shape.enum),
            is_input=is_input,
            is_output=is_output,
        )
        diff_fields(
            out,
            "schema",
            name,
            f"{title}: ",
            walk_fields(old_spec, old_node),
            walk_fields(new_spec, new_node),
            is_input=is_input,
            is_output=is_output,
        )


def python_names(spec: Spec) -> dict[str, str]:
    """operationId -> `client.<chain>.<method>` by the naming rule (empty if it cannot name
    every operation: the generator says why)."""
    try:
        mount, version = naming.mount_of(spec)
        prefix = (*mount, version) if version else mount
        return {
            name.operation_id: "client." + ".".join((*prefix, name.dotted))
            for name in naming.name_all(spec)
        }
    except (naming.NamingError, KeyError, TypeError, AttributeError):
        return {}


def diff_names(out: Collector, old_spec: Spec, new_spec: Spec) -> None:
    """The Python surface: a method or resource removed or renamed breaks every caller."""
    old, new = python_names(old_spec), python_names(new_spec)
    if not old or not new:
        return
    new_methods = set(new.values())
    for op_id, name in sorted(old.items()):
        moved = new.get(op_id)
        if moved is not None and moved != name:
            out.add("operation", op_id, f"Method {_code(name)} renamed to {_code(moved)}",
                    breaking=True)  # fmt: skip
        elif moved is None and name not in new_methods:
            out.add("operation", op_id, f"Method {_code(name)} removed", breaking=True)

    def resources(names: Iterable[str]) -> set[str]:
        found = set()
        for dotted in names:
            parts = dotted.split(".")[:-1]
            found |= {".".join(parts[:i]) for i in range(2, len(parts) + 1)}
        return found

    for resource in sorted(resources(old.values()) - resources(new.values())):
        out.add("operation", resource, f"Resource {_code(resource)} removed", breaking=True)


def diff_specs(old: Mapping[str, Spec], new: Mapping[str, Spec]) -> list[Change]:
    changes: list[Change] = []
    for name in sorted(old.keys() | new.keys()):
        out = Collector(name)
        if name not in new:
            out.add("spec", "", f"Spec file removed ({_contents(old[name])})", breaking=True)
        elif name not in old:
            ops = operations(new[name])
            out.add("spec", "", f"Spec file added ({_contents(new[name])})")
            for key in sorted(ops):
                out.add("operation", key, f"Operation {_op_title(ops[key])} added")
        else:
            diff_operations(out, old[name], new[name])
            diff_names(out, old[name], new[name])
            diff_schemas(out, old[name], new[name])
        changes.extend(out.changes)
    return sorted(set(changes))


# --------------------------------------------------------------------------- output


def render(changes: list[Change], base: str, specs_rel: str) -> str:
    if not changes:
        return "No API changes.\n"
    breaking = [c for c in changes if c.breaking]
    lines = [
        "## API changes",
        "",
        f"Compared with `{base}` (`{specs_rel}/`): {_plural(len(changes), 'change')}, "
        f"{len(breaking)} breaking.",
        "",
    ]
    if breaking:
        lines += [f"### ⚠️ Breaking changes ({len(breaking)})", ""]
        lines += [c.line(with_spec=True) for c in breaking]
        lines.append("")
    for spec in sorted({c.spec for c in changes}):
        lines += [f"### `{spec}`", ""]
        lines += [c.line() for c in changes if c.spec == spec]
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Markdown of the API changes between the specs at BASE and the working tree."
    )
    parser.add_argument("--base", default="origin/main", help="git ref to compare with")
    parser.add_argument("--specs", default="specs", help="specs folder, relative to the repo root")
    parser.add_argument("--repo", type=Path, default=None, help="repository root (default: cwd's)")
    parser.add_argument(
        "--fail-on-breaking", action="store_true", help="exit 1 if there are breaking changes"
    )
    args = parser.parse_args(argv)
    try:
        repo = find_repo_root(args.repo if args.repo is not None else Path.cwd()).resolve()
        specs_path = Path(args.specs)
        if specs_path.is_absolute():
            try:
                specs_rel = specs_path.resolve().relative_to(repo).as_posix()
            except ValueError as exc:
                raise UsageError(f"--specs {args.specs} is outside the repository {repo}") from exc
        else:
            specs_rel = PurePosixPath(specs_path.as_posix()).as_posix().strip("/")
        commit = verify_ref(repo, args.base)
        old = load_base_specs(repo, commit, specs_rel)
        new = load_worktree_specs(repo / specs_rel)
    except UsageError as exc:
        print(f"api-diff: error: {exc}", file=sys.stderr)
        return 2
    changes = diff_specs(old, new)
    sys.stdout.write(render(changes, args.base, specs_rel))
    if args.fail_on_breaking and any(c.breaking for c in changes):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
