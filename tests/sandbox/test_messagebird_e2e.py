"""trunkline's MessageBird client against the sandbox, sync and async, end to end."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

import trunkline
from trunkline.messagebird import RequestValidator
from trunkline.sandbox import Sandbox

from localserver import TestServer

SAY = {"action": "say", "options": {"payload": "Hello", "voice": "female", "language": "en-GB"}}


def test_call_flows_are_stored_listed_updated_and_deleted(messagebird: Any) -> None:
    flow = messagebird.call_flows.create(title="welcome", steps=[SAY])
    assert len(flow.id) == 36 and flow.title == "welcome"
    assert (
        messagebird.call_flows.get(flow.id).to_dict()["steps"][0]["options"]["payload"] == "Hello"
    )
    assert flow.id in [f.id for f in messagebird.call_flows.list()]
    updated = messagebird.call_flows.update(flow.id, title="hello", steps=[SAY, SAY])
    assert updated.title == "hello" and len(updated.steps) == 2
    messagebird.call_flows.numbers.attach(flow.id, numbers=["31612345678"])
    messagebird.call_flows.numbers.attach(flow.id, numbers=["31612345678", "31612345679"])
    listed = sorted(n.number for n in messagebird.call_flows.numbers.list(flow.id))
    assert listed == ["31612345678", "31612345679"]
    messagebird.call_flows.numbers.replace(flow.id, numbers=["31612345670"])
    assert [n.number for n in messagebird.call_flows.numbers.list(flow.id)] == ["31612345670"]
    messagebird.call_flows.delete(flow.id)
    with pytest.raises(trunkline.NotFoundError) as caught:
        messagebird.call_flows.get(flow.id)
    assert caught.value.code == 13 and caught.value.provider == "messagebird"


def test_a_call_runs_with_a_leg_a_recording_and_signed_webhooks(
    sb: Sandbox, messagebird: Any, receiver: TestServer
) -> None:
    call = messagebird.calls.create(
        source="31644556677",
        destination="31612345678",
        call_flow={"record": True, "steps": [SAY]},
        webhook={"url": f"{receiver.url}/voice"},
    )
    assert call.status == "queued"
    sb.advance(10)
    assert messagebird.calls.get(call.id).status == "ended"
    (leg,) = messagebird.legs.list(call.id)
    assert leg.status == "hangup" and leg.direction == "outgoing" and leg.duration == 5
    (recording,) = messagebird.recordings.list(call.id, leg.id)
    audio = b"".join(messagebird.recordings.download(call.id, leg.id, recording.id))
    assert audio.startswith(b"RIFF") and b"WAVE" in audio[:12]
    statuses = [r.json["items"][0]["payload"]["status"] for r in receiver.requests]
    assert statuses == ["starting", "ongoing", "ended"]
    validator = RequestValidator(sb.signing_keys["messagebird"])
    for request in receiver.requests:
        jwt = request.headers["messagebird-signature-jwt"]
        claims = validator.validate_signature(jwt, f"{receiver.url}/voice", request.body)
        assert claims["iss"] == "MessageBird"
        with pytest.raises(trunkline.WebhookVerificationError):
            validator.validate_signature(jwt, f"{receiver.url}/voice", request.body + b" ")


def test_registered_webhooks_get_call_events_signed_with_their_token(
    sb: Sandbox, messagebird: Any, receiver: TestServer
) -> None:
    hook = messagebird.webhooks.create(url=f"{receiver.url}/hook", token="s3cret")
    messagebird.calls.create(
        source="31644556677", destination="31612345678", call_flow={"steps": [SAY]}
    )
    sb.advance(10)
    messagebird.webhooks.delete(hook.id)
    hits = [r for r in receiver.requests if r.path == "/hook"]
    assert len(hits) == 3
    for request in hits:
        RequestValidator("s3cret").validate_signature(
            request.headers["messagebird-signature-jwt"], f"{receiver.url}/hook", request.body
        )


def test_pages_and_errors_have_messagebirds_shapes(sb: Sandbox, messagebird: Any) -> None:
    for i in range(3):
        messagebird.call_flows.create(title=f"f{i}", steps=[SAY])
    key = sb.credentials["messagebird"]["access_key"]
    page = httpx.get(
        f"{sb.url}/call-flows", params={"perPage": 2}, headers={"Authorization": f"AccessKey {key}"}
    ).json()
    assert len(page["data"]) == 2
    assert page["pagination"]["perPage"] == 2 and page["pagination"]["pageCount"] >= 2
    assert len(list(messagebird.call_flows.list(page_size=2))) >= 3
    bad = httpx.post(
        f"{sb.url}/calls", json={"source": "1"}, headers={"Authorization": f"AccessKey {key}"}
    )
    assert bad.status_code == 422
    assert bad.json()["errors"][0]["code"] == 9 and bad.json()["data"] is None


@pytest.mark.anyio
async def test_the_async_client_works_the_same(sb: Sandbox) -> None:
    async with sb.messagebird(asynchronous=True) as client:
        call = await client.calls.create(
            source="31644556677", destination="31612345678", call_flow={"steps": [SAY]}
        )
        await sb.advance_async(10)
        assert (await client.calls.get(call.id)).status == "ended"
        legs = [leg.status async for leg in client.legs.list(call.id)]
        assert legs == ["hangup"]
