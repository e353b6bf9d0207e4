"""generator/spec_compare.py: our specs against the providers' official ones."""

from __future__ import annotations

import importlib.util
import io
import shutil
import subprocess
import sys
import time
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC_COMPARE = ROOT / "generator" / "spec_compare.py"
FIXTURE = Path(__file__).resolve().parent / "fixtures" / "compare"

OURS = "specs/acme/api.yaml"
OFFICIAL = "reference/acme.yml"
CONFIG = "specs/compare.yaml"


def _load_tool() -> ModuleType:
    if str(SPEC_COMPARE.parent) not in sys.path:
        sys.path.insert(0, str(SPEC_COMPARE.parent))  # as when run as a script: naming beside it
    spec = importlib.util.spec_from_file_location("spec_compare", SPEC_COMPARE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


TOOL = _load_tool()


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str


def run_compare(repo: Path, *args: str) -> Result:
    """The tool's main() in this process (a subprocess per call would be ten times slower)."""
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = TOOL.main(["--repo", str(repo), *args])
    return Result(code, out.getvalue(), err.getvalue())


def edit(repo: Path, old: str, new: str, rel: str = OURS) -> None:
    path = repo / rel
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} must occur exactly once in {rel}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def add_to_config(repo: Path, text: str) -> None:
    path = repo / CONFIG
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def allow(repo: Path, *entries: str) -> None:
    """Allowances under the fixture's pairing; each entry is one inline YAML mapping."""
    add_to_config(repo, "    allow:\n" + "".join(f"      - {e}\n" for e in entries))


def findings(stdout: str) -> list[str]:
    return [line for line in stdout.splitlines() if line.startswith("- ")]


def section(stdout: str, operation: str) -> list[str]:
    """The bullets under one operation's heading."""
    lines = stdout.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"### {operation} "))
    out = []
    for line in lines[start + 1 :]:
        if line.startswith("#"):
            break
        if line.startswith("- "):
            out.append(line)
    return out


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A copy of the fixture: ours matches the official spec, so it starts clean."""
    root = tmp_path / "repo"
    shutil.copytree(FIXTURE, root)
    return root


def test_matching_specs_are_clean(repo: Path) -> None:
    # The fixture already differs in form only: 3.0 `nullable` vs 3.1 `type: [x, "null"]`,
    # part of the path in the official server URL, `allOf` and file `$ref`s flattened, and
    # formats ours adds (`int64`, `decimal`) on strings the official leaves plain.
    official = (repo / OFFICIAL).read_text(encoding="utf-8")
    ours = (repo / OURS).read_text(encoding="utf-8")
    assert "url: https://api.acme.test/v1/widgets" in official
    assert "nullable: true" in official and "nullable" not in ours
    assert "allOf" in official and "common/shared.yml#" in official
    assert "count: {type: string}" in official
    assert "count: {type: string, format: int64}" in ours
    result = run_compare(repo)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "4 official operations in scope, 4 in ours; 0 findings" in result.stdout
    assert findings(result.stdout) == []
    assert result.stderr == ""


def test_missing_operation_is_reported(repo: Path) -> None:
    edit(repo, "    delete:\n      operationId: DeleteWidget\n", "    x-deleted:\n")
    result = run_compare(repo)
    assert result.returncode == 1
    assert "### Operations missing from ours (1)" in result.stdout
    assert findings(result.stdout) == ["- `deleteWidget` `DELETE /v1/widgets/{uuid}` is missing"]


def test_vonage_style_server_paths_match_either_way(repo: Path) -> None:
    # Ours may keep the official server with its path part too.
    edit(repo, "  - url: https://api.acme.test\n", "  - url: https://api.acme.test/v1/\n")
    edit(repo, "  /v1/widgets:\n", "  /widgets:\n")
    edit(repo, "  /v1/widgets/{uuid}:\n", "  /widgets/{uuid}:\n")
    assert run_compare(repo).returncode == 0
    # A different full path is a different operation.
    edit(repo, "  /widgets/{uuid}:\n", "  /gadgets/{uuid}:\n")
    result = run_compare(repo)
    assert result.returncode == 1
    assert "`getWidget` `GET /v1/widgets/{uuid}` is missing" in result.stdout
    assert "`deleteWidget` `DELETE /v1/widgets/{uuid}` is missing" in result.stdout


def test_operation_level_servers_count(repo: Path) -> None:
    edit(
        repo,
        "      operationId: DeleteWidget\n",
        "      operationId: DeleteWidget\n      servers: [{url: 'https://api.acme.test/v2'}]\n",
    )
    result = run_compare(repo)
    assert "`deleteWidget` `DELETE /v1/widgets/{uuid}` is missing" in result.stdout


def test_another_host_is_a_server_finding(repo: Path) -> None:
    edit(repo, "  - url: https://api.acme.test\n", "  - url: https://rest.acme.test\n")
    result = run_compare(repo)
    assert result.returncode == 1
    assert (
        "- served from `api.acme.test` in the official spec, from `rest.acme.test` in ours"
        in section(result.stdout, "getWidget")
    )


def test_path_parameter_case_needs_an_allowance(repo: Path) -> None:
    edit(repo, "  /v1/widgets/{uuid}:\n", "  /v1/widgets/{UUID}:\n")
    edit(repo, "      - {name: uuid, in: path,", "      - {name: UUID, in: path,")
    result = run_compare(repo)
    assert result.returncode == 1
    assert section(result.stdout, "getWidget") == [
        "- path parameter names differ in case: official `/v1/widgets/{uuid}`, "
        "ours `/v1/widgets/{UUID}`"
    ]  # and the parameter itself is not reported missing
    allow(
        repo,
        "{kind: path-case, operation: getWidget, reason: Test.}",
        "{kind: path-case, operation: deleteWidget, reason: Test.}",
    )
    assert run_compare(repo).returncode == 0


def test_other_path_parameter_names_do_not_match(repo: Path) -> None:
    edit(repo, "  /v1/widgets/{uuid}:\n", "  /v1/widgets/{widget_id}:\n")
    result = run_compare(repo)
    assert (
        "- `getWidget` `GET /v1/widgets/{uuid}` is missing (ours has "
        "`GET /v1/widgets/{widget_id}`: path parameter names differ)" in findings(result.stdout)
    )


def test_missing_parameter_and_body_field(repo: Path) -> None:
    edit(
        repo,
        "        - {name: date_start, in: query, schema: {type: string, format: date-time}}\n",
        "",
    )
    edit(repo, "                callback: {type: string, format: uri}\n", "")
    result = run_compare(repo)
    assert result.returncode == 1
    assert section(result.stdout, "listWidgets") == [
        "- query parameter `date_start`: missing (string (date-time))"
    ]
    assert section(result.stdout, "createWidget") == [
        "- body field `callback`: missing (string (uri))"
    ]


def test_body_in_another_media_type_still_compares(repo: Path) -> None:
    edit(repo, "          application/x-www-form-urlencoded:\n", "          application/json:\n")
    assert run_compare(repo).returncode == 0


def test_different_types(repo: Path) -> None:
    edit(repo, 'size: {type: [integer, "null"]}', 'size: {type: [string, "null"]}')
    edit(
        repo,
        "{name: page_size, in: query, schema: {type: integer,",
        "{name: page_size, in: query, schema: {type: number,",
    )
    result = run_compare(repo)
    assert result.returncode == 1
    listing = section(result.stdout, "listWidgets")
    assert (
        "- query parameter `page_size`: type `integer` in the official spec, `number` in ours"
        in listing
    )
    # Through the list's items, and in the single record.
    assert (
        "- response field `widgets[].size`: type `integer` in the official spec, "
        "`string` in ours" in listing
    )
    assert (
        "- response field `size`: type `integer` in the official spec, `string` in ours"
        in section(result.stdout, "getWidget")
    )


def test_nullable_forms_are_the_same_type(repo: Path) -> None:
    # 3.1 `anyOf` with null and a `type` list are both the official 3.0 `nullable: true`.
    edit(repo, 'to: {type: [string, "null"]}', "to: {anyOf: [{type: string}, {type: 'null'}]}")
    edit(repo, 'size: {type: [integer, "null"]}', "size: {type: integer}")
    assert run_compare(repo).returncode == 0
    # ... but null does not hide another type.
    edit(
        repo,
        "to: {anyOf: [{type: string}, {type: 'null'}]}",
        "to: {anyOf: [{type: integer}, {type: 'null'}]}",
    )
    result = run_compare(repo)
    assert "- response field `to`: type `string` in the official spec, `integer` in ours" in (
        section(result.stdout, "getWidget")
    )


def test_required_differences(repo: Path) -> None:
    edit(repo, "              required: [to, kind]\n", "              required: [to, count]\n")
    result = run_compare(repo)
    assert result.returncode == 1
    assert section(result.stdout, "createWidget") == [
        "- body field `count`: optional in the official spec, required in ours",
        "- body field `kind`: required in the official spec, optional in ours",
    ]


def test_missing_enum_values(repo: Path) -> None:
    edit(repo, "      enum: [small, large, huge]\n", "      enum: [small, large]\n")
    edit(repo, "items: {type: string, enum: [red, blue]}", "items: {type: string, enum: [red]}")
    result = run_compare(repo)
    assert result.returncode == 1
    assert section(result.stdout, "createWidget") == [
        "- body field `kind`: ours lacks enum value(s) `huge`",
        "- body field `tags[]`: ours lacks enum value(s) `blue`",
    ]


def test_an_unrestricted_input_or_extra_enum_value_is_fine(repo: Path) -> None:
    edit(repo, "      enum: [small, large, huge]\n", "      enum: [small, large, huge, giant]\n")
    edit(repo, "items: {type: string, enum: [red, blue]}", "items: {type: string}")
    assert run_compare(repo).returncode == 0


def test_formats_dropped_or_changed(repo: Path) -> None:
    edit(
        repo,
        "                callback: {type: string, format: uri}\n",
        "                callback: {type: string}\n",
    )
    edit(
        repo,
        "{name: date_start, in: query, schema: {type: string, format: date-time}}",
        "{name: date_start, in: query, schema: {type: string, format: date}}",
    )
    result = run_compare(repo)
    assert result.returncode == 1
    assert section(result.stdout, "createWidget") == [
        "- body field `callback`: format `uri` dropped"
    ]
    assert section(result.stdout, "listWidgets") == [
        "- query parameter `date_start`: format `date-time` in the official spec, `date` in ours"
    ]


def test_missing_response_fields_nested_and_in_list_items(repo: Path) -> None:
    edit(repo, "            uri: {type: string, format: uri}\n", "")
    result = run_compare(repo)
    assert result.returncode == 1
    assert section(result.stdout, "getWidget") == [
        "- response field `owner.uri`: missing (string (uri))"
    ]
    assert section(result.stdout, "listWidgets") == [
        "- response field `widgets[].owner.uri`: missing (string (uri))"
    ]


def test_refs_into_other_files_and_all_of_are_followed(repo: Path) -> None:
    # `date_created` and `links.self` exist only in common/shared.yml, reached through
    # `allOf` and a file `$ref` (and, for `Links`, a local `$ref` inside that file).
    edit(repo, '        date_created: {type: [string, "null"], format: date-time-rfc-2822}\n', "")
    edit(
        repo,
        "            self: {type: string, format: uri}\n",
        "            self: {type: string}\n",
    )
    result = run_compare(repo)
    assert result.returncode == 1
    assert section(result.stdout, "getWidget") == [
        "- response field `date_created`: missing (string (date-time-rfc-2822))",
        "- response field `links.self`: format `uri` dropped",
    ]


def test_one_of_alternatives_are_merged(repo: Path) -> None:
    # A record that is one of two shapes has the fields of both; a field both declare
    # differently has both types (as Vonage's advanced Number Insight `roaming`).
    edit(
        repo,
        '      operationId: getWidget\n      responses:\n        "200":\n'
        "          description: The widget.\n          content:\n"
        "            application/json:\n"
        "              schema: {$ref: '#/components/schemas/Widget'}\n",
        '      operationId: getWidget\n      responses:\n        "200":\n'
        "          description: The widget.\n          content:\n"
        "            application/json:\n"
        "              schema:\n                oneOf:\n"
        "                  - $ref: '#/components/schemas/Widget'\n"
        "                  - type: object\n"
        "                    properties: {size: {type: string}, gone: {type: boolean}}\n",
        rel=OFFICIAL,
    )
    result = run_compare(repo)
    assert section(result.stdout, "getWidget") == [
        "- response field `gone`: missing (boolean)",
        "- response field `size`: type `integer | string` in the official spec, `integer` in ours",
    ]
    # Request bodies: a field is required when every alternative requires it.
    edit(
        repo,
        "              type: object\n              required: [to, kind]\n",
        "              oneOf:\n                - {required: [to]}\n"
        "                - {required: [to, kind]}\n"
        "              type: object\n",
        rel=OFFICIAL,
    )
    result = run_compare(repo)
    assert section(result.stdout, "createWidget") == [
        "- body field `kind`: optional in the official spec, required in ours"
    ]


def test_no_json_success_response(repo: Path) -> None:
    get_widget = (
        "      operationId: GetWidget\n      responses:\n"
        '        "200":\n          description: The widget.\n'
        "          content:\n            application/json:\n"
    )
    edit(repo, get_widget, get_widget.replace("application/json", "text/plain"))
    result = run_compare(repo)
    assert section(result.stdout, "getWidget") == [
        "- official success response `200` is JSON; ours has no JSON success response"
    ]


def test_an_allowance_silences_exactly_its_finding(repo: Path) -> None:
    edit(
        repo,
        "        - {name: date_start, in: query, schema: {type: string, format: date-time}}\n",
        "",
    )
    edit(
        repo,
        "        - {name: status, in: query, schema: {$ref:",
        "        - {name: status2, in: query, schema: {$ref:",
    )
    allow(
        repo,
        "{kind: parameter, operation: listWidgets, in: query, name: date_start, reason: Not sent.}",
    )
    result = run_compare(repo)
    assert result.returncode == 1
    assert findings(result.stdout) == ["- query parameter `status`: missing (string)"]
    assert "1 finding, 1 allowed, 0 stale" in result.stdout
    shown = run_compare(repo, "--show-allowed")
    assert "- query parameter `date_start`: missing (string (date-time)) (allowed: Not sent.)" in (
        shown.stdout
    )


def test_allowances_of_another_kind_operation_or_location_do_not_match(repo: Path) -> None:
    edit(
        repo,
        "        - {name: date_start, in: query, schema: {type: string, format: date-time}}\n",
        "",
    )
    allow(
        repo,
        "{kind: type, operation: listWidgets, name: date_start, reason: Wrong kind.}",
        "{kind: parameter, operation: getWidget, name: date_start, reason: Wrong operation.}",
        "{kind: parameter, operation: listWidgets, in: body, name: date_start, reason: Wrong in.}",
    )
    result = run_compare(repo)
    assert result.returncode == 1
    assert "- query parameter `date_start`: missing (string (date-time))" in result.stdout
    assert "### Stale allowances (3)" in result.stdout


def test_a_wildcard_allowance_covers_every_operation(repo: Path) -> None:
    edit(
        repo,
        '        date_created: {type: [string, "null"], format: date-time-rfc-2822}\n',
        '        date_created: {type: [string, "null"]}\n',
    )
    result = run_compare(repo)
    assert len(findings(result.stdout)) == 3  # getWidget, createWidget, listWidgets' items
    allow(repo, "{kind: format, operation: '*', format: date-time-rfc-2822, reason: Test.}")
    result = run_compare(repo)
    assert result.returncode == 0, result.stdout
    assert "0 findings, 3 allowed" in result.stdout


def test_a_list_of_names_must_all_match(repo: Path) -> None:
    edit(repo, "            uri: {type: string, format: uri}\n", "")
    allow(
        repo,
        "{kind: field, operation: '*', in: response, name: [owner.uri, 'widgets[].owner.uri'],"
        " reason: Test.}",
    )
    result = run_compare(repo)
    assert result.returncode == 0, result.stdout
    assert "0 findings, 3 allowed, 0 stale" in result.stdout  # get, create, list items
    # A name of the list that matches nothing makes the allowance stale.
    edit(repo, "name: [owner.uri,", "name: [owner.uri, owner.url,", rel=CONFIG)
    result = run_compare(repo)
    assert result.returncode == 1
    assert "`owner.url` match(es) nothing" in result.stdout


def test_top_level_allowances_apply_to_every_pairing(repo: Path) -> None:
    edit(
        repo,
        '        date_created: {type: [string, "null"], format: date-time-rfc-2822}\n',
        '        date_created: {type: [string, "null"]}\n',
    )
    edit(
        repo,
        "pairings:\n",
        "allow:\n  - {kind: format, operation: '*', format: date-time-rfc-2822, reason: Test.}\n"
        "  - {kind: field, operation: '*', name: nothing, reason: Stale.}\npairings:\n",
        rel=CONFIG,
    )
    result = run_compare(repo)
    assert result.returncode == 1  # the second one is stale
    assert "## specs/compare.yaml: stale allowances (1)" in result.stdout
    assert "allow[1] (kind: field, operation: *, name: nothing) matches nothing" in result.stdout
    assert "3 allowed" in result.stdout
    # With --spec not every pairing is compared, so top-level allowances are not judged.
    assert run_compare(repo, "--spec", OURS).returncode == 0


def test_a_stale_allowance_fails(repo: Path) -> None:
    allow(repo, "{kind: field, operation: getWidget, in: response, name: colour, reason: Old.}")
    result = run_compare(repo)
    assert result.returncode == 1
    assert "### Stale allowances (1)" in result.stdout
    assert (
        "- specs/compare.yaml: specs/acme/api.yaml: allow[0] (kind: field, operation: getWidget, "
        "in: response, name: colour) matches nothing" in result.stdout
    )
    assert "1 stale allowance." in result.stdout


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ("{kind: parameter, operation: listWidgets, name: x}", "non-empty `reason`"),
        ("{kind: parameter, operation: listWidgets, name: x, reason: '  '}", "non-empty `reason`"),
        ("{kind: parameter, operation: nope, name: x, reason: R.}", "no operation 'nope'"),
        ("{kind: parameters, operation: listWidgets, name: x, reason: R.}", "`kind` must be"),
        ("{kind: parameter, operation: listWidgets, reason: R.}", "names the `name`"),
        ("{kind: parameter, name: x, reason: R.}", "names its `operation`"),
        ("{kind: operation, operation: '*', reason: R.}", "needs a `name` or a `format`"),
        ("{kind: field, operation: getWidget, name: x, in: body2, reason: R.}", "`in` must be"),
        ("{kind: field, operation: getWidget, name: x, colour: red, reason: R.}", "unknown key"),
        ("{kind: field, operation: getWidget, name: [], reason: R.}", "`name` must be"),
        ("{kind: type, operation: getWidget, name: x, format: uri, reason: R.}", "only narrows"),
    ],
)
def test_bad_allowances_are_configuration_errors(repo: Path, entry: str, message: str) -> None:
    allow(repo, entry)
    result = run_compare(repo)
    assert result.returncode == 2, result.stdout
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "official: reference/acme.yml",
            "official: reference/nope.yml",
            "unknown official reference",
        ),
        (
            "exclude-paths: ['/v1/widgets/{uuid}/secret']",
            "exclude-paths: ['/v1/nothing']",
            "matches no official operation",
        ),
        (
            "exclude-paths: ['/v1/widgets/{uuid}/secret']",
            "exclude-operations: [getWidgetz]",
            "no operation 'getWidgetz'",
        ),
        ("exclude-paths: ['/v1/widgets/{uuid}/secret']", "exclude-paths: ['(']", "bad regex"),
        ("pairings:", "pairings: [\n", "cannot parse specs/compare.yaml"),
    ],
)
def test_bad_configuration_exits_2(repo: Path, old: str, new: str, message: str) -> None:
    edit(repo, old, new, rel=CONFIG)
    result = run_compare(repo)
    assert result.returncode == 2, result.stdout
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_yaml_in_our_spec_exits_2(repo: Path) -> None:
    edit(repo, "openapi: 3.1.0\n", "openapi: [3.1.0\n")
    result = run_compare(repo)
    assert result.returncode == 2
    assert "cannot parse specs/acme/api.yaml" in result.stderr


def test_scope_selects_official_operations(repo: Path) -> None:
    edit(repo, "      exclude-paths: ['/v1/widgets/{uuid}/secret']\n", "", rel=CONFIG)
    edit(repo, "    scope:\n", "", rel=CONFIG)
    result = run_compare(repo)
    assert result.returncode == 1
    assert findings(result.stdout) == [
        "- `getWidgetSecret` `GET /v1/widgets/{uuid}/secret` is missing"
    ]
    # Only these, by id and by path regex (after the literal prefix).
    add_to_config(
        repo,
        "    scope:\n      prefix: /v1/widgets\n      paths: ['/{uuid}']\n"
        "      operations: [listWidgets]\n",
    )
    result = run_compare(repo)
    assert result.returncode == 0, result.stdout
    assert "3 official operations in scope, 3 in ours" in result.stdout


def test_a_missing_spec_of_ours_is_a_finding_not_a_crash(repo: Path) -> None:
    (repo / OURS).unlink()
    result = run_compare(repo)
    assert result.returncode == 1
    assert "- specs/acme/api.yaml does not exist (yet): 4 official operations in scope" in (
        result.stdout
    )
    assert "1 spec file(s) of ours missing" in result.stdout
    assert "Traceback" not in result.stderr


def test_spec_option_limits_the_run(repo: Path) -> None:
    add_to_config(repo, "  - ours: specs/acme/other.yaml\n    official: reference/acme.yml\n")
    everything = run_compare(repo)
    assert everything.returncode == 1
    assert "## specs/acme/other.yaml" in everything.stdout
    one = run_compare(repo, "--spec", OURS)
    assert one.returncode == 0, one.stdout
    assert "## specs/acme/other.yaml" not in one.stdout
    assert "## specs/acme/api.yaml" in one.stdout
    also = run_compare(repo, "--spec", f"./{OURS}")
    assert also.stdout == one.stdout
    unknown = run_compare(repo, "--spec", "specs/acme/unknown.yaml")
    assert unknown.returncode == 2
    assert "not paired" in unknown.stderr


def test_output_is_deterministic(repo: Path) -> None:
    edit(repo, "            uri: {type: string, format: uri}\n", "")
    edit(repo, 'size: {type: [integer, "null"]}', "size: {type: string}")
    first, second = run_compare(repo), run_compare(repo)
    assert first.stdout == second.stdout
    assert first.stdout.index("### listWidgets") < first.stdout.index("### getWidget")


def test_the_repository_configuration_is_valid_and_fast() -> None:
    # As `make spec-compare` runs it: the script, from the repository root.
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, str(SPEC_COMPARE)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    elapsed = time.monotonic() - started
    # The specs are still being written: findings (1) are expected, configuration errors not.
    assert result.returncode in (0, 1), result.stderr
    assert "Summary:" in result.stdout
    assert elapsed < 10, f"spec-compare took {elapsed:.1f} s"
