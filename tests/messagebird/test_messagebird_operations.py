"""Every MessageBird Voice operation over HTTP, the typed call-flow steps, downloads, errors."""

from __future__ import annotations

import asyncio
import gc
import io
import tracemalloc
from collections.abc import Iterator

import pytest

import trunkline
from trunkline.messagebird import AsyncClient, Client, steps

from localserver import Reply, TestServer
from spec_harness import Case, cases, record_fields, required_inputs

KEY = "live_abcdef0123456789"
CASES = cases("messagebird")
CALL, LEG, REC, TRANS = (
    "f1aa71c0-8f2a-4fe8-b5ef-9a330454ef58",
    "4f2c0a13-1c95-4a45-a1f7-b6e02f0f2f6b",
    "3b4ac358-9467-4f7a-a6c8-6157ad181123",
    "87c377ce-1629-48b6-ad01-4b4fd069c53c",
)


@pytest.fixture
def client(server: TestServer) -> Iterator[Client]:
    with Client(KEY, base_url=server.url, max_retries=0) as c:
        yield c


def _answer(case: Case) -> object:
    body = case.response
    if isinstance(body, dict) and isinstance(body.get("pagination"), dict):
        body["pagination"].update(currentPage=1, pageCount=1)  # one page here
    if case.kind == "text":
        return "transcribed text"
    if case.kind == "binary":
        return b"RIFF....WAVEfmt "
    return body if body is not None else b""


def test_every_operation_is_here():
    assert len(CASES) == 27
    assert {"recordings.download", "transcriptions.download", "call_flows.numbers.attach"} <= {
        c.dotted for c in CASES
    }


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_each_operation_sends_its_request_with_the_access_key(
    server: TestServer, client: Client, case: Case
):
    server.reply(Reply(case.status, _answer(case)))
    method = case.method(client)
    result = method(*case.args, **required_inputs(method))
    if case.items_key:
        result = list(result)
    if case.kind == "binary":
        result = b"".join(result)
    (request,) = server.requests
    assert request.method == case.http_method
    assert request.path == case.expected_path({})
    assert request.headers["authorization"] == f"AccessKey {KEY}"
    if case.kind == "text":
        assert result == "transcribed text"
    elif case.kind == "binary":
        assert result == b"RIFF....WAVEfmt "
    elif hasattr(result, "to_dict"):
        record_fields(result)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_each_operation_keeps_every_error_of_the_answer(
    server: TestServer, client: Client, case: Case
):
    errors = [
        {"code": 21, "message": "Bad request (phone number has unknown format)"},
        {"code": 9, "description": "no (correct) recipients found", "parameter": "destination"},
    ]
    server.reply(Reply(422, {"data": None, "errors": errors}))
    method = case.method(client)
    with pytest.raises(trunkline.UnprocessableEntityError) as caught:
        result = method(*case.args, **required_inputs(method))
        if case.items_key or case.kind == "binary":
            list(result)
    assert caught.value.code == 21
    assert caught.value.message == (
        "Bad request (phone number has unknown format); "
        "no (correct) recipients found (parameter destination)"
    )
    assert caught.value.body["errors"] == errors


def test_get_returns_the_call_inside_data(server: TestServer, client: Client):
    server.reply(Reply(200, {"data": [{"id": CALL, "status": "ongoing"}], "_links": {}}))
    call = client.calls.get(CALL)
    assert (call.id, call.status) == (CALL, "ongoing")


def test_attaching_numbers_returns_every_number(server: TestServer, client: Client):
    numbers = [{"id": "n1", "number": "31612345678"}, {"id": "n2", "number": "31687654321"}]
    server.reply(Reply(200, {"data": numbers}))
    attached = client.call_flows.numbers.attach("cf1", numbers=["+31 6 12345678", "31687654321"])
    assert [n.number for n in attached.data] == ["31612345678", "31687654321"]
    assert server.requests[0].json == {"numbers": ["31612345678", "31687654321"]}  # no "+"


def test_a_listing_walks_every_page(server: TestServer, client: Client):
    def route(request):
        page = int(request.query.get("page", ["1"])[0])
        calls = [{"id": f"call-{page}-{i}"} for i in range(2)]
        pagination = {"totalCount": 6, "pageCount": 3, "currentPage": page, "perPage": 2}
        return Reply(200, {"data": calls, "pagination": pagination})

    server.route = route
    ids = [c.id for c in client.calls.list(page_size=2)]
    assert ids == [f"call-{p}-{i}" for p in (1, 2, 3) for i in range(2)]
    assert [r.query.get("page") for r in server.requests] == [None, ["2"], ["3"]]
    assert server.requests[0].query["perPage"] == ["2"]


def test_a_call_goes_to_digits_without_plus(server: TestServer, client: Client):
    server.reply(Reply(201, {"data": [{"id": CALL}]}))
    client.calls.create(
        source="+31 20 123 4567",
        destination="sip:alice@example.com",
        call_flow={"steps": [steps.Hangup()]},
    )
    body = server.requests[0].json
    assert (body["source"], body["destination"]) == ("31201234567", "sip:alice@example.com")
    assert body["callFlow"] == {"steps": [{"action": "hangup"}]}


def test_a_transfer_steps_destination_goes_out_as_digits_too(server: TestServer, client: Client):
    server.reply(Reply(201, {"data": [{"id": CALL}]}), Reply(201, {"data": [{"id": "flow"}]}))
    transfer = steps.Transfer(options=steps.TransferOptions(destination="+31 6 1234 5678"))
    client.calls.create(
        source="31201234567",
        destination="31612345678",
        call_flow={
            "steps": [
                transfer,
                {"action": "transfer", "options": {"destination": "+1 415 555 0100"}},
            ]
        },
    )
    client.call_flows.create(steps=[transfer])
    flow = server.requests[0].json["callFlow"]["steps"]
    assert [step["options"]["destination"] for step in flow] == ["31612345678", "14155550100"]
    assert server.requests[1].json["steps"][0]["options"]["destination"] == "31612345678"
    assert transfer.options.destination == "+31 6 1234 5678"  # the caller's object is left as is


# --------------------------------------------------------------------------- steps

PINNED = [
    (
        steps.Pause(options=steps.PauseOptions(length=3)),
        {"action": "pause", "options": {"length": 3}},
    ),
    (
        steps.Say(
            options=steps.SayOptions(
                payload="Hi", voice="female", language="en-GB", repeat=2, machine_timeout=4000
            )
        ),
        {
            "action": "say",
            "options": {
                "payload": "Hi",
                "voice": "female",
                "language": "en-GB",
                "repeat": 2,
                "machineTimeout": 4000,
            },
        },
    ),
    (
        steps.Record(options=steps.RecordOptions(max_length=60, timeout=5, finish_on_key="#")),
        {"action": "record", "options": {"maxLength": 60, "timeout": 5, "finishOnKey": "#"}},
    ),
    (
        steps.Play(options=steps.PlayOptions(media="https://e.com/a.wav")),
        {"action": "play", "options": {"media": "https://e.com/a.wav"}},
    ),
    (
        steps.FetchCallFlow(options=steps.FetchCallFlowOptions(url="https://e.com/flow")),
        {"action": "fetchCallFlow", "options": {"url": "https://e.com/flow"}},
    ),
    (
        steps.Transfer(options=steps.TransferOptions(destination="31612345678", record="both")),
        {"action": "transfer", "options": {"destination": "31612345678", "record": "both"}},
    ),
    (steps.Hangup(id="end"), {"id": "end", "action": "hangup"}),
]


@pytest.mark.parametrize(("step", "wire"), PINNED, ids=lambda v: getattr(v, "action", ""))
def test_each_step_has_its_wire_json_and_units(step, wire):
    assert step.to_dict() == wire
    assert type(step).from_dict(wire).to_dict() == wire  # and it round-trips


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: steps.SayOptions(payload="x", voice="robot"), "SayOptions.voice: must be one of"),
        (
            lambda: steps.SayOptions(payload="x", voice="male", repeat=11),
            "SayOptions.repeat: must be at most 10",
        ),
        (
            lambda: steps.SayOptions(payload="x", voice="male", language="xx-XX"),
            "SayOptions.language: must be one of",
        ),
        (lambda: steps.PauseOptions(length=1.5), "PauseOptions.length: must be a whole number"),
        (
            lambda: steps.Pause.from_dict({"action": "pause", "options": {}, "sendKeys": 1}),
            "PauseStep: unknown field 'sendKeys'",
        ),
    ],
)
def test_a_step_the_api_would_refuse_is_refused_naming_step_and_field(make, message):
    with pytest.raises(trunkline.InvalidParameterError, match=message):
        make()


def test_an_unknown_action_read_back_goes_out_unchanged(server: TestServer, client: Client):
    unknown = {"action": "sendKeys", "options": {"keys": "123"}, "id": "k"}
    server.reply(
        Reply(200, {"data": [{"id": "cf1", "steps": [unknown, {"action": "hangup"}]}]}),
        Reply(200, {"data": [{"id": "cf1"}]}),
    )
    flow = client.call_flows.get("cf1")
    assert flow.to_dict()["steps"][0] == unknown
    client.call_flows.update("cf1", steps=flow.to_dict()["steps"])
    assert server.requests[1].json["steps"][0] == unknown


# --------------------------------------------------------------------------- downloads


def test_a_recording_larger_than_10_mb_streams_in_flat_memory(
    server: TestServer, client: Client, tmp_path
):
    audio = bytes(range(256)) * (48 * 1024)  # 12 MiB
    server.route = lambda request: Reply(200, audio, {"Content-Type": "audio/wav"})
    client.recordings.download(CALL, LEG, REC, to=io.BytesIO())  # warm up
    gc.collect()
    tracemalloc.start()
    try:
        written = client.recordings.download(CALL, LEG, REC, to=tmp_path / "call.wav")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert written == len(audio)
    assert (tmp_path / "call.wav").stat().st_size == len(audio)
    assert peak < 2 * 1024 * 1024, peak  # never the whole 12 MiB
    path = server.requests[-1].path
    assert path == f"/calls/{CALL}/legs/{LEG}/recordings/{REC}.wav"


def test_a_transcription_downloads_as_text(server: TestServer, client: Client):
    server.reply(Reply(200, "Hallo, wereld", {"Content-Type": "text/plain; charset=utf-8"}))
    text = client.transcriptions.download(CALL, LEG, REC, TRANS)
    assert text == "Hallo, wereld"
    assert server.requests[0].path == (
        f"/calls/{CALL}/legs/{LEG}/recordings/{REC}/transcriptions/{TRANS}.txt"
    )


def test_async_download_in_chunks(server: TestServer):
    audio = b"x" * (300 * 1024)
    server.route = lambda request: Reply(200, audio, {"Content-Type": "audio/wav"})

    async def main() -> int:
        async with AsyncClient(KEY, base_url=server.url) as client:
            chunks = await client.recordings.download(CALL, LEG, REC)
            return sum([len(chunk) async for chunk in chunks])

    assert asyncio.run(main()) == len(audio)
