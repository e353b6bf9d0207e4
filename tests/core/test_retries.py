"""The retry policy, counted at the server on every backend: safe operations retry, creates only
when unsent."""

from __future__ import annotations

import email.utils
import logging
import socket
import time

import pytest

from trunkline._core import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    Headers,
    InternalServerError,
    RateLimitError,
    Request,
    Response,
)
from trunkline._core._retry import MAX_DELAY, backoff, retry_after, retry_delay

from backends import API, MakeAPI
from core_fakeapi import TwilioLike, ops
from localserver import Reply, TestServer, unanswered_port

OPS = ops()
ERROR = {"code": 20500, "message": "Internal error"}


@pytest.fixture
def retrying(api_factory: MakeAPI, server: TestServer) -> API:
    return api_factory(provider=TwilioLike(), base_url=server.url, timeout=0.5, max_retries=2)


def test_safe_get_503_then_200_succeeds_in_two_requests(retrying: API, server: TestServer) -> None:
    server.reply(Reply(503, ERROR), Reply(200, {"sid": "ok"}))
    with retrying:
        assert retrying.request(OPS["fetch"], "x").data == {"sid": "ok"}
    assert server.count == 2


def test_safe_get_gives_up_after_max_retries(retrying: API, server: TestServer) -> None:
    server.reply(*[Reply(500, ERROR, headers={"Retry-After": "0"}) for _ in range(5)])
    with retrying, pytest.raises(InternalServerError):
        retrying.request(OPS["fetch"], "x")
    assert server.count == 3


@pytest.mark.parametrize("status", [408, 429, 502, 520])
def test_safe_get_retries_transient_statuses(
    retrying: API, server: TestServer, status: int
) -> None:
    server.reply(Reply(status, b"", headers={"Retry-After": "0"}), Reply(200, {}))
    with retrying:
        retrying.request(OPS["fetch"], "x")
    assert server.count == 2


@pytest.mark.parametrize("status", [400, 401, 404, 409, 422])
def test_client_errors_are_never_retried(retrying: API, server: TestServer, status: int) -> None:
    server.reply(Reply(status, ERROR), Reply(200, {}))
    with retrying, pytest.raises(APIError):
        retrying.request(OPS["fetch"], "x")
    assert server.count == 1


def test_safe_get_retries_after_a_timeout(retrying: API, server: TestServer) -> None:
    server.reply(Reply(200, {"slow": True}, delay=2.0), Reply(200, {"sid": "ok"}))
    with retrying:
        assert retrying.request(OPS["fetch"], "x").data == {"sid": "ok"}
    assert server.count == 2


@pytest.mark.parametrize("status", [500, 503])
def test_create_is_not_retried_after_a_5xx(retrying: API, server: TestServer, status: int) -> None:
    server.reply(Reply(status, ERROR), Reply(201, {}))
    with retrying, pytest.raises(InternalServerError):
        retrying.request(OPS["create"], to="a", from_="b")
    assert server.count == 1


def test_create_is_not_retried_after_a_timeout(retrying: API, server: TestServer) -> None:
    server.reply(Reply(201, {"sid": "late"}, delay=2.0), Reply(201, {}))
    with retrying, pytest.raises(APITimeoutError) as caught:
        retrying.request(OPS["create"], to="a", from_="b")
    assert caught.value.request_sent is True
    assert server.count == 1


def test_create_is_not_retried_after_a_broken_connection(retrying: API, server: TestServer) -> None:
    server.reply(Reply(drop=True), Reply(201, {}))
    with retrying, pytest.raises(APIConnectionError):
        retrying.request(OPS["create"], to="a", from_="b")
    assert server.count == 1


def test_create_is_retried_after_429_honouring_retry_after(
    retrying: API, server: TestServer
) -> None:
    server.reply(Reply(429, ERROR, headers={"Retry-After": "1"}), Reply(201, {"sid": "CA1"}))
    started = time.monotonic()
    with retrying:
        assert retrying.request(OPS["create"], to="a", from_="b").data == {"sid": "CA1"}
    elapsed = time.monotonic() - started
    assert server.count == 2
    assert 0.95 <= elapsed < 2.0


def test_retry_after_above_60_seconds_raises_at_once(retrying: API, server: TestServer) -> None:
    server.reply(Reply(429, ERROR, headers={"Retry-After": "120"}), Reply(200, {}))
    started = time.monotonic()
    with retrying, pytest.raises(RateLimitError):
        retrying.request(OPS["fetch"], "x")
    assert time.monotonic() - started < 1.0
    assert server.count == 1


def test_per_call_max_retries_overrides_the_client(retrying: API, server: TestServer) -> None:
    server.reply(Reply(503, ERROR), Reply(200, {}))
    with retrying, pytest.raises(InternalServerError):
        retrying.request(OPS["fetch"], "x", options={"max_retries": 0})
    assert server.count == 1


def test_create_is_retried_when_the_connection_was_refused(
    api_factory: MakeAPI, caplog: pytest.LogCaptureFixture
) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    caplog.set_level(logging.INFO, logger="trunkline")
    started = time.monotonic()
    with (
        api_factory(provider=TwilioLike(), base_url=f"http://127.0.0.1:{port}") as api,
        pytest.raises(APIConnectionError) as caught,
    ):
        api.request(OPS["create"], to="a", from_="b")
    assert caught.value.request_sent is False
    retries = [r for r in caplog.records if r.getMessage().startswith("retrying POST")]
    assert len(retries) == 2
    assert time.monotonic() - started < 0.5 + 1.0 + 0.5


def test_create_is_retried_after_a_connect_timeout(
    api_factory: MakeAPI, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="trunkline")
    with unanswered_port() as port:
        api = api_factory(
            provider=TwilioLike(), base_url=f"http://127.0.0.1:{port}", timeout=0.2, max_retries=1
        )
        with pytest.raises(APITimeoutError) as caught:
            api.request(OPS["create"], to="a", from_="b")
    assert caught.value.request_sent is False
    assert len([r for r in caplog.records if r.getMessage().startswith("retrying POST")]) == 1


# --------------------------------------------------------------------------- the policy itself


def _response(status: int, headers: dict[str, str] | None = None) -> Response:
    return Response(status, "", Headers(headers), Request("GET", "http://x", Headers()))


def _error(status: int, headers: dict[str, str] | None = None) -> APIError:
    from trunkline._core import error_class_for_status

    return error_class_for_status(status)(
        "x", status_code=status, provider="t", response=_response(status, headers)
    )


def _connection_error(sent: bool) -> APIConnectionError:
    error = APIConnectionError()
    error.request_sent = sent
    return error


@pytest.mark.parametrize(
    ("retry", "error", "retried"),
    [
        ("safe", _error(500), True),
        ("safe", _error(503), True),
        ("safe", _error(408), True),
        ("safe", _error(429), True),
        ("safe", _error(404), False),
        ("safe", _connection_error(sent=True), True),
        ("safe", APITimeoutError(), True),
        ("create", _error(500), False),
        ("create", _error(503), False),
        ("create", _error(408), False),
        ("create", _error(429), True),
        ("create", _connection_error(sent=True), False),
        ("create", APITimeoutError(), False),
        ("create", _connection_error(sent=False), True),
    ],
)
def test_retry_policy_table(retry: str, error: APIError, retried: bool) -> None:
    assert (retry_delay(retry, error, 0, 2) is not None) is retried  # type: ignore[arg-type]
    assert retry_delay(retry, error, 2, 2) is None  # type: ignore[arg-type]


def test_backoff_is_full_jitter_doubling_from_half_a_second_capped_at_8() -> None:
    for retry_number, cap in [(0, 0.5), (1, 1.0), (2, 2.0), (3, 4.0), (4, 8.0), (9, MAX_DELAY)]:
        samples = [backoff(retry_number) for _ in range(300)]
        assert all(0.0 <= s <= cap for s in samples)
        assert max(samples) > cap * 0.8  # really spread over the whole range
        assert min(samples) < cap * 0.2


def test_retry_after_reads_seconds_and_http_dates() -> None:
    now = 1_700_000_000.0
    in_five = email.utils.formatdate(now + 5, usegmt=True)
    assert retry_after(Headers({"Retry-After": "3"})) == 3.0
    assert retry_after(Headers({"retry-after": "1.5"})) == 1.5
    assert retry_after(Headers({"Retry-After": in_five}), now=now) == 5.0
    assert retry_after(Headers({"Retry-After": "soon"})) is None
    assert retry_after(Headers()) is None
    assert retry_delay("safe", _error(503, {"Retry-After": "61"}), 0, 2) is None
    assert retry_delay("safe", _error(503, {"Retry-After": "60"}), 0, 2) == 60.0
