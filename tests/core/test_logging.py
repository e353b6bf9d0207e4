"""Logging, the traffic dump, redaction everywhere (on every backend), and what importing the
core costs."""

from __future__ import annotations

import contextlib
import logging
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from trunkline._core import APIConnectionError, Redactor, RequestKwargs

from backends import MakeAPI
from core_fakeapi import TwilioLike, VonageLike, ops
from localserver import Reply, TestServer, unanswered_port

OPS = ops()
ROOT = Path(__file__).resolve().parents[2]
TOKEN = "s3cr3t-token"
VONAGE_SECRET = "vonage-secret-xyz"
ACCOUNT_TOKEN = "acct-auth-token-123"


def test_redactor_masks_headers_keeping_the_scheme() -> None:
    shown = Redactor({"X-Custom-Key"}).headers(
        {
            "Authorization": "Basic QUM6c2VjcmV0",
            "proxy-authorization": "Bearer abc.def",
            "X-Twilio-Signature": "sig==",
            "MessageBird-Signature-JWT": "eyJ...",
            "X-Custom-Key": "k",
            "Accept": "application/json",
        }
    )
    assert shown == {
        "Authorization": "Basic ***",
        "proxy-authorization": "Bearer ***",
        "X-Twilio-Signature": "***",
        "MessageBird-Signature-JWT": "***",
        "X-Custom-Key": "***",
        "Accept": "application/json",
    }


def test_redactor_masks_urls_json_and_forms() -> None:
    redactor = Redactor()
    assert redactor.url("https://u:pw@rest.example/sms/json?api_key=k&api_secret=S&sig=x&to=1") == (
        "https://u:***@rest.example/sms/json?api_key=k&api_secret=***&sig=***&to=1"
    )
    assert redactor.url("https://api.example/v1/Calls.json?PageToken=PT1") == (
        "https://api.example/v1/Calls.json?PageToken=PT1"
    )
    assert redactor.json(
        {
            "sid": "AC1",
            "auth_token": "tok",
            "subresource": [{"secret": "s", "password": "", "token": None}],
            "AuthToken": "t2",
            "private_key": "-----BEGIN",
        }
    ) == {
        "sid": "AC1",
        "auth_token": "***",
        "subresource": [{"secret": "***", "password": "", "token": None}],
        "AuthToken": "***",
        "private_key": "***",
    }
    form = redactor.body_text(
        b"To=%2B1&api_secret=S&Password=p", "application/x-www-form-urlencoded"
    )
    assert form == "To=%2B1&api_secret=***&Password=***"


def test_debug_log_of_a_request_and_response_carries_no_secret(
    api_factory: MakeAPI, server: TestServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="trunkline")
    server.reply(Reply(200, {"sid": "AC1", "auth_token": ACCOUNT_TOKEN, "friendly_name": "main"}))

    class BasicAndForm(VonageLike):
        def authenticate(self, request: RequestKwargs) -> RequestKwargs:
            request = super().authenticate(request)
            request.setdefault("headers", {})["Authorization"] = TwilioLike(password=TOKEN)._auth
            return request

    with api_factory(provider=BasicAndForm(), base_url=server.url) as api:
        record = api.request(OPS["create"], to="+14155550100", from_="+14155550199")
    assert record.data["auth_token"] == ACCOUNT_TOKEN  # the record itself is untouched
    text = "\n".join(r.getMessage() for r in caplog.records if r.name == "trunkline")
    assert "request 1/3: POST" in text and "response 200 OK" in text
    assert "friendly_name" in text and "+14155550100" in text.replace("%2B", "+")
    for secret in (
        TOKEN,
        VONAGE_SECRET,
        ACCOUNT_TOKEN,
        server.requests[0].headers["authorization"],
    ):
        assert secret not in text
    assert "Basic ***" in text
    assert "api_secret=***" in text
    assert '"auth_token":"***"' in text


@pytest.mark.parametrize("failure", ["refused", "connect-timeout"])
def test_connection_errors_name_the_request_without_its_secrets(
    api_factory: MakeAPI, failure: str
) -> None:
    with contextlib.ExitStack() as stack:
        if failure == "refused":
            base_url, timeout = "http://127.0.0.1:9", None
        else:
            base_url, timeout = f"http://127.0.0.1:{stack.enter_context(unanswered_port())}", 0.3
        api = api_factory(provider=VonageLike(), base_url=base_url, max_retries=0, timeout=timeout)
        with pytest.raises(APIConnectionError) as caught:
            api.request(OPS["fetch"], "x")
    assert caught.value.request_sent is False
    assert "api_secret=***" in str(caught.value)
    chain: BaseException | None = caught.value
    while chain is not None:  # nothing a traceback prints shows the secret
        assert VONAGE_SECRET not in str(chain), repr(chain)
        chain = chain.__cause__ or (None if chain.__suppress_context__ else chain.__context__)


def test_raw_response_repr_is_redacted(api_factory: MakeAPI, server: TestServer) -> None:
    server.reply(Reply(200, {}))
    with api_factory(provider=VonageLike(), base_url=server.url) as api:
        raw = api.request_raw(OPS["fetch"], "x")
    for shown in (raw, raw.http_request, raw.http_request.headers, raw.http_response):
        assert VONAGE_SECRET not in repr(shown)
    assert "api_secret=***" in repr(raw)


_SCRIPT = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {tests!r})
    from backends import make_api
    from core_fakeapi import VonageLike, ops

    with make_api({backend!r}, provider=VonageLike(), base_url={url!r}) as api:
        api.request(ops()["create"], to="+1", from_="+2")
    """
)


def _run_with_env(server: TestServer, backend: str, **env: str) -> str:
    server.reply(Reply(200, {"auth_token": ACCOUNT_TOKEN}))
    script = _SCRIPT.format(tests=str(Path(__file__).parent), url=server.url, backend=backend)
    environ = {
        k: v for k, v in os.environ.items() if k not in ("TRUNKLINE_LOG", "DEBUG_HTTP_TRAFFIC")
    }
    environ["PYTHONPATH"] = os.pathsep.join([str(ROOT / "overlay"), str(ROOT / "generated")])
    done = subprocess.run(
        [sys.executable, "-c", script],
        env={**environ, **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return done.stderr


def test_trunkline_log_info_configures_a_stderr_handler_without_the_dump(
    server: TestServer,
) -> None:
    assert _run_with_env(server, "httpx", TRUNKLINE_LOG="info") == ""  # a success logs nothing
    assert "request 1/3" in _run_with_env(server, "aiohttp", TRUNKLINE_LOG="debug")


def test_debug_http_traffic_dumps_requests_and_responses_redacted(
    server: TestServer, backend: str
) -> None:
    stderr = _run_with_env(server, backend, DEBUG_HTTP_TRAFFIC="true")
    assert "request 1/3: POST" in stderr
    assert "headers:" in stderr and "body:" in stderr
    assert "api_secret=***" in stderr and '"auth_token":"***"' in stderr
    assert VONAGE_SECRET not in stderr and ACCOUNT_TOKEN not in stderr
    assert _run_with_env(server, backend) == ""  # silent by default


def test_importing_the_core_stays_light() -> None:
    script = textwrap.dedent(
        """
        import logging, sys
        import httpx
        before = set(sys.modules)
        import trunkline._core
        added = set(sys.modules) - before
        heavy = {"attrs", "asyncio", "aiohttp", "anyio", "orjson", "decimal"}
        configs = {"logging.handlers", "logging.config"}
        found = [m for m in added if m.split(".")[0] in heavy or m in configs or "generated" in m]
        print(sorted(found))
        print("trunkline" in logging.Logger.manager.loggerDict)
        print(any(t.name == "trunkline-deadlines" for t in __import__("threading").enumerate()))
        """
    )
    environ = dict(os.environ)
    environ["PYTHONPATH"] = os.pathsep.join([str(ROOT / "overlay"), str(ROOT / "generated")])
    done = subprocess.run(
        [sys.executable, "-c", script],
        env=environ,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert done.stdout.split("\n")[:3] == ["[]", "False", "False"]
