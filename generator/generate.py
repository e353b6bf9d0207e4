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
import filecmp
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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
from openapi_python_client.parser.properties.date import DateProperty
from openapi_python_client.parser.properties.datetime import DateTimeProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.union import UnionProperty

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = Path(__file__).resolve().parent / "templates"
PACKAGE = "trunkline_generated"
RUFF_CONFIG = Path(__file__).resolve().parent / "ruff-generated.toml"

RETRY_CLASSES = ("safe", "create")
# String formats that carry a typed value; everything else stays `str`.
STRING_CONVERTERS = {
    "date-time-rfc-2822": ("rfc2822_datetime", "datetime.datetime"),
    "decimal": ("decimal_string", "decimal.Decimal"),
    "int64": ("int_string", "int"),
    "int32": ("int_string", "int"),
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
    items_key: str | None = None
    wire_names: dict[str, str] = field(default_factory=dict)  # rewritten name -> wire name


@dataclass
class SpecMeta:
    package: str
    servers: tuple[str, ...]
    operations: dict[str, OperationMeta]  # by the parser's Python name of the operationId


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
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if not ref.startswith("#/"):
            raise GenerationFailed(f"only local $refs are supported, got {ref!r}")
        target: Any = spec
        for part in ref[2:].split("/"):
            target = target[part]
        node = target
    return node


def _default_retry(method: str, path: str) -> str:
    if method in ("get", "put", "delete", "head", "options"):
        return "safe"
    if method == "post" and _INSTANCE_PATH.search(path):
        return "safe"  # Twilio-style update: POST to an instance path
    return "create"


def _items_key(spec: dict[str, Any], operation: dict[str, Any]) -> str | None:
    """The one array-of-records property of the success response, if there is one."""
    for code, raw_response in sorted(operation.get("responses", {}).items()):
        if not str(code).startswith("2"):
            continue
        response = _deref(spec, raw_response)
        for media in (response.get("content") or {}).values():
            schema = _deref(spec, media.get("schema", {}))
            arrays = [
                name
                for name, prop in (schema.get("properties") or {}).items()
                if _deref(spec, prop).get("type") == "array"
                and _deref(spec, _deref(spec, prop).get("items") or {}).get("type") == "object"
            ]
            if len(arrays) == 1:
                return str(arrays[0])
        return None
    return None


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


def _rename_inputs(operation: dict[str, Any], wire: dict[str, str]) -> None:
    """Apply `x-trunkline-python-name` to the operation's own parameters and form/JSON fields.

    The input is renamed in the spec handed to the parser; `wire` maps it back.
    """
    for param in operation.get("parameters", []):
        if "$ref" not in param and PYTHON_NAME in param:
            wire[param[PYTHON_NAME]] = wire.pop(param["name"], param["name"])
            param["name"] = param[PYTHON_NAME]
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


def prepare_spec(raw: dict[str, Any], package: str) -> tuple[dict[str, Any], SpecMeta]:
    """Rewrite what the pinned generator mishandles; return the spec and what was rewritten."""
    spec = copy.deepcopy(raw)
    servers = tuple(server["url"] for server in spec.get("servers", []))
    if not servers:
        raise GenerationFailed(f"{package}: the spec names no server")
    operations: dict[str, OperationMeta] = {}
    shared_params = spec.get("components", {}).get("parameters", {})
    shared_wire: dict[str, str] = {}
    for param in shared_params.values():
        _rewrite_parameter(param, shared_wire)
    for path, item in spec.get("paths", {}).items():
        path_level = item.get("parameters", [])
        path_wire: dict[str, str] = {}
        for param in path_level:
            if "$ref" not in param:
                _rewrite_parameter(param, path_wire)
        for method in ("get", "put", "post", "delete", "patch", "head", "options"):
            operation = item.get(method)
            if operation is None:
                continue
            op_id = operation.get("operationId")
            if not op_id:
                raise GenerationFailed(f"{package}: {method.upper()} {path} has no operationId")
            wire: dict[str, str] = dict(path_wire)
            for param in [*path_level, *operation.get("parameters", [])]:
                if "$ref" in param:
                    target = _deref(spec, param)
                    if target.get("name") in shared_wire:
                        wire[target["name"]] = shared_wire[target["name"]]
                else:
                    _rewrite_parameter(param, wire)
            _rename_inputs(operation, wire)
            retry = operation.get("x-trunkline-retry") or _default_retry(method, path)
            if retry not in RETRY_CLASSES:
                raise GenerationFailed(
                    f"{package}: {op_id}: x-trunkline-retry must be one of {RETRY_CLASSES}"
                )
            key = str(strings.PythonIdentifier(op_id, "field_"))
            if key in operations:
                raise GenerationFailed(f"{package}: operationId {op_id!r} is used twice")
            operations[key] = OperationMeta(
                method=method.upper(),
                path=path,
                operation_id=op_id,
                retry=retry,
                items_key=_items_key(spec, operation),
                wire_names=wire,
            )
    return spec, SpecMeta(package=package, servers=servers, operations=operations)


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
    raw = model.data.properties.get(wire) if model.data.properties else None
    if raw is None:
        return {}
    data = raw.model_dump(mode="json", by_alias=True, exclude_none=True)
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
    fmt = _raw_schema(spec, model, wire).get("format")
    if fmt in STRING_CONVERTERS:
        converter, annotation = STRING_CONVERTERS[fmt]
        return FieldInfo(wire, python, converter, f"{annotation}{optional}")
    return FieldInfo(wire, python, None, f"{_json_annotation(inner)}{optional}")


@dataclass(frozen=True)
class ParamInfo:
    python: str
    wire: str
    location: str  # path | query | header | body
    required: bool
    annotation: str


def endpoint_params(endpoint: Endpoint, meta: OperationMeta) -> list[ParamInfo]:
    """Every input of an operation, body fields flattened into keyword arguments."""
    params: list[ParamInfo] = []

    def add(prop: Any, location: str) -> None:
        name = _text(prop.name)
        annotation = _code(prop.get_type_string(no_optional=True))
        inner, _ = _strip_null(prop)
        if isinstance(inner, EnumProperty):
            annotation = f"{annotation} | str"  # an enum member or its value
        params.append(
            ParamInfo(
                python=str(prop.python_name),
                wire=meta.wire_names.get(name, name),
                location=location,
                required=bool(prop.required),
                annotation=annotation,
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
    for param in params:
        if param.python in RESERVED_NAMES:
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
    """The record class of the list operation's `items_key` array."""
    model = success_model(endpoint)
    if model is None or meta.items_key is None:
        return None
    for prop in (model.required_properties or []) + (model.optional_properties or []):
        inner, _ = _strip_null(prop)
        if _text(prop.name) == meta.items_key and isinstance(inner, ListProperty):
            item, _ = _strip_null(inner.inner_property)
            if isinstance(item, ModelProperty):
                return item
    raise GenerationFailed(f"{meta.operation_id}: {meta.items_key!r} is not an array of records")


def typing_imports(endpoint: Endpoint) -> list[str]:
    """Imports the annotations need (only under TYPE_CHECKING: they cost nothing at run time)."""
    lines = set(endpoint.relative_imports)
    for body in endpoint.bodies:
        if isinstance(body.prop, ModelProperty):
            for prop in (body.prop.required_properties or []) + (
                body.prop.optional_properties or []
            ):
                lines |= prop.get_imports(prefix="...")
    runtime = {
        f"from ...models.{m.class_info.module_name} import {m.class_info.name}"
        for m in (success_model(endpoint),)
        if m is not None
    }
    return sorted(
        line
        for line in lines - runtime
        if not line.startswith(("from ...types ", "from typing ", "import typing"))
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
            op_meta=lambda endpoint: meta.operations[_op_key(endpoint)],
            field_info=lambda model, prop: field_info(spec, model, prop),
            endpoint_params=lambda endpoint: endpoint_params(
                endpoint, meta.operations[_op_key(endpoint)]
            ),
            success_model=success_model,
            items_model=lambda endpoint: items_model(endpoint, meta.operations[_op_key(endpoint)]),
            body_type=body_type,
            typing_imports=typing_imports,
            runtime_module=f"{PACKAGE}._runtime",
        )
        self.skipped_models = skipped

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


# --------------------------------------------------------------------------- driver


def discover(specs: Path) -> Iterator[tuple[str, Path]]:
    for path in sorted(specs.glob("*/*.yaml")):
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


def generate_package(package: str, spec_path: Path, out: Path) -> None:
    raw = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    spec, meta = prepare_spec(raw, package)
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


def generate_all(specs: Path, out: Path) -> list[str]:
    """Write the whole generated package into `out` (which must not exist)."""
    pkg_dir = out / PACKAGE
    pkg_dir.mkdir(parents=True)
    packages: list[str] = []
    for package, path in discover(specs):
        generate_package(package, path, pkg_dir)
        packages.append(package)
    if not packages:
        raise GenerationFailed(f"no specs found under {specs}")
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
    parser.add_argument("--check", action="store_true", help="compare with --out, write nothing")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="trunkline-gen-") as tmp:
        staging = Path(tmp) / "out"
        try:
            packages = generate_all(args.specs, staging)
        except GenerationFailed as exc:
            print(f"generation failed: {exc}", file=sys.stderr)
            return 1
        target = args.out / PACKAGE
        if args.check:
            problems = diff_trees(staging / PACKAGE, target)
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
    print(f"generated {len(packages)} packages: {', '.join(packages)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
