"""specs/webhooks/: payload schemas, not APIs. The generator leaves them out of the clients and
the sandbox data and turns them into pydantic models with datamodel-code-generator."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GENERATE = ROOT / "generator" / "generate.py"
FIXTURE_SPECS = Path(__file__).parent / "fixtures" / "specs"

PAYLOADS = textwrap.dedent(
    """\
    openapi: 3.1.0
    info: {title: Acme webhooks, description: What Acme sends., version: "1"}
    tags: [{name: events, description: Events.}]
    webhooks:
      thing:
        post:
          operationId: Thing
          tags: [events]
          requestBody:
            content:
              application/x-www-form-urlencoded:
                schema: {$ref: '#/components/schemas/ThingHappened'}
          responses: {"200": {description: ok}}
    components:
      schemas:
        ThingHappened:
          type: object
          description: A thing happened.
          required: [ThingSid]
          properties:
            ThingSid: {type: string, description: The thing.}
            From: {type: string}
            Count: {type: string, format: int64}
            Price: {type: string, format: decimal}
            When: {type: string, format: date-time-rfc-2822}
            sent-at: {type: string, format: date-time}
    """
)


def _specs(tmp_path: Path, payloads: str = PAYLOADS) -> Path:
    specs = tmp_path / "specs"
    shutil.copytree(FIXTURE_SPECS, specs)
    (specs / "webhooks").mkdir()
    (specs / "webhooks" / "acme.yaml").write_text(payloads, encoding="utf-8")
    return specs


def _generate(specs: Path, out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(GENERATE), "--specs", str(specs), "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )


def test_payload_specs_become_models_and_no_client(tmp_path: Path) -> None:
    out = tmp_path / "out"
    done = _generate(_specs(tmp_path), out)
    assert done.returncode == 0, done.stderr
    package = out / "trunkline_generated"
    assert not (package / "webhooks_acme").exists()  # no client package
    assert not (package / "_sandbox" / "webhooks.json").exists()  # nothing for the sandbox
    assert not (package / "clients" / "webhooks.py").exists()  # no client tree
    assert sorted(p.name for p in (package / "webhooks").iterdir()) == [
        "__init__.py",
        "_types.py",
        "acme.py",
    ]
    code = textwrap.dedent(
        """
        import datetime as dt
        from decimal import Decimal
        from trunkline_generated.webhooks.acme import ThingHappened
        event = ThingHappened.model_validate({
            "ThingSid": "T1", "From": "+1", "Count": "42", "Price": "-0.0075",
            "When": "Thu, 30 Jul 2015 20:00:00 +0000", "sent-at": "2026-01-31 12:00:00",
            "NewField": "kept",
        })
        assert event.thing_sid == "T1" and event.from_ == "+1" and event.count == 42
        assert event.price == Decimal("-0.0075")
        assert event.when == dt.datetime(2015, 7, 30, 20, tzinfo=dt.UTC)
        assert event.sent_at == dt.datetime(2026, 1, 31, 12, tzinfo=dt.UTC)
        assert event.model_extra == {"NewField": "kept"}
        assert ThingHappened(thing_sid="T2").thing_sid == "T2"  # Python names work too
        print("ok")
        """
    )
    run = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(out)},
        check=False,
    )
    assert run.stdout.strip() == "ok", run.stderr


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ("servers: [{url: 'https://acme.example'}]\n", "no `servers`"),
        ("paths: {}\n", "no `paths`"),
    ],
)
def test_a_payload_spec_with_api_parts_fails_the_run(
    tmp_path: Path, change: str, message: str
) -> None:
    done = _generate(_specs(tmp_path, PAYLOADS + change), tmp_path / "out")
    assert done.returncode == 1
    assert "webhooks/acme.yaml" in done.stderr and message in done.stderr
    assert not (tmp_path / "out" / "trunkline_generated").exists()


def test_a_payload_spec_without_webhooks_fails_the_run(tmp_path: Path) -> None:
    text = PAYLOADS.replace("webhooks:\n  thing:", "x-unused:\n  thing:")
    done = _generate(_specs(tmp_path, text), tmp_path / "out")
    assert done.returncode == 1 and "no `webhooks`" in done.stderr


def test_the_committed_models_import_without_the_clients() -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; import trunkline_generated.webhooks.twilio as t; "
            "print(sorted(m for m in sys.modules if m.startswith('trunkline_generated.')))",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == str(
        [
            "trunkline_generated.webhooks",
            "trunkline_generated.webhooks._types",
            "trunkline_generated.webhooks.twilio",
        ]
    )
