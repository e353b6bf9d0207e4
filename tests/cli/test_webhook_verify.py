"""`trunkline webhook verify`: captures of the sandbox's real deliveries (as JSON and as raw
HTTP/1.1), checked by the CLI in its own process; each failure names its likely reason."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from trunkline.messagebird._request_validator import _sign_webhook
from trunkline.sandbox import Sandbox
from trunkline.twilio import RequestValidator
from trunkline.vonage._signatures import sms_signature

from localserver import Recorded, Reply, TestServer

KEY = "messagebird-signing-key"


@pytest.fixture(scope="module")
def captured() -> Iterator[dict[str, Any]]:
    """One delivery per provider from the sandbox, as the receiving server recorded it."""
    receiver = TestServer()
    receiver.route = lambda request: Reply(200, b"<Response/>")
    with Sandbox() as sb, sb.twilio() as twilio, sb.messagebird() as bird, sb.vonage() as vonage:
        twilio.messages.create(
            to="+14155550100",
            from_="+14155550199",
            body="hi",
            status_callback=f"{receiver.url}/twilio?x=1",
        )
        bird.calls.create(
            source="31644556677",
            destination="31612345678",
            call_flow={"steps": [{"action": "hangup"}]},
            webhook={"url": f"{receiver.url}/bird"},
        )
        vonage.voice.calls.create(
            to=[{"type": "phone", "number": "447400123450"}],
            from_={"type": "phone", "number": "447400123451"},
            ncco=[{"action": "talk", "text": "hello"}],
            event_url=[f"{receiver.url}/vonage"],
        )
        sb.advance(10)
        secrets = {
            "twilio": sb.credentials["twilio"]["auth_token"],
            "messagebird": sb.signing_keys["messagebird"],
            "vonage": sb.credentials["vonage"]["signature_secret"],
        }
    receiver.close()

    def first(path: str) -> Recorded:
        return next(r for r in receiver.requests if r.path.startswith(path))

    yield {
        "url": receiver.url,
        "secrets": secrets,
        "twilio": first("/twilio"),
        "messagebird": first("/bird"),
        "vonage": first("/vonage"),
    }


def _target(request: Recorded) -> str:
    query = "&".join(f"{k}={v}" for k, vs in request.query.items() for v in vs)
    return request.path + (f"?{query}" if query else "")


def _json(request: Recorded, url: str, **override: Any) -> str:
    return json.dumps(
        {
            "method": request.method,
            "url": override.pop("url", f"{url}{_target(request)}"),
            "headers": {**request.headers, **override.pop("headers", {})},
            "body": override.pop("body", request.body.decode()),
        }
    )


def _raw(request: Recorded, host: str, headers: dict[str, str] | None = None) -> bytes:
    lines = [f"{request.method} {_target(request)} HTTP/1.1"]
    sent = {
        **{k: v for k, v in request.headers.items() if k != "host"},
        "host": host,
        **(headers or {}),
    }
    lines += [f"{name}: {value}" for name, value in sent.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + request.body


def verify(
    provider: str, capture: str | bytes, secret: str | None, *extra: str
) -> subprocess.CompletedProcess[str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("TWILIO_", "MESSAGEBIRD_", "VONAGE_"))
    }
    args = [
        sys.executable,
        "-m",
        "trunkline.cli",
        "webhook",
        "verify",
        "--provider",
        provider,
        *extra,
    ]
    if secret is not None:
        args += ["--secret", secret]
    data = capture.encode() if isinstance(capture, str) else capture
    return subprocess.run(
        args, input=data, capture_output=True, env=env, timeout=60, check=False, text=False
    )  # type: ignore[call-overload]


def out(done: Any) -> str:
    return done.stdout.decode()


@pytest.mark.parametrize("provider", ["twilio", "messagebird", "vonage"])
def test_a_capture_as_received_holds(captured: dict[str, Any], provider: str) -> None:
    request = captured[provider]
    done = verify(provider, _json(request, captured["url"]), captured["secrets"][provider])
    assert done.returncode == 0, out(done) + done.stderr.decode()
    assert out(done).startswith("valid: the signature holds for POST http://127.0.0.1:")


def test_a_raw_http_request_from_a_file(captured: dict[str, Any], tmp_path: Path) -> None:
    request = captured["twilio"]
    host = urlsplit(captured["url"]).netloc
    path = tmp_path / "capture.http"
    path.write_bytes(_raw(request, host))
    done = verify("twilio", b"", captured["secrets"]["twilio"], str(path))
    assert done.returncode == 0 and "valid" in out(done)


def test_behind_a_proxy_the_reason_is_the_proxy_headers(captured: dict[str, Any]) -> None:
    """The app saw the request as the proxy forwarded it: another host and port."""
    request = captured["messagebird"]
    public = urlsplit(captured["url"]).netloc
    raw = _raw(request, "127.0.0.1:8000", {"x-forwarded-host": public, "x-forwarded-proto": "http"})
    done = verify("messagebird", raw, captured["secrets"]["messagebird"])
    assert done.returncode == 1
    text = out(done)
    assert f"holds for http://{public}/bird" in text and "X-Forwarded-* headers" in text


def test_the_scheme_and_the_port(captured: dict[str, Any]) -> None:
    body = b'{"items":[]}'
    signed = "https://hooks.example.com/bird"
    token = _sign_webhook(KEY, signed, body, now=time.time(), jti="j")
    headers = {"messagebird-signature-jwt": token, "content-type": "application/json"}
    capture = {"method": "POST", "headers": headers, "body": body.decode()}
    scheme = verify(
        "messagebird", json.dumps({**capture, "url": "http://hooks.example.com/bird"}), KEY
    )
    assert scheme.returncode == 1 and "likely reason: the scheme" in out(scheme)
    port = verify(
        "messagebird", json.dumps({**capture, "url": "https://hooks.example.com:443/bird"}), KEY
    )
    assert port.returncode == 1 and "likely reason: the port" in out(port)


def test_a_changed_body(captured: dict[str, Any]) -> None:
    request = captured["messagebird"]
    changed = request.body.decode().replace("starting", "ongoing")
    done = verify(
        "messagebird",
        _json(request, captured["url"], body=changed),
        captured["secrets"]["messagebird"],
    )
    assert done.returncode == 1 and "the body changed" in out(done)
    twilio = captured["twilio"]
    longer = _json(twilio, captured["url"], body=twilio.body.decode() + "&Extra=1")
    done = verify("twilio", longer, captured["secrets"]["twilio"])
    assert done.returncode == 1 and "the body changed (Content-Length" in out(done)


@pytest.mark.parametrize("provider", ["twilio", "messagebird", "vonage"])
def test_the_wrong_secret(captured: dict[str, Any], provider: str) -> None:
    done = verify(provider, _json(captured[provider], captured["url"]), "not-the-secret")
    assert done.returncode == 1
    assert out(done).startswith("invalid: ") and "likely reason: the wrong" in out(done)


def test_a_stale_capture_is_the_clock() -> None:
    body = b'{"items":[]}'
    url = "https://hooks.example.com/bird"
    token = _sign_webhook(KEY, url, body, now=time.time() - 7200, jti="j")
    capture = {"url": url, "headers": {"MessageBird-Signature-JWT": token}, "body": body.decode()}
    done = verify("messagebird", json.dumps(capture), KEY)
    assert done.returncode == 1
    assert "expired" in out(done) and "likely reason: the clock" in out(done)


def test_a_vonage_sms_signed_with_another_method() -> None:
    params = {"msisdn": "447700900001", "to": "447700900000", "messageId": "m1", "text": "hi"}
    params["sig"] = sms_signature(params, "s3cret", "sha256")
    from urllib.parse import urlencode

    capture = {
        "method": "GET",
        "url": f"https://example.com/sms?{urlencode(params)}",
        "headers": {},
    }
    done = verify("vonage", json.dumps(capture), "s3cret")
    assert done.returncode == 1 and "--signature-method sha256" in out(done)
    good = verify("vonage", json.dumps(capture), "s3cret", "--signature-method", "sha256")
    assert good.returncode == 0


def test_the_secret_from_the_environment(captured: dict[str, Any]) -> None:
    env = {**os.environ, "TWILIO_AUTH_TOKEN": captured["secrets"]["twilio"]}
    done = subprocess.run(
        [sys.executable, "-m", "trunkline.cli", "webhook", "verify", "--provider", "twilio"],
        input=_json(captured["twilio"], captured["url"]),
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0 and done.stdout.startswith("valid")


@pytest.mark.parametrize(
    ("capture", "args", "message"),
    [
        ("", (), "stdin is empty"),
        ("GET / HTTP/1.1\r\n\r\n", (), "no Host header"),
        ("hello there", (), "neither JSON nor an HTTP/1.1 request"),
        ('{"url": "https://x.example/"}', (), "has no headers"),
        ('{"url": "https://x.example/", "headers": 3}', (), "headers must be"),
        ("{not json", (), "not valid JSON"),
        ("", ("/nonexistent/capture.http",), "cannot read /nonexistent/capture.http"),
        ('{"url": "x", "headers": {}}', (), "url must be the full URL"),
    ],
)
def test_bad_input_is_one_line_and_status_2(
    capture: str, args: tuple[str, ...], message: str
) -> None:
    done = verify("twilio", capture, "secret", *args)
    err = done.stderr.decode()
    assert done.returncode == 2, err
    assert err.count("\n") == 1 and err.startswith("trunkline webhook verify: ") and message in err
    assert "Traceback" not in err


def test_no_secret_and_an_unsigned_request() -> None:
    capture = json.dumps({"url": "https://x.example/h", "headers": {}, "body": "a=1"})
    done = verify("twilio", capture, None)
    assert done.returncode == 2 and "pass --secret or set TWILIO_AUTH_TOKEN" in done.stderr.decode()
    unsigned = verify("twilio", capture, "secret")
    assert unsigned.returncode == 1 and out(unsigned).startswith(
        "invalid: the request is not signed"
    )
    bad_provider = verify("plivo", capture, "secret")
    assert bad_provider.returncode == 2 and bad_provider.stderr.decode().count("\n") == 1


def test_a_signature_made_here_for_an_https_url_behind_forwarded() -> None:
    form = {"CallSid": "CA1", "CallStatus": "ringing"}
    signature = RequestValidator("tok").compute_signature("https://public.example/voice", form)
    from urllib.parse import urlencode

    capture = {
        "url": "http://10.0.0.2:8080/voice",
        "headers": {
            "X-Twilio-Signature": signature,
            "Forwarded": "for=198.51.100.1;proto=https;host=public.example",
            "Content-Type": "application/x-www-form-urlencoded",
        },
        "body": urlencode(form),
    }
    done = verify("twilio", json.dumps(capture), "tok")
    assert done.returncode == 1
    assert "holds for https://public.example/voice" in out(done) and "Forwarded header" in out(done)
