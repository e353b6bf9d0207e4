"""`trunkline.<provider>.webhooks.parse`: verify, then a typed payload; or the reason it failed."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import time
from decimal import Decimal
from typing import Any
from urllib.parse import urlencode

import pytest

from trunkline import ConfigurationError, WebhookPayloadError, WebhookVerificationError
from trunkline.messagebird import webhooks as mb
from trunkline.messagebird._request_validator import _sign_webhook
from trunkline.twilio import RequestValidator
from trunkline.twilio import webhooks as tw
from trunkline.vonage import webhooks as vn
from trunkline.vonage._signatures import _sign_sms, _signed_webhook_token, sms_signature

TOKEN = "12345"
URL = "https://example.com/twilio/voice?tenant=7"
FORM = {
    "AccountSid": "AC" + "0" * 32,
    "CallSid": "CA" + "1" * 32,
    "CallStatus": "ringing",
    "From": "+14155550100",
    "To": "+14155550199",
    "Direction": "inbound",
    "AddOns": '{"status":"successful"}',
}


def _twilio(url: str = URL, form: dict[str, str] = FORM, token: str = TOKEN) -> dict[str, str]:
    return {"X-Twilio-Signature": RequestValidator(token).compute_signature(url, form)}


# --------------------------------------------------------------------------- Twilio


def test_twilio_form_post_parses_into_the_model_its_fields_call_for() -> None:
    event = tw.parse("POST", URL, _twilio(), urlencode(FORM), auth_token=TOKEN)
    assert type(event) is tw.IncomingCall
    assert event.call_sid == FORM["CallSid"] and event.from_ == "+14155550100"
    assert event.model_extra == {"AddOns": '{"status":"successful"}'}
    assert event.model_dump(by_alias=True, exclude_none=True)["From"] == "+14155550100"


@pytest.mark.parametrize(
    ("fields", "model"),
    [
        ({"CallSid": "CA1", "CallbackSource": "call-progress-events"}, tw.CallStatusCallback),
        ({"CallSid": "CA1", "SequenceNumber": "0"}, tw.CallStatusCallback),
        ({"CallSid": "CA1", "CallStatus": "ringing"}, tw.IncomingCall),
        ({"MessageSid": "SM1", "Body": "hi"}, tw.IncomingMessage),
        ({"MessageSid": "SM1", "MessageStatus": "sent"}, tw.MessageStatusCallback),
        ({"RecordingSid": "RE1"}, tw.Webhook),
    ],
)
def test_twilio_model_follows_the_fields(fields: dict[str, str], model: type) -> None:
    assert tw.model_for(fields) is model
    assert (
        type(tw.parse("POST", URL, _twilio(form=fields), urlencode(fields), auth_token=TOKEN))
        is model
    )


def test_twilio_typed_values() -> None:
    form = {
        "CallSid": "CA1",
        "CallbackSource": "call-progress-events",
        "SequenceNumber": "3",
        "Timestamp": "Thu, 30 Jul 2015 20:00:00 +0000",
        "CallDuration": "42",
    }
    event = tw.parse("POST", URL, _twilio(form=form), urlencode(form), auth_token=TOKEN)
    assert isinstance(event, tw.CallStatusCallback)
    assert event.timestamp == dt.datetime(2015, 7, 30, 20, tzinfo=dt.UTC)
    assert event.sequence_number == 3 and event.call_duration == 42


def test_twilio_get_webhook_signs_the_query() -> None:
    url = f"https://example.com/sms?{urlencode({'MessageSid': 'SM1', 'Body': 'a b&c'})}"
    event = tw.parse("GET", url, _twilio(url, {}), auth_token=TOKEN)
    assert isinstance(event, tw.IncomingMessage) and event.body == "a b&c"


def test_twilio_json_webhook_with_body_sha256() -> None:
    body = json.dumps({"MessageSid": "SM1", "MessageStatus": "read"}).encode()
    url = f"https://example.com/hook?bodySHA256={hashlib.sha256(body).hexdigest()}"
    headers = {
        "X-Twilio-Signature": RequestValidator(TOKEN).compute_signature(url, {}),
        "Content-Type": "application/json",
    }
    event = tw.parse("POST", url, headers, body, auth_token=TOKEN)
    assert isinstance(event, tw.MessageStatusCallback) and event.message_status == "read"
    with pytest.raises(WebhookVerificationError, match="bodySHA256"):
        tw.parse("POST", url, headers, body + b" ", auth_token=TOKEN)


def test_twilio_rotation_and_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    body = urlencode(FORM)
    assert tw.parse("POST", URL, _twilio(), body, auth_token=["old", TOKEN]).call_sid
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", TOKEN)
    assert tw.parse("POST", URL, _twilio(), body).call_sid
    monkeypatch.delenv("TWILIO_AUTH_TOKEN")
    with pytest.raises(ConfigurationError, match="TWILIO_AUTH_TOKEN"):
        tw.parse("POST", URL, _twilio(), body)


@pytest.mark.parametrize(
    ("url", "headers", "body", "reason"),
    [
        (URL, {}, urlencode(FORM), "not signed"),
        (URL, _twilio(token="other"), urlencode(FORM), "does not match"),
        (URL, _twilio(), urlencode({**FORM, "CallStatus": "completed"}), "does not match"),
        ("http://example.com/twilio/voice?tenant=7", _twilio(), urlencode(FORM), "does not match"),
    ],
)
def test_twilio_refusals_say_why(url: str, headers: dict[str, str], body: str, reason: str) -> None:
    with pytest.raises(WebhookVerificationError, match=reason) as caught:
        tw.parse("POST", url, headers, body, auth_token=TOKEN)
    assert TOKEN not in str(caught.value)


def test_a_signed_payload_that_does_not_fit_is_a_payload_error() -> None:
    form = {"CallSid": "CA1", "CallbackSource": "x", "SequenceNumber": "three"}
    with pytest.raises(WebhookPayloadError, match="SequenceNumber"):
        tw.parse("POST", URL, _twilio(form=form), urlencode(form), auth_token=TOKEN)
    with pytest.raises(WebhookPayloadError, match="MessageStatusCallback"):
        tw.parse(
            "POST",
            URL,
            _twilio(),
            urlencode(FORM),
            auth_token=TOKEN,
            model=tw.MessageStatusCallback,
        )


def test_headers_as_pairs_in_any_case() -> None:
    ((name, value),) = _twilio().items()
    event = tw.parse(
        "post", URL, [(name.upper(), value)], urlencode(FORM).encode(), auth_token=TOKEN
    )
    assert event.call_sid == FORM["CallSid"]


# --------------------------------------------------------------------------- MessageBird

KEY = "PlLrKaqvZNRR5zAjm42ZT6q1SQxgbbGd"
MB_URL = "https://example.com/messagebird?x=1"
MB_BODY = json.dumps(
    {
        "timestamp": "2026-01-31T12:00:00Z",
        "items": [
            {"type": "call", "event": "callUpdated", "payload": {"id": "c1", "status": "ended"}},
            {
                "type": "leg",
                "payload": {"id": "l1", "cost": 0.012, "duration": 5, "answeredAt": None},
            },
            {"type": "recording", "payload": {"id": "r1"}},
        ],
    }
).encode()


def _bird(
    url: str = MB_URL, body: bytes = MB_BODY, key: str = KEY, now: float | None = None
) -> dict[str, str]:
    token = _sign_webhook(key, url, body, now=now or time.time(), jti="j1")
    return {"MessageBird-Signature-JWT": token, "Content-Type": "application/json"}


def test_messagebird_call_event_typed() -> None:
    event = mb.parse("POST", MB_URL, _bird(), MB_BODY, signing_key=KEY)
    call, leg, other = event.items
    assert (
        isinstance(call, mb.CallItem)
        and call.payload.status == "ended"
        and call.event == "callUpdated"
    )
    assert isinstance(leg, mb.LegItem) and leg.payload.cost == Decimal("0.012")
    assert type(other) is mb.Item and other.payload == {"id": "r1"}
    assert event.timestamp == dt.datetime(2026, 1, 31, 12, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("url", "signed", "body", "reason"),
    [
        (MB_URL, None, MB_BODY, "not signed"),
        (MB_URL, {"key": "another-key"}, MB_BODY, "signature"),
        ("https://example.com/messagebird?x=2", {}, MB_BODY, "url_hash"),
        (MB_URL, {}, MB_BODY + b" ", "payload_hash"),
        (MB_URL, {"age": 3600}, MB_BODY, "expired"),
    ],
)
def test_messagebird_refusals_say_why(
    url: str, signed: dict[str, Any] | None, body: bytes, reason: str
) -> None:
    """Signed when the test runs (a token lives for a minute), for MB_URL and MB_BODY."""
    headers: dict[str, str] = {}
    if signed is not None:
        now = time.time() - signed.get("age", 0)
        headers = _bird(key=signed.get("key", KEY), now=now)
    with pytest.raises(WebhookVerificationError, match=reason):
        mb.parse("POST", url, headers, body, signing_key=KEY)


def test_messagebird_clock_and_url_options() -> None:
    old = time.time() - 3600
    headers = _bird(now=old)
    assert mb.parse("POST", MB_URL, headers, MB_BODY, signing_key=KEY, now=old + 5).items
    other = "https://proxy.internal/messagebird?x=1"
    assert mb.parse("POST", other, _bird(), MB_BODY, signing_key=KEY, skip_url_validation=True)


# --------------------------------------------------------------------------- Vonage

SECRET = "vonage-signature-secret"
RECEIPT = {
    "msisdn": "447700900000",
    "to": "Acme",
    "network-code": "23410",
    "messageId": "0A0000000123ABCD1",
    "price": "0.03330000",
    "status": "delivered",
    "scts": "2601311200",
    "err-code": "0",
    "api-key": "abcd1234",
    "message-timestamp": "2026-01-31 12:00:00",
    "timestamp": str(int(time.time())),
    "nonce": "n1",
}


def _signed(params: dict[str, str], method: str = "md5hash") -> dict[str, str]:
    return {**params, "sig": sms_signature(params, SECRET, method)}


@pytest.mark.parametrize("shape", ["get", "form", "json"])
def test_vonage_delivery_receipt_in_every_shape(shape: str) -> None:
    params = _signed(RECEIPT)
    if shape == "get":
        event = vn.parse(
            "GET", f"https://example.com/dlr?{urlencode(params)}", {}, signature_secret=SECRET
        )
    elif shape == "form":
        event = vn.parse(
            "POST",
            "https://example.com/dlr",
            {"Content-Type": "application/x-www-form-urlencoded"},
            urlencode(params),
            signature_secret=SECRET,
        )
    else:
        event = vn.parse(
            "POST",
            "https://example.com/dlr",
            {"Content-Type": "application/json"},
            json.dumps(params),
            signature_secret=SECRET,
        )
    assert isinstance(event, vn.DeliveryReceipt)
    assert event.price == Decimal("0.03330000") and event.err_code == 0
    assert event.network_code == "23410" and event.api_key == "abcd1234"
    assert event.message_timestamp == dt.datetime(2026, 1, 31, 12, tzinfo=dt.UTC)


def test_vonage_sms_refusals_say_why() -> None:
    url = "https://example.com/dlr?"
    with pytest.raises(WebhookVerificationError, match="not signed"):
        vn.parse("GET", url + urlencode(RECEIPT), {}, signature_secret=SECRET)
    with pytest.raises(WebhookVerificationError, match="signature method"):
        vn.parse("GET", url + urlencode(_signed(RECEIPT, "sha256")), {}, signature_secret=SECRET)
    assert vn.parse(
        "GET",
        url + urlencode(_signed(RECEIPT, "sha256")),
        {},
        signature_secret=SECRET,
        signature_method="sha256",
    )
    stale = _signed({**RECEIPT, "timestamp": str(int(time.time()) - 3600)})
    with pytest.raises(WebhookVerificationError, match="stale or replayed"):
        vn.parse("GET", url + urlencode(stale), {}, signature_secret=SECRET, max_age=300)
    changed = {**_signed(RECEIPT), "price": "0.00000001"}
    with pytest.raises(WebhookVerificationError, match="does not match"):
        vn.parse("GET", url + urlencode(changed), {}, signature_secret=SECRET)


def test_vonage_voice_event_with_a_signed_jwt() -> None:
    body = json.dumps(
        {
            "uuid": "u1",
            "conversation_uuid": "CON-1",
            "status": "completed",
            "from": "447700900001",
            "to": "447700900000",
            "timestamp": "2026-01-31T12:00:05.000Z",
            "duration": "5",
            "rate": "0.01270000",
            "price": "0.01270000",
        }
    ).encode()
    token = _signed_webhook_token(SECRET, body, now=time.time(), jti="j")
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    event = vn.parse("POST", "https://example.com/event", headers, body, signature_secret=SECRET)
    assert isinstance(event, vn.VoiceEvent) and event.from_ == "447700900001"
    assert event.duration == 5 and event.price == Decimal("0.01270000")
    assert event.timestamp == dt.datetime(2026, 1, 31, 12, 0, 5, tzinfo=dt.UTC)
    with pytest.raises(WebhookVerificationError, match="payload_hash"):
        vn.parse(
            "POST", "https://example.com/event", headers, body[:-1] + b" }", signature_secret=SECRET
        )
    with pytest.raises(WebhookVerificationError):
        vn.parse("POST", "https://example.com/event", headers, body, signature_secret="other")


def test_vonage_inbound_sms_signed_by_the_sandbox_signer() -> None:
    params = {
        "msisdn": "447700900001",
        "to": "447700900000",
        "messageId": "m1",
        "text": "hi",
        "type": "text",
    }
    params["sig"] = _sign_sms(params, SECRET)
    event = vn.parse(
        "GET", f"https://example.com/in?{urlencode(params)}", {}, signature_secret=SECRET
    )
    assert isinstance(event, vn.InboundSms) and event.text == "hi"
