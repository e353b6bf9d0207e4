"""Pydantic models of the webhook payloads in `specs/webhooks/`.

`specs/webhooks/<provider>.yaml` describes what a provider sends to an
application (OpenAPI 3.1 `webhooks` and component schemas), not an API with
servers and paths: `generate.py` leaves this folder out of the client
generation (`is_payload_spec`) and calls `write`, which runs
datamodel-code-generator (pinned in requirements/dev.txt) on each file into
`trunkline_generated/webhooks/<provider>.py`:

* pydantic v2 models that keep unknown fields (`extra="allow"`), with Python
  names as in the clients (snake_case, `from_` for `From`) and the wire names
  as aliases (either is accepted);
* typed values from the same formats as the API specs: `date-time-rfc-2822`
  and `date-time` become aware UTC datetimes (`_types.py`), `decimal` a
  `Decimal`, `int64` on a string an `int`.

A payload spec with `paths` or `servers`, or without `webhooks` or schemas,
fails the run naming the file (spec lint says the same with
redocly-webhooks.yaml).
"""

from __future__ import annotations

import copy
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

__all__ = ["FOLDER", "WebhookModelsError", "is_payload_spec", "write"]

FOLDER = "webhooks"  # specs/webhooks/: payload schemas, not APIs
STATIC = Path(__file__).resolve().parent / "templates" / "webhooks"
TYPES = "trunkline_generated.webhooks._types"
# Spec formats -> the Python type datamodel-code-generator writes (`customTypePath`).
CUSTOM_TYPES = {
    "date-time-rfc-2822": f"{TYPES}.RFC2822Datetime",
    "date-time": f"{TYPES}.UTCDatetime",
    "decimal": "decimal.Decimal",
}
OPTIONS = (
    "--input-file-type=openapi",
    "--output-model-type=pydantic_v2.BaseModel",
    "--target-python-version=3.11",
    "--snake-case-field",
    "--allow-population-by-field-name",
    "--extra-fields=allow",
    "--use-annotated",
    "--field-constraints",
    "--use-standard-collections",
    "--use-union-operator",
    "--use-schema-description",
    "--use-field-description",
    "--use-double-quotes",
    "--disable-timestamp",
    "--keep-model-order",
    "--no-formatters",  # generate.py runs ruff over the whole package afterwards
)


class WebhookModelsError(Exception):
    """A payload spec that cannot be turned into models."""


def is_payload_spec(path: Path, specs: Path) -> bool:
    """True for `specs/webhooks/*.yaml`: payload schemas, not an API."""
    return path.parent.resolve() == (specs / FOLDER).resolve()


def _typed(node: Any) -> Any:
    """The schema tree with `customTypePath` set wherever a format needs our type."""
    if isinstance(node, list):
        return [_typed(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: _typed(value) for key, value in node.items()}
    form = out.get("format")
    if not isinstance(form, str):
        return out  # not a schema with a format (a `properties` map, ...)
    kind = out.get("type")
    kinds = set(kind) if isinstance(kind, list) else {kind}
    if form in CUSTOM_TYPES:
        out["customTypePath"] = CUSTOM_TYPES[form]
        del out["format"]
    elif form == "int64" and "string" in kinds:
        # counts and durations sent as "42": pydantic reads them into int
        out["type"] = ["integer", "null"] if "null" in kinds else "integer"
        del out["format"]
    return out


def prepare(raw: Any, name: str) -> dict[str, Any]:
    """The spec as datamodel-code-generator reads it, after checking it is a payload spec."""
    if not isinstance(raw, dict) or not str(raw.get("openapi", "")).startswith("3.1"):
        raise WebhookModelsError(f"{name}: not an OpenAPI 3.1 document")
    for key in ("paths", "servers"):
        if key in raw:
            raise WebhookModelsError(
                f"{name}: a webhook payload spec has no `{key}` (it describes what a provider "
                "sends, under `webhooks`); move the API to specs/<provider>/"
            )
    if not raw.get("webhooks"):
        raise WebhookModelsError(f"{name}: no `webhooks`: list what the provider sends")
    schemas = (raw.get("components") or {}).get("schemas")
    if not schemas:
        raise WebhookModelsError(f"{name}: no component schemas to make models of")
    spec = copy.deepcopy(raw)
    spec["components"]["schemas"] = _typed(schemas)
    return spec


def _codegen() -> str:
    beside = Path(sys.executable).parent / "datamodel-codegen"
    found = str(beside) if beside.exists() else shutil.which("datamodel-codegen")
    if found is None:
        raise WebhookModelsError("datamodel-codegen is not installed (make bootstrap installs it)")
    return found


def _header(raw: dict[str, Any], rel: str) -> str:
    title = str((raw.get("info") or {}).get("description") or "Webhook payloads.").strip()
    return (
        f'"""{title}\n\n'
        f"Pydantic models generated from {rel} by generator/webhook_models.py\n"
        '(datamodel-code-generator). Do not edit: change the spec and run `make generate`.\n"""'
    )


def generate_module(path: Path, rel: str) -> str:
    """The Python source of one payload spec's models."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    spec = prepare(raw, rel)
    with tempfile.TemporaryDirectory(prefix="trunkline-webhooks-") as tmp:
        source = Path(tmp) / "spec.yaml"
        target = Path(tmp) / "models.py"
        source.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
        done = subprocess.run(
            [
                _codegen(),
                *OPTIONS,
                f"--custom-file-header={_header(raw, rel)}",
                f"--input={source}",
                f"--output={target}",
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0 or done.stderr.strip():
            raise WebhookModelsError(
                f"{rel}: datamodel-codegen failed ({done.returncode}):\n"
                f"{done.stdout}{done.stderr}".rstrip()
            )
        return target.read_text(encoding="utf-8")


def write(specs: Path, out: Path) -> list[str]:
    """Write `out/` (the `trunkline_generated.webhooks` package) from `specs/webhooks/`;
    the provider modules written."""
    folder = specs / FOLDER
    found = sorted(folder.glob("*.yaml")) if folder.is_dir() else []
    if not found:
        return []
    out.mkdir(parents=True)
    names = []
    for path in found:
        name = path.stem.replace("-", "_")
        rel = f"specs/{FOLDER}/{path.name}"
        (out / f"{name}.py").write_text(generate_module(path, rel), encoding="utf-8")
        names.append(name)
    listed = ", ".join(f"`{name}`" for name in names)
    (out / "__init__.py").write_text(
        '"""Pydantic models of what each provider sends to an application\'s webhooks, '
        "generated\nfrom specs/webhooks/ (one module per provider: "
        f"{listed}).\n\n"
        "Imported only through `trunkline.<provider>.webhooks` (extra `trunkline[webhooks]`).\n"
        '"""\n',
        encoding="utf-8",
    )
    shutil.copyfile(STATIC / "_types.py", out / "_types.py")
    return names
