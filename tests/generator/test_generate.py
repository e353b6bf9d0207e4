"""The generator: deterministic, strict, and writing what the overlay relies on."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GENERATE = ROOT / "generator" / "generate.py"
FIXTURE_SPECS = Path(__file__).parent / "fixtures" / "specs"


def run_generator(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(GENERATE), *map(str, args)],
        capture_output=True,
        text=True,
        check=False,
    )


def run_python(code: str, path: Path) -> str:
    env = {**os.environ, "PYTHONPATH": str(path)}
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("gen")
    result = run_generator("--specs", FIXTURE_SPECS, "--out", out)
    assert result.returncode == 0, result.stderr
    return out


def tree(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def test_generating_twice_gives_identical_bytes(generated: Path, tmp_path: Path) -> None:
    result = run_generator("--specs", FIXTURE_SPECS, "--out", tmp_path)
    assert result.returncode == 0, result.stderr
    assert tree(tmp_path) == tree(generated)


def test_check_passes_on_fresh_output(generated: Path) -> None:
    result = run_generator("--specs", FIXTURE_SPECS, "--out", generated, "--check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "matches" in result.stdout


@pytest.mark.parametrize("change", ["edited", "missing", "extra"])
def test_check_catches_a_changed_tree(generated: Path, tmp_path: Path, change: str) -> None:
    copy = tmp_path / "copy"
    result = run_generator("--specs", FIXTURE_SPECS, "--out", copy)
    assert result.returncode == 0
    target = copy / "trunkline_generated" / "acme_api" / "api" / "widgets" / "list_widget.py"
    if change == "edited":
        target.write_text(target.read_text() + "# hand edit\n")
    elif change == "missing":
        target.unlink()
    else:
        (target.parent / "stray.py").write_text("x = 1\n")
    result = run_generator("--specs", FIXTURE_SPECS, "--out", copy, "--check")
    assert result.returncode == 1
    expected = {"edited": "differs:", "missing": "missing:", "extra": "extra:"}[change]
    assert expected in result.stdout


def test_comparison_parameters_keep_their_wire_names(generated: Path) -> None:
    out = run_python(
        """
        import datetime, json
        from trunkline_generated.acme_api.api.widgets import list_widget
        kwargs = list_widget._get_kwargs(
            start_time=datetime.date(2020, 1, 1),
            start_time_before=datetime.date(2020, 1, 2),
            start_time_after=datetime.date(2020, 1, 3),
            date_sent_before=datetime.date(2020, 1, 4),
        )
        print(json.dumps({k: str(v) for k, v in kwargs["params"].items()}))
        """,
        generated,
    )
    assert json.loads(out) == {
        "StartTime": "2020-01-01",
        "StartTime<": "2020-01-02",
        "StartTime>": "2020-01-03",
        # The lone `DateSent<` must not silently become `date_sent`.
        "DateSent<": "2020-01-04",
    }


def test_body_fields_are_flattened_into_keyword_arguments(generated: Path) -> None:
    out = run_python(
        """
        import json
        from trunkline_generated.acme_api.api.widgets import create_widget, update_widget
        print(json.dumps([
            create_widget._get_kwargs(
                to="+1", from_="+2", status_callback_event=["a", "b"], ring_timeout=9, body="hi"
            ),
            update_widget._get_kwargs("W/1", status="completed"),
            [create_widget.RETRY, update_widget.RETRY],
        ]))
        """,
        generated,
    )
    create, update, retries = json.loads(out)
    assert create == {
        "method": "POST",
        "url": "/Widgets.json",
        "data": {
            "To": "+1",
            "From": "+2",
            "StatusCallbackEvent": ["a", "b"],
            "Timeout": 9,
            "Body": "hi",
        },
    }
    assert update == {
        "method": "POST",
        "url": "/Widgets/W%2F1.json",
        "json": {"Status": "completed"},
    }
    assert retries == ["create", "safe"]


def test_retry_extension_overrides_the_default(generated: Path) -> None:
    out = run_python(
        """
        from trunkline_generated.acme_api.api.widgets import delete_widget, fetch_widget
        print(delete_widget.RETRY, fetch_widget.RETRY)
        """,
        generated,
    )
    assert out.split() == ["create", "safe"]


def test_a_post_to_a_path_ending_in_a_non_id_parameter_is_a_create(generated: Path) -> None:
    # `/sms/{format}` is no instance path: sending there must never be retried blindly.
    out = run_python(
        """
        from trunkline_generated.acme_api.api.widgets import send_report
        print(send_report.RETRY, send_report._get_kwargs("json")["url"])
        """,
        generated,
    )
    assert out.split() == ["create", "/Reports/json"]


def test_records_convert_lazily_and_keep_what_they_do_not_know(generated: Path) -> None:
    out = run_python(
        """
        import json, sys
        from trunkline_generated.acme_api.api.widgets import list_widget
        raw = {"widgets": [{
            "sid": "W1", "status": "brand-new-status", "from": "+14155550100",
            "date_created": "Thu, 30 Jul 2015 20:00:00 +0000",
            "start_time": "2015-07-30T20:00:00Z", "price": "-0.02000",
            "num_segments": "2", "auth_token": "s3cret", "surprise": {"a": 1},
            "tags": ["queued", "later"], "owner": {"name": "x", "joined": "2020-02-03"},
        }]}
        page = list_widget._parse_response(raw)
        before = "decimal" in sys.modules
        w = page.widgets[0]
        try:
            w.sid = "other"
            writable = True
        except AttributeError:
            writable = False
        print(json.dumps({
            "decimal_loaded_before_read": before,
            "status": [w.status, type(w.status).__name__],
            "tags": [type(t).__name__ for t in w.tags],
            "from_": w.from_,
            "date_created": w.date_created.isoformat(),
            "start_time": w.start_time.isoformat(),
            "price": [str(w.price), type(w.price).__name__],
            "num_segments": w.num_segments,
            "owner_joined": w.owner.joined.isoformat(),
            "surprise": w.to_dict()["surprise"],
            "repr_has_secret": "s3cret" in repr(w),
            "writable": writable,
            "same_object": w.date_created is w.date_created,
        }))
        """,
        generated,
    )
    assert json.loads(out) == {
        "decimal_loaded_before_read": False,
        "status": ["brand-new-status", "str"],
        "tags": ["WidgetStatus", "str"],
        "from_": "+14155550100",
        "date_created": "2015-07-30T20:00:00+00:00",
        "start_time": "2015-07-30T20:00:00+00:00",
        "price": ["-0.02000", "Decimal"],
        "num_segments": 2,
        "owner_joined": "2020-02-03",
        "surprise": {"a": 1},
        "repr_has_secret": False,
        "writable": False,
        "same_object": True,
    }


def test_importing_a_package_loads_no_models_and_no_http(generated: Path) -> None:
    out = run_python(
        """
        import sys
        import trunkline_generated.acme_api as pkg
        from trunkline_generated.acme_api import models
        loaded = sorted(m for m in sys.modules if m.startswith("trunkline_generated"))
        heavy = [m for m in ("attrs", "attr", "httpx", "decimal", "logging") if m in sys.modules]
        print(loaded, heavy, pkg.SERVERS)
        models.Widget
        print("trunkline_generated.acme_api.models.widget" in sys.modules)
        """,
        generated,
    )
    first, second = out.splitlines()
    assert "trunkline_generated.acme_api.models.widget'" not in first
    assert "[] ('https://api.acme.test/v9',)" in first
    assert second == "True"


def test_a_generator_warning_fails_the_run_and_writes_nothing(tmp_path: Path) -> None:
    specs = tmp_path / "specs" / "bad"
    specs.mkdir(parents=True)
    # A path parameter that is not required is invalid: the pinned generator warns and
    # drops the endpoint. We must fail instead.
    (specs / "api.yaml").write_text(
        textwrap.dedent(
            """
            openapi: 3.1.0
            info: {title: Bad, version: "1"}
            servers: [{url: "https://bad.test"}]
            paths:
              /things/{id}:
                get:
                  operationId: GetThing
                  tags: [things]
                  parameters:
                    - {name: id, in: path, required: false, schema: {type: string}}
                  responses:
                    "204": {description: ok}
            """
        )
    )
    out = tmp_path / "out"
    result = run_generator("--specs", tmp_path / "specs", "--out", out)
    assert result.returncode == 1
    assert "GET /things/{id}" in result.stderr
    assert "Path parameter must be required" in result.stderr
    assert not (out / "trunkline_generated").exists()


@pytest.mark.parametrize("name", ["Timeout", "limit", "extra_headers"])
def test_an_input_named_like_a_per_call_option_fails_the_run(tmp_path: Path, name: str) -> None:
    specs = tmp_path / "specs" / "bad"
    specs.mkdir(parents=True)
    (specs / "api.yaml").write_text(
        textwrap.dedent(
            f"""
            openapi: 3.1.0
            info: {{title: Bad, version: "1"}}
            servers: [{{url: "https://bad.test"}}]
            paths:
              /things:
                get:
                  operationId: ListThing
                  tags: [things]
                  parameters:
                    - {{name: {name}, in: query, schema: {{type: integer}}}}
                  responses:
                    "204": {{description: ok}}
            """
        )
    )
    result = run_generator("--specs", tmp_path / "specs", "--out", tmp_path / "out")
    assert result.returncode == 1
    assert f"input {name!r}" in result.stderr
    assert "x-trunkline-python-name" in result.stderr


RECORD_SPEC = """
openapi: 3.1.0
info: {{title: Things, version: "1"}}
servers: [{{url: "https://things.test"}}]
paths:
  /things/{{Sid}}:
    get:
      operationId: FetchThing
      tags: [things]
      parameters:
        - {{name: Sid, in: path, required: true, schema: {{type: string}}}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {{$ref: '#/components/schemas/Thing'}}
components:
  schemas:
    Thing:
      type: object
      x-trunkline-record: {record}
      properties:
        sid: {{type: string}}
"""


def test_a_record_schema_names_the_overlays_subclass(tmp_path: Path) -> None:
    specs = tmp_path / "specs" / "acme"
    specs.mkdir(parents=True)
    (specs / "things.yaml").write_text(RECORD_SPEC.format(record="trunkline.acme._records:Thing"))
    out = tmp_path / "out"
    result = run_generator("--specs", tmp_path / "specs", "--out", out)
    assert result.returncode == 0, result.stderr
    package = out / "trunkline_generated" / "acme_things"
    records = run_python("import trunkline_generated.acme_things as p; print(p.RECORDS)", out)
    assert records.strip() == repr(
        {"trunkline_generated.acme_things.models.thing:Thing": "trunkline.acme._records:Thing"}
    )
    resource = (package / "resources" / "things.py").read_text()
    assert "    from trunkline.acme._records import Thing\n" in resource  # what `get` returns
    assert "-> Thing:" in resource
    endpoint = (package / "api" / "things" / "fetch_thing.py").read_text()
    assert "from ...models.thing import Thing\n" in endpoint  # parsing stays generated


def test_a_record_that_is_no_overlay_class_fails_the_run(tmp_path: Path) -> None:
    specs = tmp_path / "specs" / "acme"
    specs.mkdir(parents=True)
    (specs / "things.yaml").write_text(RECORD_SPEC.format(record="'os:system'"))
    result = run_generator("--specs", tmp_path / "specs", "--out", tmp_path / "out")
    assert result.returncode == 1
    assert "Thing: x-trunkline-record must be 'trunkline.<module>:<Class>'" in result.stderr
