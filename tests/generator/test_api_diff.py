"""generator/api_diff.py: Markdown of the API changes between a git ref and the working tree."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

API_DIFF = Path(__file__).resolve().parents[2] / "generator" / "api_diff.py"

BASE_SPEC = """\
openapi: 3.1.0
info: {title: Acme, version: "1.0"}
paths:
  /Widgets.json:
    get:
      operationId: ListWidget
      parameters:
        - $ref: '#/components/parameters/PageSize'
        - {name: Status, in: query, schema: {$ref: '#/components/schemas/WidgetStatus'}}
      responses:
        "200":
          description: A page of widgets.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/WidgetPage'}
    post:
      operationId: CreateWidget
      requestBody:
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              required: [To]
              properties:
                To: {type: string}
                Label: {type: string}
      responses:
        "201":
          description: Created.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Widget'}
  /Widgets/{Sid}.json:
    parameters:
      - {name: Sid, in: path, required: true, schema: {type: string}}
    delete:
      operationId: DeleteWidget
      x-trunkline-retry: create
      responses:
        "204": {description: Deleted.}
components:
  parameters:
    PageSize: {name: PageSize, in: query, schema: {type: integer}}
  schemas:
    WidgetStatus:
      type: string
      enum: [queued, ringing, completed]
    Widget:
      type: object
      properties:
        sid: {type: string}
        status:
          anyOf: [{$ref: '#/components/schemas/WidgetStatus'}, {type: "null"}]
        price: {type: [string, "null"], format: decimal}
        count: {type: [integer, "null"]}
        from: {type: string}
    WidgetPage:
      type: object
      properties:
        widgets:
          type: array
          items: {$ref: '#/components/schemas/Widget'}
        page: {type: integer}
"""

SPEC_PATH = "specs/acme/api.yaml"


def git(repo: Path, *args: str) -> str:
    result = subprocess.run(
        ["git", "-c", "user.email=test@example.com", "-c", "user.name=Test", *args],
        cwd=repo,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


def run_diff(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # Never let git find a repository above the test's temporary folder.
    env = {**os.environ, "GIT_CEILING_DIRECTORIES": str(repo.parent)}
    return subprocess.run(
        [sys.executable, str(API_DIFF), *args],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def write(repo: Path, rel: str, text: str) -> None:
    path = repo / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def edit(repo: Path, old: str, new: str, rel: str = SPEC_PATH) -> None:
    path = repo / rel
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} must occur exactly once"
    path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A git repository whose one commit (branch `main`) holds BASE_SPEC."""
    root = tmp_path / "repo"
    root.mkdir()
    git(root, "init", "--quiet", "--initial-branch=main")
    write(root, SPEC_PATH, BASE_SPEC)
    write(root, "README.md", "not a spec\n")
    git(root, "add", "-A")
    git(root, "commit", "--quiet", "--no-gpg-sign", "-m", "base")
    return root


def breaking_section(markdown: str) -> str:
    """The text of the "Breaking changes" section, or "" if there is none."""
    lines = markdown.splitlines()
    starts = [i for i, line in enumerate(lines) if line.startswith("### ⚠️ Breaking changes")]
    if not starts:
        return ""
    body: list[str] = []
    for line in lines[starts[0] + 1 :]:
        if line.startswith("### "):
            break
        body.append(line)
    return "\n".join(body)


def line_with(markdown: str, *needles: str) -> str:
    """The first bullet of the per-file sections containing every needle."""
    lines = markdown.splitlines()
    first_file_section = next(
        i for i, line in enumerate(lines) if line.startswith("### `")
    )  # skips the breaking section
    for line in lines[first_file_section:]:
        if line.startswith("- ") and all(n in line for n in needles):
            return line
    raise AssertionError(f"no line with {needles!r} in:\n{markdown}")


def test_identical_specs_say_no_api_changes(repo: Path) -> None:
    result = run_diff(repo, "--base", "main")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "No API changes."
    assert result.stderr == ""


def test_non_spec_changes_are_ignored(repo: Path) -> None:
    write(repo, "README.md", "changed\n")
    # Comments and key order do not matter either.
    edit(repo, "openapi: 3.1.0\n", "# a comment\nopenapi: 3.1.0\n")
    result = run_diff(repo, "--base", "main", "--fail-on-breaking")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "No API changes."


def test_added_operation_is_listed_and_not_breaking(repo: Path) -> None:
    gadgets = """\
  /Gadgets.json:
    get:
      operationId: ListGadget
      responses:
        "200": {description: OK.}
"""
    edit(repo, "components:\n", gadgets + "components:\n")
    result = run_diff(repo, "--base", "main")
    assert result.returncode == 0, result.stderr
    line = line_with(result.stdout, "ListGadget")
    assert "added" in line
    assert "GET /Gadgets.json" in line
    assert "breaking" not in line
    assert "Breaking changes" not in result.stdout
    assert "`acme/api.yaml`" in result.stdout


def test_removed_field_is_breaking(repo: Path) -> None:
    edit(repo, "        from: {type: string}\n", "")
    result = run_diff(repo, "--base", "main")
    assert result.returncode == 0, result.stderr
    line = line_with(result.stdout, "Widget", "`from`", "removed")
    assert "⚠️ **breaking**" in line
    section = breaking_section(result.stdout)
    assert "`from`" in section
    assert "### ⚠️ Breaking changes (1)" in result.stdout
    # The breaking section comes before the per-file details.
    assert result.stdout.index("Breaking changes") < result.stdout.index("### `acme/api.yaml`")


def test_new_required_parameter_is_breaking(repo: Path) -> None:
    edit(
        repo,
        "        - $ref: '#/components/parameters/PageSize'\n",
        "        - $ref: '#/components/parameters/PageSize'\n"
        "        - {name: AccountSid, in: query, required: true, schema: {type: string}}\n"
        "        - {name: Mood, in: query, schema: {type: string}}\n",
    )
    result = run_diff(repo, "--base", "main")
    assert result.returncode == 0, result.stderr
    required = line_with(result.stdout, "AccountSid")
    assert "required parameter" in required
    assert "⚠️ **breaking**" in required
    optional = line_with(result.stdout, "Mood")
    assert "added" in optional
    assert "breaking" not in optional
    section = breaking_section(result.stdout)
    assert "AccountSid" in section
    assert "Mood" not in section


def test_enum_value_added_is_not_breaking_but_removed_is(repo: Path) -> None:
    edit(repo, "enum: [queued, ringing, completed]", "enum: [queued, completed, failed]")
    result = run_diff(repo, "--base", "main")
    assert result.returncode == 0, result.stderr
    added = line_with(result.stdout, "WidgetStatus", "added", "`failed`")
    assert "breaking" not in added
    removed = line_with(result.stdout, "WidgetStatus", "removed", "`ringing`")
    assert "⚠️ **breaking**" in removed
    # Reported once, on the schema, not again on each user of it.
    assert result.stdout.count("`failed`") == 1


def test_only_enum_value_added_means_no_breaking_changes(repo: Path) -> None:
    edit(repo, "enum: [queued, ringing, completed]", "enum: [queued, ringing, completed, failed]")
    result = run_diff(repo, "--base", "main", "--fail-on-breaking")
    assert result.returncode == 0, result.stderr
    assert "Breaking changes" not in result.stdout
    assert "0 breaking" in result.stdout


def test_parameter_ref_type_change_and_retry_change(repo: Path) -> None:
    edit(repo, "schema: {type: integer}}", "schema: {type: string}}")
    edit(repo, "x-trunkline-retry: create", "x-trunkline-retry: safe\n      deprecated: true")
    result = run_diff(repo, "--base", "main")
    page_size = line_with(result.stdout, "PageSize", "type")
    assert "`integer` → `string`" in page_size
    assert "⚠️ **breaking**" in page_size
    retry = line_with(result.stdout, "DeleteWidget", "x-trunkline-retry")
    assert "`create` → `safe`" in retry
    assert "breaking" not in retry
    assert "breaking" not in line_with(result.stdout, "DeleteWidget", "deprecated")


def test_nullability_in_responses(repo: Path) -> None:
    edit(repo, "sid: {type: string}", "sid: {type: [string, 'null']}")
    edit(repo, 'count: {type: [integer, "null"]}', "count: {type: integer}")
    result = run_diff(repo, "--base", "main")
    assert "⚠️ **breaking**" in line_with(result.stdout, "`sid`", "nullable")
    assert "breaking" not in line_with(result.stdout, "`count`", "nullable")


def test_request_body_required_field_and_path_change(repo: Path) -> None:
    edit(repo, "required: [To]", "required: [To, From]")
    edit(repo, "                Label: {type: string}\n", "                From: {type: string}\n")
    result = run_diff(repo, "--base", "main")
    assert "⚠️ **breaking**" in line_with(result.stdout, "CreateWidget", "`From`", "added")
    assert "⚠️ **breaking**" in line_with(result.stdout, "CreateWidget", "`Label`", "removed")


def test_spec_files_added_and_removed(repo: Path) -> None:
    write(
        repo,
        "specs/other/calls.yaml",
        "openapi: 3.1.0\npaths:\n  /Calls.json:\n    get:\n      operationId: ListCall\n"
        "      responses: {'200': {description: OK.}}\n",
    )
    write(
        repo,
        "specs/payloads/events.yaml",
        "openapi: 3.1.0\ninfo: {title: Events, version: '1'}\ncomponents:\n  schemas:\n"
        "    Ping: {type: object}\n    Pong: {type: object}\n",
    )
    (repo / SPEC_PATH).unlink()
    result = run_diff(repo, "--base", "main", "--fail-on-breaking")
    assert result.returncode == 1, result.stderr
    assert "⚠️ **breaking**" in line_with(result.stdout, "Spec file removed")
    assert "breaking" not in line_with(result.stdout, "Spec file added")
    assert "Spec file added (1 operation, 0 schemas)" in result.stdout
    assert "Spec file added (0 operations, 2 schemas)" in result.stdout  # a payload-only spec
    assert "ListCall" in result.stdout
    # Spec files are listed in sorted order.
    assert result.stdout.index("### `acme/api.yaml`") < result.stdout.index(
        "### `other/calls.yaml`"
    )


def test_fail_on_breaking_exits_1(repo: Path) -> None:
    edit(repo, "        from: {type: string}\n", "")
    without_flag = run_diff(repo, "--base", "main")
    assert without_flag.returncode == 0, without_flag.stderr
    with_flag = run_diff(repo, "--base", "main", "--fail-on-breaking")
    assert with_flag.returncode == 1, with_flag.stderr
    assert with_flag.stdout == without_flag.stdout


def test_output_is_deterministic(repo: Path) -> None:
    edit(repo, "        from: {type: string}\n", "        to: {type: string}\n")
    edit(repo, "enum: [queued, ringing, completed]", "enum: [queued, b, a, completed]")
    first = run_diff(repo, "--base", "main")
    second = run_diff(repo, "--base", "main")
    assert first.stdout == second.stdout
    assert "enum values added: `a`, `b`" in first.stdout
    assert first.stdout.index("`from`") < first.stdout.index("`to`")


def test_bad_ref_exits_2_without_traceback(repo: Path) -> None:
    result = run_diff(repo, "--base", "no-such-branch")
    assert result.returncode == 2
    assert "no-such-branch" in result.stderr
    assert "not a valid git ref" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_repo_and_specs_options_work_from_elsewhere(repo: Path, tmp_path: Path) -> None:
    edit(repo, "        from: {type: string}\n", "")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = run_diff(elsewhere, "--repo", str(repo), "--specs", "specs", "--base", "HEAD")
    assert result.returncode == 0, result.stderr
    assert "`from`" in result.stdout


def test_outside_a_repository_exits_2(tmp_path: Path) -> None:
    result = run_diff(tmp_path, "--repo", str(tmp_path), "--base", "main")
    assert result.returncode == 2
    assert "not inside a git repository" in result.stderr
    assert "Traceback" not in result.stderr


def test_response_schema_change_is_breaking(repo: Path) -> None:
    edit(repo, "schema: {$ref: '#/components/schemas/WidgetPage'}", "schema: {type: string}")
    result = run_diff(repo, "--base", "main")
    line = line_with(result.stdout, "ListWidget", "response `200`")
    assert "`WidgetPage` → `string`" in line
    assert "⚠️ **breaking**" in line


def test_ref_siblings_and_anyof_null_forms(repo: Path) -> None:
    # A 3.1 `$ref` with siblings is the same type; `anyOf: [{$ref}, {type: 'null'}]` and
    # `type: [x, "null"]` are both nullable forms.
    edit(
        repo,
        "          anyOf: [{$ref: '#/components/schemas/WidgetStatus'}, {type: \"null\"}]",
        "          $ref: '#/components/schemas/WidgetStatus'\n          description: The status.",
    )
    edit(
        repo,
        'price: {type: [string, "null"], format: decimal}',
        "price: {anyOf: [{type: string, format: decimal}, {type: 'null'}]}",
    )
    result = run_diff(repo, "--base", "main")
    assert result.returncode == 0, result.stderr
    status = line_with(result.stdout, "`status`")
    assert "no longer nullable" in status
    assert "type" not in status.replace("Schema `Widget`", "")
    assert "`price`" not in result.stdout
    assert "Breaking changes" not in result.stdout


def test_nested_inline_fields(repo: Path) -> None:
    nested = (
        "        meta:\n"
        "          type: object\n"
        "          properties:\n"
        "            key: {type: string}\n"
        "            hits: {type: integer}\n"
    )
    edit(repo, "        page: {type: integer}\n", "        page: {type: integer}\n" + nested)
    git(repo, "commit", "--quiet", "--no-gpg-sign", "-am", "meta")
    # A nested field's change is reported by its dotted name.
    edit(repo, "            hits: {type: integer}\n", "            hits: {type: string}\n")
    result = run_diff(repo, "--base", "HEAD")
    assert "⚠️ **breaking**" in line_with(result.stdout, "`meta.hits`", "type")
    # Removing the whole object is one change, not one per nested field.
    edit(repo, nested.replace("integer", "string"), "")
    result = run_diff(repo, "--base", "HEAD")
    assert "`meta`" in line_with(result.stdout, "removed")
    assert "meta." not in result.stdout
    # Against the first commit the object was never there: nothing at all to report.
    assert run_diff(repo, "--base", "HEAD~1").stdout.strip() == "No API changes."


def test_a_changed_python_name_is_breaking(repo: Path) -> None:
    edit(
        repo,
        "                Label: {type: string}\n",
        "                Label: {type: string, x-trunkline-python-name: caption}\n",
    )
    edit(
        repo,
        "{name: Status, in: query, schema:",
        "{name: Status, in: query, x-trunkline-python-name: state, schema:",
    )
    result = run_diff(repo, "--base", "main")
    assert result.returncode == 0, result.stderr
    field = line_with(result.stdout, "CreateWidget", "`Label`")
    assert "Python name `(default)` → `caption`" in field
    assert "⚠️ **breaking**" in field
    param = line_with(result.stdout, "ListWidget", "`Status`")
    assert "Python name `(default)` → `state`" in param
    assert "⚠️ **breaking**" in param


def test_a_renamed_method_or_resource_is_breaking(repo: Path) -> None:
    # Moving ListWidget to another resource renames the method every caller uses.
    edit(repo, "      operationId: ListWidget\n", "      operationId: ListWidget\n"
         "      x-trunkline-resource: gadgets\n")  # fmt: skip
    result = run_diff(repo, "--base", "main")
    assert result.returncode == 0, result.stderr
    breaking = breaking_section(result.stdout)
    assert "Method `client.widgets.list` renamed to `client.gadgets.list`" in breaking


def test_a_method_renamed_by_its_verb_is_breaking(repo: Path) -> None:
    edit(repo, "      operationId: ListWidget\n", "      operationId: ListWidget\n"
         "      x-trunkline-method: search\n")  # fmt: skip
    result = run_diff(repo, "--base", "main")
    breaking = breaking_section(result.stdout)
    assert "Method `client.widgets.list` renamed to `client.widgets.search`" in breaking


def test_files_beside_the_provider_folders_are_no_specs(repo: Path) -> None:
    write(repo, "specs/compare.yaml", "pairs: []\n")
    result = run_diff(repo, "--base", "main")
    assert result.stdout.strip() == "No API changes."
