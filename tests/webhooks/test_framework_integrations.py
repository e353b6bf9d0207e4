"""Webhooks received by real apps: the sandbox posts signed webhooks over HTTP to a FastAPI app
(the dependency), a plain Starlette app and WSGI apps (Flask on werkzeug, a bare app on
wsgiref), each on its own port on 127.0.0.1, directly and behind a reverse proxy."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest
from fastapi import Depends, FastAPI
from fastapi import Response as FastAPIResponse
from flask import Flask, abort
from flask import request as flask_request
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from trunkline import WebhookPayloadError, WebhookVerificationError
from trunkline.messagebird import webhooks as mb
from trunkline.sandbox import Sandbox
from trunkline.twilio import RequestValidator
from trunkline.twilio import webhooks as tw
from trunkline.vonage import webhooks as vn
from trunkline.vonage._signatures import _sign_sms
from trunkline.webhooks import TrustedProxies
from trunkline.webhooks import starlette as starlette_hooks
from trunkline.webhooks import wsgi as wsgi_hooks

from webhook_servers import Proxy, serve_asgi, serve_wsgi

TWIML = "<Response/>"
Events = list[tuple[str, Any]]


def _secrets(sb: Sandbox) -> dict[str, str]:
    return {
        "twilio": sb.credentials["twilio"]["auth_token"],
        "messagebird": sb.signing_keys["messagebird"],
        "vonage": sb.credentials["vonage"]["signature_secret"],
    }


# --------------------------------------------------------------------------- the apps


def fastapi_app(sb: Sandbox, events: Events, trusted: Any = None) -> FastAPI:
    secrets = _secrets(sb)
    hooks = {
        name: starlette_hooks.Webhook(name, secret=secret, trusted_proxies=trusted)  # type: ignore[arg-type]
        for name, secret in secrets.items()
    }
    status = starlette_hooks.Webhook(
        "twilio", secret=secrets["twilio"], model=tw.CallStatusCallback, trusted_proxies=trusted
    )
    app = FastAPI()

    @app.post("/twilio/status")
    async def call_status(event: tw.CallStatusCallback = Depends(status)) -> FastAPIResponse:  # noqa: B008
        events.append(("twilio", event))
        return FastAPIResponse(status_code=204)

    @app.post("/twilio/{kind}")
    async def twilio(kind: str, event: Any = Depends(hooks["twilio"])) -> FastAPIResponse:  # noqa: B008
        events.append(("twilio", event))
        return FastAPIResponse(TWIML, media_type="text/xml")

    @app.post("/messagebird")
    async def messagebird(event: Any = Depends(hooks["messagebird"])) -> dict[str, str]:  # noqa: B008
        events.append(("messagebird", event))
        return {}

    @app.api_route("/vonage/{kind}", methods=["GET", "POST"])
    async def vonage(kind: str, event: Any = Depends(hooks["vonage"])) -> dict[str, str]:  # noqa: B008
        events.append(("vonage", event))
        return {}

    return app


def starlette_app(sb: Sandbox, events: Events, trusted: Any = None) -> Starlette:
    hooks = {
        name: starlette_hooks.Webhook(name, secret=secret, trusted_proxies=trusted)  # type: ignore[arg-type]
        for name, secret in _secrets(sb).items()
    }

    async def endpoint(request: Request) -> PlainTextResponse:
        provider = request.url.path.split("/")[1]
        try:
            event = await hooks[provider].parse(request)
        except WebhookVerificationError as exc:
            return PlainTextResponse(str(exc), status_code=403)
        events.append((provider, event))
        return PlainTextResponse(TWIML if provider == "twilio" else "")

    methods = ["GET", "POST"]
    return Starlette(
        routes=[
            Route("/twilio/{kind}", endpoint, methods=methods),
            Route("/messagebird", endpoint, methods=methods),
            Route("/vonage/{kind}", endpoint, methods=methods),
        ]
    )


def flask_app(sb: Sandbox, events: Events, trusted: Any = None) -> Flask:
    hooks = {
        name: wsgi_hooks.Webhook(name, secret=secret, trusted_proxies=trusted)  # type: ignore[arg-type]
        for name, secret in _secrets(sb).items()
    }
    app = Flask(__name__)

    @app.route("/<provider>", methods=["GET", "POST"])
    @app.route("/<provider>/<kind>", methods=["GET", "POST"])
    def hook(provider: str, kind: str = "") -> tuple[str, int]:
        try:
            event = hooks[provider].parse(flask_request.environ, flask_request.get_data())
        except WebhookVerificationError as exc:
            abort(403, str(exc))
        except WebhookPayloadError:
            abort(400)
        events.append((provider, event))
        return (TWIML if provider == "twilio" else ""), 200

    return app


def bare_wsgi_app(sb: Sandbox, events: Events, trusted: Any = None) -> Callable[..., Any]:
    """No framework: the body is read from wsgi.input by the helper and put back."""
    hooks = {
        name: wsgi_hooks.Webhook(name, secret=secret, trusted_proxies=trusted)  # type: ignore[arg-type]
        for name, secret in _secrets(sb).items()
    }

    def app(environ: dict[str, Any], start_response: Callable[..., Any]) -> list[bytes]:
        provider = environ["PATH_INFO"].split("/")[1]
        try:
            event = hooks[provider].parse(environ)
        except WebhookVerificationError as exc:
            start_response("403 Forbidden", [("Content-Type", "text/plain")])
            return [str(exc).encode()]
        again = environ["wsgi.input"].read()  # still readable after the helper read it
        events.append((provider, (event, again)))
        start_response("200 OK", [("Content-Type", "text/xml")])
        return [TWIML.encode()]

    return app


APPS = {
    "fastapi": (fastapi_app, serve_asgi),
    "starlette": (starlette_app, serve_asgi),
    "flask": (flask_app, serve_wsgi),
}


@pytest.fixture(params=sorted(APPS))
def app_kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def served(sb: Sandbox, app_kind: str) -> Iterator[tuple[str, Events]]:
    make, serve = APPS[app_kind]
    events: Events = []
    with serve(make(sb, events)) as url:
        yield url, events


def _deliveries(sb: Sandbox, prefix: str) -> list[int | None]:
    return [w["status"] for w in sb.webhooks if w["url"].startswith(prefix)]


def _drive_every_provider(sb: Sandbox, url: str) -> None:
    """A Twilio call (TwiML fetch + status callbacks) and message, a MessageBird call, a Vonage
    SMS (delivery receipt) and voice call (events): every one posts to `url`."""
    with sb.twilio() as twilio, sb.messagebird() as bird, sb.vonage() as vonage:
        twilio.calls.create(
            to="+14155550100",
            from_="+14155550199",
            url=f"{url}/twilio/voice",
            status_callback=f"{url}/twilio/status",
            status_callback_event=["initiated", "ringing", "answered", "completed"],
        )
        twilio.messages.create(
            to="+14155550100",
            from_="+14155550199",
            body="hi",
            status_callback=f"{url}/twilio/message-status",
        )
        bird.calls.create(
            source="31644556677",
            destination="31612345678",
            call_flow={"steps": [{"action": "hangup"}]},
            webhook={"url": f"{url}/messagebird"},
        )
        vonage.sms.send(to="447400123450", from_="Acme", text="hi", callback=f"{url}/vonage/dlr")
        vonage.voice.calls.create(
            to=[{"type": "phone", "number": "447400123450"}],
            from_={"type": "phone", "number": "447400123451"},
            ncco=[{"action": "talk", "text": "hello"}],
            event_url=[f"{url}/vonage/event"],
        )
    sb.advance(15)


def _check_events(events: Events) -> None:
    def of(provider: str, model: type) -> list[Any]:
        return [e for p, e in events if p == provider and type(e) is model]

    statuses = of("twilio", tw.CallStatusCallback)
    assert [e.call_status for e in statuses] == ["queued", "ringing", "in-progress", "completed"]
    assert [e.sequence_number for e in statuses] == [0, 1, 2, 3]
    completed = statuses[-1]
    assert completed.call_duration == 5 and completed.callback_source == "call-progress-events"
    assert completed.timestamp is not None and completed.timestamp.tzinfo == dt.UTC
    assert completed.from_ == "+14155550199" and completed.to == "+14155550100"
    (voice,) = of("twilio", tw.IncomingCall)
    assert voice.call_sid == completed.call_sid and voice.call_status == "in-progress"
    messages = of("twilio", tw.MessageStatusCallback)
    assert [m.message_status for m in messages] == ["sent", "delivered"]

    bird = of("messagebird", mb.CallEvent)
    assert [e.items[0].payload.status for e in bird] == ["starting", "ongoing", "ended"]
    assert all(isinstance(e.items[0], mb.CallItem) for e in bird)
    legs = [e.items[1] for e in bird]
    assert all(isinstance(item, mb.LegItem) for item in legs)
    assert legs[-1].payload.cost == Decimal("0.012") and legs[-1].payload.duration == 5
    assert legs[-1].payload.ended_at is not None

    (receipt,) = of("vonage", vn.DeliveryReceipt)
    assert receipt.status == "delivered" and receipt.err_code == 0
    assert isinstance(receipt.price, Decimal) and receipt.msisdn == "447400123450"
    assert receipt.message_timestamp is not None and receipt.message_timestamp.tzinfo == dt.UTC
    voice_events = of("vonage", vn.VoiceEvent)
    assert [e.status for e in voice_events][-1] == "completed"
    assert voice_events[-1].duration is not None and isinstance(voice_events[-1].price, Decimal)


def test_each_framework_receives_every_providers_signed_webhooks(
    sb: Sandbox, served: tuple[str, Events]
) -> None:
    url, events = served
    _drive_every_provider(sb, url)
    statuses = _deliveries(sb, url)
    assert statuses and all(s is not None and 200 <= s < 300 for s in statuses), statuses
    _check_events(events)


def test_a_forged_or_altered_request_is_refused_with_the_reason(
    sb: Sandbox, served: tuple[str, Events]
) -> None:
    url, events = served
    form = {"AccountSid": "AC" + "0" * 32, "CallSid": "CA" + "1" * 32, "CallStatus": "ringing"}
    signature = RequestValidator(_secrets(sb)["twilio"]).compute_signature(
        f"{url}/twilio/voice", form
    )
    forged = RequestValidator("not-the-token").compute_signature(f"{url}/twilio/voice", form)
    with httpx.Client(trust_env=False) as http:
        good = http.post(
            f"{url}/twilio/voice", data=form, headers={"X-Twilio-Signature": signature}
        )
        bad = http.post(f"{url}/twilio/voice", data=form, headers={"X-Twilio-Signature": forged})
        altered = http.post(
            f"{url}/twilio/voice",
            data={**form, "CallStatus": "completed"},
            headers={"X-Twilio-Signature": signature},
        )
        unsigned = http.post(f"{url}/twilio/voice", data=form)
    assert good.status_code == 200
    assert [r.status_code for r in (bad, altered, unsigned)] == [403, 403, 403]
    assert "does not match" in bad.text and "not signed" in unsigned.text
    assert [type(e) for _p, e in events] == [tw.IncomingCall]


def test_an_incoming_message_and_an_inbound_sms_parse_typed(
    sb: Sandbox, served: tuple[str, Events]
) -> None:
    """The sandbox sends no inbound traffic: these are signed here, as the providers sign."""
    url, events = served
    secrets = _secrets(sb)
    form = {
        "AccountSid": sb.credentials["twilio"]["account_sid"],
        "MessageSid": "SM" + "2" * 32,
        "From": "+14155550100",
        "To": "+14155550199",
        "Body": "Hello & <goodbye>",
        "NumMedia": "1",
        "NumSegments": "1",
        "MediaUrl0": "https://example.com/cat.jpg",
        "MediaUrl1": "https://example.com/dog.jpg",
        "SmsStatus": "received",
    }
    signature = RequestValidator(secrets["twilio"]).compute_signature(f"{url}/twilio/sms", form)
    sms = {
        "msisdn": "447700900001",
        "to": "447700900000",
        "messageId": "0A0000000123ABCD1",
        "text": "Hello world",
        "type": "text",
        "keyword": "HELLO",
        "message-timestamp": "2026-01-31 12:00:00",
        "timestamp": "1769860800",
        "nonce": "aaaaaaaa-bbbb-cccc-dddd-0123456789ab",
        "concat": "true",
        "concat-ref": "1",
        "concat-total": "2",
        "concat-part": "1",
    }
    sms["sig"] = _sign_sms(sms, secrets["vonage"])
    with httpx.Client(trust_env=False) as http:
        twilio = http.post(
            f"{url}/twilio/sms", data=form, headers={"X-Twilio-Signature": signature}
        )
        vonage = http.get(f"{url}/vonage/inbound?{urlencode(sms)}")
    assert twilio.status_code == 200 and vonage.status_code == 200
    (_, message), (_, inbound) = events
    assert isinstance(message, tw.IncomingMessage)
    assert message.body == "Hello & <goodbye>" and message.num_media == 1
    assert message.model_extra == {"MediaUrl1": "https://example.com/dog.jpg"}
    assert isinstance(inbound, vn.InboundSms)
    assert (
        inbound.concat_total == 2 and inbound.concat_part == 1 and inbound.timestamp == 1769860800
    )
    assert inbound.message_timestamp == dt.datetime(2026, 1, 31, 12, tzinfo=dt.UTC)


# --------------------------------------------------------------------------- behind a proxy


@pytest.mark.parametrize("mode", ["x-forwarded", "forwarded"])
def test_behind_a_trusted_proxy_every_webhook_verifies(
    sb: Sandbox, app_kind: str, mode: str
) -> None:
    make, serve = APPS[app_kind]
    events: Events = []
    trusted = TrustedProxies(["127.0.0.1"], headers=mode)  # type: ignore[arg-type]
    with serve(make(sb, events, trusted)) as upstream, Proxy(upstream, mode) as proxy:
        assert proxy.port != int(upstream.rsplit(":", 1)[1])
        _drive_every_provider(sb, proxy.url)
        statuses = _deliveries(sb, proxy.url)
    assert statuses and all(s is not None and 200 <= s < 300 for s in statuses), statuses
    assert proxy.forwarded and all(
        ("Forwarded" if mode == "forwarded" else "X-Forwarded-Host") in h for h in proxy.forwarded
    )
    _check_events(events)


def test_behind_an_untrusted_proxy_the_refusal_names_the_proxy(sb: Sandbox, app_kind: str) -> None:
    make, serve = APPS[app_kind]
    events: Events = []
    with serve(make(sb, events)) as upstream, Proxy(upstream) as proxy:
        form = {"CallSid": "CA" + "3" * 32, "CallStatus": "ringing"}
        signed_for = f"{proxy.url}/twilio/voice"
        signature = RequestValidator(_secrets(sb)["twilio"]).compute_signature(signed_for, form)
        with httpx.Client(trust_env=False) as http:
            answer = http.post(signed_for, data=form, headers={"X-Twilio-Signature": signature})
    assert answer.status_code == 403
    assert "no proxy is trusted" in answer.text and "trusted_proxies" in answer.text
    assert upstream.removeprefix("http://") in answer.text  # the URL it checked against
    assert events == []


def test_a_tls_terminating_proxy_on_a_public_name_and_port(sb: Sandbox, app_kind: str) -> None:
    """The provider requested https://hooks.example.com:8443/...; the proxy terminated TLS and
    forwarded plain HTTP to the app on 127.0.0.1 with its own port."""
    make, serve = APPS[app_kind]
    events: Events = []
    trusted = ["127.0.0.0/8"]
    public = "https://hooks.example.com:8443"
    with (
        serve(make(sb, events, trusted)) as upstream,
        Proxy(upstream, proto="https", host="hooks.example.com:8443") as proxy,
    ):
        form = {"MessageSid": "SM" + "4" * 32, "From": "+14155550100", "Body": "hi"}
        signature = RequestValidator(_secrets(sb)["twilio"]).compute_signature(
            f"{public}/twilio/sms?tenant=a%20b", form
        )
        with httpx.Client(trust_env=False) as http:
            answer = http.post(
                f"{proxy.url}/twilio/sms?tenant=a%20b",
                data=form,
                headers={"X-Twilio-Signature": signature},
            )
    assert answer.status_code == 200, answer.text
    ((_, event),) = events
    assert isinstance(event, tw.IncomingMessage) and event.body == "hi"


def test_proxy_headers_from_an_untrusted_peer_are_ignored(sb: Sandbox, app_kind: str) -> None:
    """A client that is no trusted proxy cannot choose the URL that is checked."""
    make, serve = APPS[app_kind]
    events: Events = []
    with serve(make(sb, events, ["10.0.0.0/8"])) as url:
        form = {"CallSid": "CA" + "5" * 32, "CallStatus": "ringing"}
        spoofed = "https://victim.example/twilio/voice"
        signature = RequestValidator(_secrets(sb)["twilio"]).compute_signature(spoofed, form)
        with httpx.Client(trust_env=False) as http:
            answer = http.post(
                f"{url}/twilio/voice",
                data=form,
                headers={
                    "X-Twilio-Signature": signature,
                    "X-Forwarded-Proto": "https",
                    "X-Forwarded-Host": "victim.example",
                },
            )
    assert answer.status_code == 403
    assert "not a trusted proxy" in answer.text
    assert events == []


def test_a_bare_wsgi_app_on_wsgiref_gets_the_body_back(sb: Sandbox) -> None:
    events: Events = []
    with serve_wsgi(bare_wsgi_app(sb, events), server="wsgiref") as url:
        with sb.twilio() as twilio:
            twilio.messages.create(
                to="+14155550100",
                from_="+14155550199",
                body="hi",
                status_callback=f"{url}/twilio/status?tag=a%2Fb",
            )
        sb.advance(5)
    statuses = _deliveries(sb, url)
    assert statuses == [200, 200]
    (event, body), _ = (e for _p, e in events)
    assert isinstance(event, tw.MessageStatusCallback) and event.message_status == "sent"
    assert b"MessageStatus=sent" in body
