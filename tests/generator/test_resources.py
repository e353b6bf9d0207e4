"""Generated resources and client trees, driven over HTTP: every naming and tree rule.

The fixture specs (tests/generator/fixtures/specs/acme/) are generated once into a
temporary folder; each test runs a snippet in a fresh interpreter with that package
first on the path (tests/generator/fixtures/harness/acme_client.py builds the
clients the way a provider's overlay does) against a local server.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from localserver import Reply, TestServer

ROOT = Path(__file__).resolve().parents[2]
GENERATE = ROOT / "generator" / "generate.py"
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("tree")
    result = subprocess.run(
        [sys.executable, str(GENERATE), "--specs", str(FIXTURES / "specs"), "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return out


def run(generated: Path, code: str, **values: object) -> object:
    """Run `code` (with `URL` etc. defined from `values`) and return what it prints, as JSON."""
    prelude = "".join(f"{name} = {value!r}\n" for name, value in values.items())
    path = os.pathsep.join([str(generated), str(FIXTURES / "harness"), str(ROOT / "overlay")])
    result = subprocess.run(
        [sys.executable, "-c", prelude + textwrap.dedent(code)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": path},
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_a_nested_resource_takes_its_path_ids_positionally(generated: Path, server: TestServer):
    server.reply(Reply(200, {"call_sid": "CA9", "muted": True}))
    out = run(
        generated,
        """
        import inspect, json
        from acme_client import Client
        client = Client(URL)
        got = client.conferences.participants.get("CF 1", "CA9")
        params = inspect.signature(client.conferences.participants.get).parameters
        print(json.dumps([type(got).__name__, got.call_sid, got.muted, list(params)[:2]]))
        """,
        URL=server.url,
    )
    assert out == ["Participant", "CA9", True, ["conference_sid", "call_sid"]]
    (request,) = server.requests
    assert request.path == "/v1/Accounts/AC1/Conferences/CF%201/Participants/CA9.json"


def test_a_list_takes_limit_and_sizes_pages_up_to_the_largest(generated: Path, server: TestServer):
    server.route = lambda request: Reply(200, {"participants": [], "next_page_uri": None})
    out = run(
        generated,
        """
        import inspect, json
        from acme_client import Client
        client = Client(URL)
        list(client.conferences.participants.list("CF1", limit=10, muted=True))
        list(client.conferences.participants.list("CF1", limit=500))
        print(json.dumps(list(inspect.signature(client.conferences.participants.list).parameters)))
        """,
        URL=server.url,
    )
    assert out[:4] == ["conference_sid", "muted", "page_size", "limit"]
    assert [r.query for r in server.requests] == [
        {"Muted": ["true"], "PageSize": ["10"]},
        {"PageSize": ["50"]},  # the spec's maximum
    ]


def test_a_singleton_keeps_its_own_server_and_security(generated: Path, server: TestServer):
    server.reply(Reply(200, {"value": "-0.0750"}))
    out = run(
        generated,
        """
        import json
        from acme_client import Client
        balance = Client(URL).balance.get()
        print(json.dumps([str(balance.value), type(balance.value).__name__]))
        """,
        URL=server.url,
    )
    assert out == ["-0.0750", "Decimal"]
    (request,) = server.requests
    # base_url replaced the operation's own host and kept its path prefix
    assert request.path == "/money/v1/Balance.json"
    assert json.loads(request.headers["x-security"]) == [["apiKey", "apiSecret"]]


def test_the_files_default_security_reaches_the_provider(generated: Path, server: TestServer):
    server.reply(Reply(200, {"call_sid": "CA9"}))
    run(
        generated,
        """
        from acme_client import Client
        Client(URL).conferences.participants.get("CF1", "CA9")
        print(1)
        """,
        URL=server.url,
    )
    assert json.loads(server.requests[0].headers["x-security"]) == [["basic"]]


def test_a_custom_verb_named_in_the_spec_is_a_create_never_retried(
    generated: Path, server: TestServer
):
    server.reply(Reply(500, {"message": "boom"}))
    out = run(
        generated,
        """
        import json
        import trunkline
        from acme_client import Client
        try:
            Client(URL).conferences.ring("CF1", max_retries=3)
        except trunkline.InternalServerError as exc:
            print(json.dumps(exc.status_code))
        """,
        URL=server.url,
    )
    assert out == 500
    assert server.count == 1
    assert server.requests[0].method == "POST"
    assert server.requests[0].path == "/v1/Accounts/AC1/Conferences/CF1/Ring.json"


def test_the_overlay_hands_out_its_subclass_where_it_adds_behaviour(generated: Path):
    out = run(
        generated,
        """
        import json, asyncio
        from acme_client import AsyncClient, Client
        client = Client("http://127.0.0.1:9")
        participants = client.conferences.participants
        async def main():
            aclient = AsyncClient("http://127.0.0.1:9")
            return type(aclient.conferences.participants).__name__, await (
                aclient.conferences.participants.shout("CF2"))
        print(json.dumps([
            type(participants).__name__, participants.shout("CF1"),
            participants is client.conferences.participants,
            type(client.conferences).__name__, *asyncio.run(main()),
        ]))
        """,
    )
    assert out == [
        "LoudParticipants",
        "hello, CF1",
        True,
        "Conferences",
        "AsyncLoudParticipants",
        "hello, CF2",
    ]


def test_a_download_streams_to_a_path_a_file_or_chunks(
    generated: Path, server: TestServer, tmp_path: Path
):
    audio = bytes(range(256)) * 12_000  # 3 MB
    server.route = lambda request: Reply(200, audio, {"Content-Type": "audio/wav"})
    out = run(
        generated,
        """
        import io, json
        from acme_client import Client
        client = Client(URL)
        written = client.recordings.download("RE1", to=TARGET)
        buffer = io.BytesIO()
        into_file = client.recordings.download("RE1", to=buffer)
        chunks = list(client.recordings.download("RE1"))
        print(json.dumps([written, into_file, len(buffer.getvalue()), len(chunks),
                          max(map(len, chunks)), sum(map(len, chunks))]))
        """,
        URL=server.url,
        TARGET=str(tmp_path / "audio.wav"),
    )
    assert out[:3] == [len(audio)] * 3
    assert out[3] > 1 and out[4] <= 64 * 1024 and out[5] == len(audio)
    assert (tmp_path / "audio.wav").read_bytes() == audio
    assert [r.path for r in server.requests] == ["/v1/Recordings/RE1.wav"] * 3


def test_a_download_that_fails_raises_before_anything_is_written(
    generated: Path, server: TestServer, tmp_path: Path
):
    server.reply(Reply(404, {"message": "no such recording", "code": 20404}))
    out = run(
        generated,
        """
        import json, os
        import trunkline
        from acme_client import Client
        try:
            Client(URL).recordings.download("RE1", to=TARGET)
        except trunkline.NotFoundError as exc:
            print(json.dumps([exc.message, os.path.exists(TARGET)]))
        """,
        URL=server.url,
        TARGET=str(tmp_path / "audio.wav"),
    )
    assert out == ["no such recording", False]


def test_a_text_answer_is_returned_as_str(generated: Path, server: TestServer):
    server.reply(Reply(200, "Hello, wörld", {"Content-Type": "text/plain; charset=utf-8"}))
    out = run(
        generated,
        """
        import json
        from acme_client import Client
        print(json.dumps(Client(URL).recordings.transcript("RE1")))
        """,
        URL=server.url,
    )
    assert out == "Hello, wörld"


def test_input_classes_are_sent_as_their_wire_json(generated: Path, server: TestServer):
    server.reply(Reply(201, {"id": "FL1"}))
    out = run(
        generated,
        """
        import json
        from trunkline_generated.acme_tree.inputs import Owner, Pause, Say
        from acme_client import Client
        flow = Client(URL).flows.create(
            steps=[Say(payload="hi", voice="male"), Pause(length=3),
                   {"action": "sendKeys", "options": {"keys": "1"}}],
            owner=Owner(name="ops"),
        )
        print(json.dumps([flow.id, Pause(length=3).to_dict(),
                          Say.from_dict({"action": "say", "payload": "x"}) == Say(payload="x")]))
        """,
        URL=server.url,
    )
    assert out == ["FL1", {"length": 3, "action": "pause"}, True]
    assert server.requests[0].json == {
        "steps": [
            {"payload": "hi", "action": "say", "voice": "male"},
            {"length": 3, "action": "pause"},
            {"action": "sendKeys", "options": {"keys": "1"}},  # a plain dict goes as it is
        ],
        "owner": {"name": "ops"},
    }


@pytest.mark.parametrize(
    ("make", "message"),
    [
        ("Say(payload='hi', repeat=11)", "Say.repeat: must be at most 10, not 11"),
        ("Say(payload='hi', voice='robot')", "Say.voice: must be one of male, female"),
        ("Say(payload='')", "Say.payload: must be at least 1 characters long"),
        ("Pause(length=1.5)", "Pause.length: must be a whole number"),
        ("Say.from_dict({'payload': 'x', 'loud': True})", "Say: unknown field 'loud'"),
    ],
)
def test_an_input_the_spec_rules_out_is_refused_naming_it(generated: Path, make: str, message: str):
    out = run(
        generated,
        f"""
        import json
        import trunkline
        from trunkline_generated.acme_tree.inputs import Pause, Say
        try:
            {make}
        except trunkline.InvalidParameterError as exc:
            print(json.dumps(str(exc)))
        """,
    )
    assert isinstance(out, str) and out.startswith(message), out


def test_a_product_exposes_each_version_and_the_newest_under_plain_names(
    generated: Path, server: TestServer
):
    server.route = lambda request: Reply(200, {"countries": [], "meta": {}})
    out = run(
        generated,
        """
        import json
        from acme_client import Client
        client = Client(URL)
        analytics = client.analytics
        list(analytics.v1.daily.countries.list())
        list(analytics.daily.countries.list())
        print(json.dumps([
            analytics.daily is analytics.v2.daily,
            analytics.legacy is analytics.v1.legacy,
            hasattr(analytics.v2, "legacy"),
        ]))
        """,
        URL=server.url,
    )
    assert out == [True, True, False]
    assert [r.path for r in server.requests] == ["/v1/Daily/Countries", "/v2/Daily/Countries"]


def test_async_resources_are_awaitable_and_list_lazily(generated: Path, server: TestServer):
    server.reply(
        Reply(200, {"call_sid": "CA1"}),
        Reply(200, {"participants": [{"call_sid": "CA2"}], "next_page_uri": None}),
    )
    out = run(
        generated,
        """
        import asyncio, inspect, json
        from acme_client import AsyncClient
        async def main():
            client = AsyncClient(URL)
            one = await client.conferences.participants.get("CF1", "CA1")
            listed = [p.call_sid async for p in client.conferences.participants.list("CF1")]
            coroutine = inspect.iscoroutinefunction(client.conferences.participants.get)
            return [one.call_sid, listed, coroutine]
        print(json.dumps(asyncio.run(main())))
        """,
        URL=server.url,
    )
    assert out == ["CA1", ["CA2"], True]


def test_raw_responses_come_from_every_generated_method(generated: Path, server: TestServer):
    server.reply(Reply(200, {"call_sid": "CA1"}, {"X-Request-Id": "r1"}))
    out = run(
        generated,
        """
        import json
        from acme_client import Client
        raw = Client(URL).conferences.participants.with_raw_response.get("CF1", "CA1")
        print(json.dumps([raw.status_code, raw.headers["x-request-id"], raw.parse().call_sid]))
        """,
        URL=server.url,
    )
    assert out == [200, "r1", "CA1"]


def test_wrong_arguments_are_typed_errors_sent_nowhere(generated: Path, server: TestServer):
    out = run(
        generated,
        """
        import json
        import trunkline
        from acme_client import Client
        client = Client(URL)
        problems = []
        for call in (
            lambda: client.conferences.participants.get("CF1"),
            lambda: client.conferences.participants.list("CF1", mutd=True),
            lambda: client.conferences.participants.get("CF1", ""),
        ):
            try:
                call()
            except trunkline.InvalidParameterError as exc:
                problems.append(str(exc))
        print(json.dumps(problems))
        """,
        URL=server.url,
    )
    assert "call_sid" in out[0]
    assert "unknown parameter 'mutd'; did you mean 'muted'?" in out[1]
    assert "call_sid must be a non-empty id" in out[2]
    assert server.count == 0


def test_the_reference_lists_every_method_with_its_signature(generated: Path):
    text = (generated / "docs" / "reference" / "acme.md").read_text()
    assert "`client.conferences.participants.get(conference_sid, call_sid) -> Participant`" in text
    assert "`client.recordings.download(sid, to=None) -> Iterator[bytes] | int`" in text
    assert "`client.analytics` has versions `.v1`, `.v2`; `.daily` is `.v2.daily`" in text
    assert "| `muted` | `bool` |  | `Muted` | query |" in text


def _spec(tmp_path: Path, paths: str) -> Path:
    specs = tmp_path / "specs" / "bad"
    specs.mkdir(parents=True)
    (specs / "api.yaml").write_text(
        textwrap.dedent(
            """
            openapi: 3.1.0
            info: {title: Bad, version: "1"}
            servers: [{url: "https://bad.test"}]
            paths:
            """
        )
        + textwrap.indent(textwrap.dedent(paths), "  ")
    )
    return tmp_path / "specs"


def _generate(specs: Path, out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(GENERATE), "--specs", str(specs), "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )


def test_two_operations_with_one_name_fail_the_generator_naming_both(tmp_path: Path):
    specs = _spec(
        tmp_path,
        """
        /Workers/Statistics:
          get:
            operationId: FetchWorkersStatistics
            tags: [workers]
            responses: {"204": {description: ok}}
        /Workers/{WorkerSid}/Statistics:
          parameters: [{name: WorkerSid, in: path, required: true, schema: {type: string}}]
          get:
            operationId: FetchWorkerStatistics
            tags: [workers]
            responses: {"204": {description: ok}}
        """,
    )
    result = _generate(specs, tmp_path / "out")
    assert result.returncode == 1
    assert (
        "FetchWorkersStatistics and FetchWorkerStatistics would both be workers.statistics.get"
        in result.stderr
    )
    assert "x-trunkline-resource or x-trunkline-method" in result.stderr
    assert not (tmp_path / "out" / "trunkline_generated").exists()


def test_a_method_that_cannot_be_derived_fails_the_generator(tmp_path: Path):
    specs = _spec(
        tmp_path,
        """
        /Things:
          post:
            operationId: SendThing
            tags: [things]
            responses: {"204": {description: ok}}
        """,
    )
    result = _generate(specs, tmp_path / "out")
    assert result.returncode == 1
    assert "SendThing (POST /Things)" in result.stderr
    assert "name its method with x-trunkline-method" in result.stderr


def test_a_method_and_a_resource_may_not_share_a_name(tmp_path: Path):
    specs = _spec(
        tmp_path,
        """
        /Things/Counts:
          get:
            operationId: ListThingCount
            tags: [things]
            responses: {"204": {description: ok}}
        /Things/{Sid}/Counts:
          parameters: [{name: Sid, in: path, required: true, schema: {type: string}}]
          post:
            operationId: CountThing
            x-trunkline-resource: things
            x-trunkline-method: counts
            tags: [things]
            responses: {"204": {description: ok}}
        """,
    )
    result = _generate(specs, tmp_path / "out")
    assert result.returncode == 1
    assert "things would have both a method and a resource" in result.stderr


GOOD = """
    from collections.abc import Iterator
    from typing import assert_type

    from trunkline._core._paging import Pager
    from trunkline_generated.acme_tree.inputs import Pause, Say
    from trunkline_generated.acme_tree.models import Participant
    from trunkline_generated.acme_analytics_v2.resources.daily_countries import DailyCountries
    from acme_client import Client

    client = Client("http://127.0.0.1:9")
    assert_type(client.conferences.participants.get("CF1", "CA1", timeout=2.0), Participant)
    pager = client.conferences.participants.list("CF1", muted=True, limit=3, page_size=10)
    assert_type(pager, Pager[Participant])
    assert_type(client.recordings.download("RE1"), Iterator[bytes])
    assert_type(client.recordings.download("RE1", to="audio.wav"), int)
    assert_type(client.recordings.transcript("RE1"), str)
    assert_type(client.conferences.ring("CF1"), None)
    client.flows.create(steps=[Say(payload="x", voice="male"), Pause(length=1), {"action": "x"}])
    assert_type(client.analytics.daily.countries, DailyCountries)
"""

BAD = """
    from trunkline_generated.acme_tree.inputs import Say
    from acme_client import Client

    client = Client("http://127.0.0.1:9")
    client.conferences.participants.get("CF1")
    client.conferences.participants.get("CF1", 2)
    client.conferences.participants.list("CF1", muted="yes")
    client.conferences.participants.list(muted=True)
    client.flows.create(steps=[Say(payload=1)])
    client.recordings.download("RE1", to=3)
    client.conferences.partisipants
"""


def test_a_type_checker_sees_every_generated_signature(generated: Path, tmp_path: Path):
    path = os.pathsep.join([str(generated), str(FIXTURES / "harness"), str(ROOT / "overlay")])
    results = {}
    (tmp_path / "none.ini").write_text("[mypy]\n")
    for name, code in (("good", GOOD), ("bad", BAD)):
        (tmp_path / f"{name}.py").write_text(textwrap.dedent(code))
        results[name] = subprocess.run(
            [
                # generated code is checked as an installed package is: its own errors
                # silenced (it has its own, lenient check in `make lint`)
                sys.executable, "-m", "mypy", "--strict", "--no-error-summary",
                "--follow-imports", "silent", "--config-file", str(tmp_path / "none.ini"),
                "--cache-dir", str(tmp_path / "cache"),
                str(tmp_path / f"{name}.py"),
            ],
            capture_output=True, text=True, timeout=300, check=False,
            env={**os.environ, "MYPYPATH": path}, cwd=tmp_path,
        )  # fmt: skip
    assert results["good"].returncode == 0, results["good"].stdout + results["good"].stderr
    bad = results["bad"].stdout
    assert results["bad"].returncode == 1, bad
    lines = {int(line.split(":")[1]) for line in bad.splitlines() if ": error:" in line}
    # every bad line (6 to 12 of the snippet) is caught
    assert lines == set(range(6, 13)), bad
    assert 'Missing positional argument "call_sid"' in bad
    assert '"partisipants"' in bad
