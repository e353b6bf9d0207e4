"""trunkline's Vonage client against the sandbox, sync and async, end to end."""

from __future__ import annotations

import time
import uuid
from typing import Any
from urllib.parse import parse_qsl

import httpx
import jwt
import pytest

import trunkline
from trunkline.sandbox import Sandbox
from trunkline.vonage import check_sms_signature, verify_signed_webhook

from localserver import TestServer


def test_an_sms_is_sent_and_its_delivery_receipt_carries_a_valid_sig(
    sb: Sandbox, vonage: Any, receiver: TestServer
) -> None:
    sent = vonage.sms.send(
        to="447400123450", from_="Acme", text="hello", callback=f"{receiver.url}/dlr"
    )
    (message,) = sent.messages
    assert len(message.message_id) == 16 and message.status == "0"
    sb.advance(3)
    (receipt,) = receiver.requests
    params = dict(parse_qsl(receipt.path.partition("?")[2])) or {
        k: v[0] for k, v in receipt.query.items()
    }
    assert params["messageId"] == message.message_id and params["status"] == "delivered"
    secret = sb.signing_keys["vonage"]
    assert check_sms_signature(params, secret)
    assert not check_sms_signature({**params, "status": "failed"}, secret)


def test_a_long_sms_is_sent_in_parts(vonage: Any) -> None:
    sent = vonage.sms.send(to="447400123450", from_="Acme", text="x" * 400)
    assert sent.message_count == 3 and len(sent.messages) == 3


def test_verify_checks_the_code_the_sandbox_shows(sb: Sandbox, vonage: Any) -> None:
    started = vonage.verify.start(number="447400123451", brand="Acme")
    assert len(started.request_id) == 32 and started.status == "0"
    code = sb.verify_code(started.request_id)
    assert code is not None and len(code) == 4
    with pytest.raises(trunkline.ConflictError) as concurrent:  # HTTP 200, status "10"
        vonage.verify.start(number="447400123451", brand="Acme")
    assert concurrent.value.code == "10"
    assert concurrent.value.body["request_id"] == started.request_id
    with pytest.raises(trunkline.BadRequestError) as wrong:  # HTTP 200, status "16"
        vonage.verify.check(
            request_id=started.request_id, code="0000" if code != "0000" else "1111"
        )
    assert wrong.value.code == "16"
    right = vonage.verify.check(request_id=started.request_id, code=code)
    assert right.status == "0"
    found = vonage.verify.search(request_id=started.request_id)
    assert found.status == "SUCCESS" and [c.status for c in found.checks] == ["INVALID", "VALID"]


def test_verify_requests_expire_and_can_be_cancelled(sb: Sandbox, vonage: Any) -> None:
    first = vonage.verify.start(number="447400123452", brand="Acme", pin_expiry=60)
    sb.advance(61)
    assert vonage.verify.search(request_id=first.request_id).status == "EXPIRED"
    second = vonage.verify.start(number="447400123452", brand="Acme")
    assert vonage.verify.control(request_id=second.request_id, cmd="cancel").status == "0"
    assert vonage.verify.search(request_id=second.request_id).status == "CANCELLED"


def test_number_insight_reads_the_number(vonage: Any) -> None:
    basic = vonage.number_insight.basic(number="+14155550100")
    assert basic.status == 0 and basic.country_code == "US" and basic.country_prefix == "1"
    assert basic.international_format_number == "14155550100"
    standard = vonage.number_insight.standard(number="447400123450")
    assert standard.country_code == "GB" and standard.current_carrier is not None
    advanced = vonage.number_insight.advanced(number="447400123450")
    assert advanced.status == 0


def _voice_headers(sb: Sandbox, **claims: Any) -> dict[str, str]:
    creds = sb.credentials["vonage"]
    payload = {
        "application_id": creds["application_id"],
        "iat": int(time.time()),
        "jti": str(uuid.uuid4()),
        **claims,
    }
    token = jwt.encode(payload, creds["private_key"], algorithm="RS256")
    return {"Authorization": f"Bearer {token}"}


def test_voice_calls_take_the_applications_jwt_and_post_signed_events(
    sb: Sandbox, receiver: TestServer
) -> None:
    headers = _voice_headers(sb)
    body = {
        "to": [{"type": "phone", "number": "447400123450"}],
        "from": {"type": "phone", "number": "447400123451"},
        "ncco": [{"action": "talk", "text": "hello"}],
        "event_url": [f"{receiver.url}/events"],
    }
    created = httpx.post(f"{sb.url}/v1/calls", json=body, headers=headers)
    assert created.status_code == 201, created.text
    call_uuid = created.json()["uuid"]
    assert created.json()["conversation_uuid"].startswith("CON-")
    talk = httpx.put(f"{sb.url}/v1/calls/{call_uuid}/talk", json={"text": "hi"}, headers=headers)
    assert talk.status_code == 200 and talk.json()["uuid"] == call_uuid
    sb.advance(10)
    fetched = httpx.get(f"{sb.url}/v1/calls/{call_uuid}", headers=headers).json()
    assert fetched["status"] == "completed" and fetched["duration"] == "5"
    listed = httpx.get(f"{sb.url}/v1/calls", params={"status": "completed"}, headers=headers)
    assert call_uuid in [c["uuid"] for c in listed.json()["_embedded"]["calls"]]
    events = [r.json["status"] for r in receiver.requests]
    assert events == ["started", "ringing", "answered", "completed"]
    for request in receiver.requests:
        claims = verify_signed_webhook(
            request.headers["authorization"], sb.signing_keys["vonage"], body=request.body
        )
        assert claims["application_id"] == sb.credentials["vonage"]["application_id"]
    other = jwt.encode(
        {"application_id": sb.credentials["vonage"]["application_id"], "iat": int(time.time())},
        _other_key(),
        algorithm="RS256",
    )
    refused = httpx.get(f"{sb.url}/v1/calls", headers={"Authorization": f"Bearer {other}"})
    assert refused.status_code == 401 and refused.json()["title"] == "Unauthorized"


def _other_key() -> str:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()


def test_applications_and_secrets(sb: Sandbox, vonage: Any) -> None:
    app = vonage.applications.create(name="shop")
    assert app.keys.private_key.startswith("-----BEGIN PRIVATE KEY")
    assert vonage.applications.get(app.id).name == "shop"
    api_key = sb.credentials["vonage"]["api_key"]
    secret = vonage.account.secrets.create(api_key, secret="Ex4mpleSecret")
    assert len(list(vonage.account.secrets.list(api_key))) == 2
    with trunkline.vonage.Client(api_key, "Ex4mpleSecret", base_url=sb.url) as other:
        assert other.account.get_balance().value > 0
    vonage.account.secrets.delete(api_key, secret.id)
    with (
        trunkline.vonage.Client(api_key, "Ex4mpleSecret", base_url=sb.url) as other,
        pytest.raises(trunkline.AuthenticationError),
    ):
        other.account.get_balance()


@pytest.mark.anyio
async def test_the_async_client_works_the_same(sb: Sandbox) -> None:
    async with sb.vonage(asynchronous=True) as client:
        sent = await client.sms.send(to="447400123450", from_="Acme", text="hi")
        assert sent.messages[0].status == "0"
        started = await client.verify.start(number="447400123459", brand="Acme")
        checked = await client.verify.check(
            request_id=started.request_id, code=sb.verify_code(started.request_id)
        )
        assert checked.status == "0"
        insight = await client.number_insight.basic(number="+14155550100")
        assert insight.country_code == "US"


def test_the_client_places_a_call_with_its_application_jwt(
    sb: Sandbox, vonage: Any, receiver: TestServer
) -> None:
    from trunkline.vonage import ncco

    created = vonage.voice.calls.create(
        to=[ncco.CallPhone(number="447400123450")],
        from_={"type": "phone", "number": "447400123451"},
        ncco=[ncco.Talk(text="hello")],
        event_url=[f"{receiver.url}/events"],
    )
    vonage.voice.calls.talk.start(created.uuid, text="hi")
    sb.advance(10)
    assert vonage.voice.calls.get(created.uuid).status == "completed"
    assert created.uuid in [c.uuid for c in vonage.voice.calls.list(status="completed")]
    with pytest.raises(trunkline.BadRequestError, match="already completed"):
        vonage.voice.calls.hangup(created.uuid)
