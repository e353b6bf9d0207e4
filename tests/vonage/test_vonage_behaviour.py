"""Vonage behaviour beyond the spec: application JWTs, signed requests, errors in 200s,
HAL paging, the call actions and Verify's control commands, NCCOs."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path

import jsonschema
import jwt
import pytest

import trunkline
from trunkline.vonage import AsyncClient, Client, check_sms_signature, ncco
from trunkline.vonage._application_jwt import REFRESH_BEFORE, TTL, ApplicationJWT

from localserver import Reply, TestServer
from vonage_data import APPLICATION, KEY, SECRET, SIGNATURE_SECRET, key_pair

UUID = "63f61863-4a51-4f6b-86e1-46edebcf9356"
NCCO_SCHEMA = Path(__file__).parents[2].parent / "shared/reference/vonage/ncco-schema.json"


@pytest.fixture
def client(server: TestServer) -> Iterator[Client]:
    private, _ = key_pair()
    with Client(
        KEY, SECRET, application_id=APPLICATION, private_key=private, base_url=server.url
    ) as c:
        yield c


def bearer_claims(request) -> dict:
    token = request.headers["authorization"].removeprefix("Bearer ")
    return jwt.decode(token, key_pair()[1], algorithms=["RS256"])


def test_voice_is_signed_with_the_applications_jwt_and_the_token_is_reused(
    server: TestServer, client: Client
):
    server.route = lambda request: Reply(200, {"uuid": UUID, "status": "started"})
    client.voice.calls.get(UUID)
    client.voice.calls.get(UUID)
    first, second = (bearer_claims(r) for r in server.requests)
    assert first["application_id"] == APPLICATION
    assert set(first) >= {"iat", "exp", "jti", "application_id"}
    assert first["exp"] - first["iat"] == TTL
    assert first == second  # cached: one token while it is fresh


def test_a_token_is_made_anew_before_it_expires():
    private, public = key_pair()
    tokens = ApplicationJWT(APPLICATION, private)
    start = 1_800_000_000.0
    first = tokens.bearer(now=start)
    assert tokens.bearer(now=start + TTL - REFRESH_BEFORE - 1) == first
    renewed = tokens.bearer(now=start + TTL - REFRESH_BEFORE + 1)
    assert renewed != first
    claims = jwt.decode(
        renewed.removeprefix("Bearer "),
        public,
        algorithms=["RS256"],
        options={"verify_exp": False, "verify_iat": False},
    )
    assert claims["iat"] == int(start + TTL - REFRESH_BEFORE + 1)


def test_a_private_key_may_be_a_path(server: TestServer, tmp_path: Path):
    private, _ = key_pair()
    key_file = tmp_path / "private.key"
    key_file.write_text(private)
    server.reply(Reply(200, {"uuid": UUID}))
    with Client(application_id=APPLICATION, private_key=str(key_file), base_url=server.url) as c:
        c.voice.calls.get(UUID)
    assert bearer_claims(server.requests[0])["application_id"] == APPLICATION


def test_a_bad_private_key_is_a_configuration_error_that_shows_no_key(server: TestServer):
    with (
        Client(
            application_id=APPLICATION,
            private_key="-----BEGIN PRIVATE KEY-----\nnope",
            base_url=server.url,
        ) as c,
        pytest.raises(trunkline.ConfigurationError, match="not a usable RSA") as caught,
    ):
        c.voice.calls.get(UUID)
    assert "nope" not in str(caught.value)
    assert server.count == 0


def test_voice_without_an_application_names_what_is_missing(server: TestServer):
    with (
        Client(KEY, SECRET, base_url=server.url) as c,
        pytest.raises(trunkline.ConfigurationError, match=r"application_id .* and private_key"),
    ):
        c.voice.calls.get(UUID)
    assert server.count == 0


@pytest.mark.parametrize("method", ["md5hash", "md5", "sha1", "sha256", "sha512"])
def test_a_signature_secret_signs_sms_instead_of_sending_the_secret(server: TestServer, method):
    server.reply(Reply(200, {"message-count": "1", "messages": [{"status": "0"}]}))
    with Client(
        KEY, SECRET, signature_secret=SIGNATURE_SECRET, signature_method=method, base_url=server.url
    ) as c:
        c.sms.send(from_="Acme", to="447911123456", text="Hello & = you")
    form = {k: v[0] for k, v in server.requests[0].form.items()}
    assert "api_secret" not in form
    assert form["api_key"] == KEY and form["timestamp"].isdigit()
    assert check_sms_signature(form, SIGNATURE_SECRET, method=method)
    tampered = {**form, "text": "Hello you"}
    assert not check_sms_signature(tampered, SIGNATURE_SECRET, method=method)


def test_a_multipart_sms_names_the_refused_parts_and_keeps_the_sent_ones(
    server: TestServer, client: Client
):
    parts = [
        {"status": "0", "message-id": "P1", "to": "447911123456"},
        {"status": "6", "message-id": None, "error-text": "Invalid message"},
        {"status": "0", "message-id": "P3", "to": "447911123456"},
    ]
    server.reply(Reply(200, {"message-count": "3", "messages": parts}))
    with pytest.raises(trunkline.UnprocessableEntityError) as caught:
        client.sms.send(from_="Acme", to="447911123456", text="x" * 400)
    assert str(caught.value.message) == (
        "part 2 of 3: Invalid message (2 of 3 parts were sent: P1, P3)"
    )
    assert [m["message-id"] for m in caught.value.body["messages"]][::2] == ["P1", "P3"]
    assert server.count == 1


def test_verify_refusals_inside_a_200_are_typed_errors(server: TestServer, client: Client):
    server.reply(
        Reply(
            200,
            {
                "request_id": "a" * 32,
                "status": "16",
                "error_text": "The code provided does not match",
            },
        )
    )
    with pytest.raises(trunkline.BadRequestError, match="does not match") as caught:
        client.verify.check(request_id="a" * 32, code="1234")
    assert caught.value.code == "16"


def test_a_voice_call_listing_follows_hal_links_without_overlap(server: TestServer, client):
    def route(request):
        index = int(request.query.get("record_index", ["0"])[0])
        calls = [{"uuid": f"call-{i}"} for i in range(index, min(index + 2, 5))]
        more = index + 2 < 5
        links = {"self": {"href": f"/v1/calls?page_size=2&record_index={index}"}}
        if more:
            links["next"] = {"href": f"/v1/calls?page_size=2&record_index={index + 2}"}
        return Reply(
            200,
            {
                "count": 5,
                "page_size": 2,
                "record_index": index,
                "_links": links,
                "_embedded": {"calls": calls},
            },
        )

    server.route = route
    uuids = [c.uuid for c in client.voice.calls.list(page_size=2)]
    assert uuids == [f"call-{i}" for i in range(5)]
    assert [r.query.get("record_index") for r in server.requests] == [None, ["2"], ["4"]]


@pytest.mark.parametrize("action", ["hangup", "mute", "unmute", "earmuff", "unearmuff"])
def test_each_call_action_is_its_own_method(server: TestServer, client: Client, action):
    server.reply(Reply(204, b""))
    getattr(client.voice.calls, action)(UUID)
    request = server.requests[0]
    assert (request.method, request.path, request.json) == (
        "PUT",
        f"/v1/calls/{UUID}",
        {"action": action},
    )


def test_numbers_inside_endpoints_and_nccos_go_out_as_digits(server: TestServer, client: Client):
    server.reply(Reply(201, {"uuid": UUID, "status": "started"}), Reply(204, b""))
    client.voice.calls.create(
        to=[ncco.CallPhone(number="+44 7911 123456"), {"type": "sip", "uri": "sip:a@example.com"}],
        from_={"type": "phone", "number": "+44 7911 000000"},
        ncco=[
            ncco.Connect(from_="+44 20 7183 8750", endpoint=[ncco.Phone(number="+1 415 555 0100")]),
            {"action": "talk", "text": "+44 7911 123456"},
        ],
    )
    client.voice.calls.transfer(
        UUID, ncco=[ncco.Connect(endpoint=[{"type": "phone", "number": "+44 7911 123457"}])]
    )
    body = server.requests[0].json
    assert body["to"] == [
        {"type": "phone", "number": "447911123456"},
        {"type": "sip", "uri": "sip:a@example.com"},
    ]
    assert body["from"] == {"type": "phone", "number": "447911000000"}
    assert body["ncco"][0]["from"] == "442071838750"
    assert body["ncco"][0]["endpoint"][0]["number"] == "14155550100"
    assert body["ncco"][1]["text"] == "+44 7911 123456"  # only what the spec marks a number
    transfer = server.requests[1].json["destination"]["ncco"][0]
    assert transfer["endpoint"][0]["number"] == "447911123457"


def test_a_number_inside_an_endpoint_that_is_no_number_is_refused_naming_where(
    server: TestServer, client: Client
):
    with pytest.raises(trunkline.InvalidParameterError, match=r"to\[1\]\.number"):
        client.voice.calls.create(
            to=[{"type": "phone", "number": "447911123456"}, {"type": "phone", "number": "+44 12"}],
            from_={"type": "phone", "number": "447911000000"},
            ncco=[ncco.Talk(text="hi")],
        )
    assert server.requests == []


def test_transfer_to_an_ncco_or_an_answer_url(server: TestServer, client: Client):
    server.route = lambda request: Reply(204, b"")
    client.voice.calls.transfer(UUID, ncco=[ncco.Talk(text="Bye"), {"action": "hangup"}])
    client.voice.calls.transfer(UUID, answer_url="https://example.com/ncco")
    first, second = (r.json for r in server.requests)
    assert first == {
        "action": "transfer",
        "destination": {
            "type": "ncco",
            "ncco": [{"text": "Bye", "action": "talk"}, {"action": "hangup"}],
        },
    }
    assert second["destination"] == {"type": "ncco", "url": ["https://example.com/ncco"]}
    with pytest.raises(trunkline.InvalidParameterError, match="exactly one of ncco"):
        client.voice.calls.transfer(UUID)
    assert server.count == 2


@pytest.mark.parametrize(
    ("method", "cmd"), [("cancel", "cancel"), ("trigger_next_event", "trigger_next_event")]
)
def test_verify_control_commands(server: TestServer, client: Client, method, cmd):
    server.reply(Reply(200, {"status": "0", "command": cmd}))
    getattr(client.verify, method)(request_id="a" * 32)
    form = server.requests[0].form
    assert (form["request_id"], form["cmd"]) == (["a" * 32], [cmd])


def built_nccos() -> list[list]:
    talk = ncco.Talk(text="Welcome", language="en-GB", style=1, barge_in=True, loop=2)
    stream = ncco.Stream(stream_url=["https://example.com/hold.mp3"], level=0.5)
    record = ncco.Record(
        format_="mp3", end_on_silence=3, beep_start=True, event_url=["https://example.com/rec"]
    )
    gather = ncco.Input(
        max_digits=4, time_out=5, submit_on_hash=True, event_url=["https://example.com/input"]
    )
    connect = ncco.Connect(
        endpoint=[ncco.Phone(number="447911123456", dtmf_answer="p*123#")],
        from_="447911000000",
        timeout=45,
        event_type="synchronous",
    )
    websocket = ncco.Connect(
        endpoint=[
            ncco.Websocket(uri="wss://example.com/socket", content_type="audio/l16;rate=16000")
        ]
    )
    sip = ncco.Connect(endpoint=[ncco.Sip(uri="sip:rebekka@sip.example.com")])
    conversation = ncco.Conversation(name="room-1", start_on_enter=True, record=True)
    return [[talk, stream, gather], [record, connect], [websocket], [sip], [conversation]]


@pytest.mark.parametrize("actions", built_nccos())
def test_built_nccos_satisfy_vonages_own_schema(actions):
    schema = json.loads(NCCO_SCHEMA.read_text())
    document = [action.to_dict() for action in actions]
    jsonschema.validate(document, schema)


def test_an_ncco_action_is_checked_when_made():
    with pytest.raises(trunkline.InvalidParameterError, match=r"NccoTalk\.style"):
        ncco.Talk(text="x", style=-1)


def test_async_call_actions(server: TestServer):
    server.route = lambda request: Reply(204, b"")
    private, _ = key_pair()

    async def main() -> None:
        async with AsyncClient(
            application_id=APPLICATION, private_key=private, base_url=server.url
        ) as c:
            await c.voice.calls.hangup(UUID)
            await c.voice.calls.transfer(UUID, ncco=[ncco.Talk(text="Bye")])

    asyncio.run(main())
    assert [r.json["action"] for r in server.requests] == ["hangup", "transfer"]
    assert bearer_claims(server.requests[0])["application_id"] == APPLICATION
