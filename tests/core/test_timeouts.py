"""`timeout` is a wall-clock deadline for each attempt, body included."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from trunkline._core import APITimeoutError, AsyncAPIClient, SyncAPIClient

from core_fakeapi import TwilioLike, ops
from localserver import Reply, TestServer

OPS = ops()
BIG = {"sid": "X" * 200}


def _timed(call: Callable[[], Any]) -> float:
    started = time.monotonic()
    with pytest.raises(APITimeoutError):
        call()
    return time.monotonic() - started


@pytest.mark.parametrize(
    "reply",
    [
        Reply(200, BIG, trickle=0.1),
        Reply(200, BIG, trickle_headers=0.1),
        Reply(200, BIG, delay=5.0),
    ],
    ids=["trickled-body", "trickled-headers", "silent"],
)
def test_sync_deadline_covers_the_whole_attempt(server: TestServer, reply: Reply) -> None:
    server.reply(reply)
    with SyncAPIClient(
        provider=TwilioLike(), base_url=server.url, timeout=0.5, max_retries=0
    ) as api:
        elapsed = _timed(lambda: api.request(OPS["fetch"], "x"))
    assert 0.5 <= elapsed < 1.5


def test_trickled_body_on_a_reused_connection_times_out_on_time(server: TestServer) -> None:
    server.reply(Reply(200, {}), Reply(200, BIG, trickle=0.1), Reply(200, {"after": 1}))
    with SyncAPIClient(
        provider=TwilioLike(), base_url=server.url, timeout=0.5, max_retries=0
    ) as api:
        api.request(OPS["fetch"], "warm")
        elapsed = _timed(lambda: api.request(OPS["fetch"], "x"))
        assert api.request(OPS["fetch"], "again").data == {"after": 1}
    assert 0.5 <= elapsed < 1.5
    assert server.requests[0].client_port == server.requests[1].client_port


def test_per_call_timeout_overrides_the_client_default(server: TestServer) -> None:
    server.reply(Reply(200, BIG, trickle=0.1))
    with SyncAPIClient(provider=TwilioLike(), base_url=server.url, max_retries=0) as api:
        elapsed = _timed(lambda: api.request(OPS["fetch"], "x", options={"timeout": 0.3}))
    assert 0.3 <= elapsed < 1.3


def test_a_finished_attempt_leaves_its_connection_alone(server: TestServer) -> None:
    server.reply(Reply(200, {"n": 1}), Reply(200, {"n": 2}))
    with SyncAPIClient(provider=TwilioLike(), base_url=server.url, timeout=0.2) as api:
        api.request(OPS["fetch"], "x")
        time.sleep(0.4)  # well past the first attempt's deadline
        assert api.request(OPS["fetch"], "x").data == {"n": 2}
    assert server.requests[0].client_port == server.requests[1].client_port


def test_no_timeout_means_no_deadline(server: TestServer) -> None:
    server.reply(Reply(200, {"slow": True}, trickle=0.001))
    with SyncAPIClient(provider=TwilioLike(), base_url=server.url, timeout=None) as api:
        assert api.request(OPS["fetch"], "x").data == {"slow": True}


@pytest.mark.anyio
@pytest.mark.parametrize("transport", ["aiohttp", "httpx"])
@pytest.mark.parametrize(
    "reply",
    [Reply(200, BIG, trickle=0.1), Reply(200, BIG, delay=5.0)],
    ids=["trickled-body", "silent"],
)
async def test_async_deadline_covers_the_whole_attempt(
    server: TestServer, reply: Reply, transport: str
) -> None:
    server.reply(reply)
    http = None if transport == "aiohttp" else httpx.AsyncClient()
    async with AsyncAPIClient(
        provider=TwilioLike(), base_url=server.url, timeout=0.5, max_retries=0, http_client=http
    ) as api:
        started = time.monotonic()
        with pytest.raises(APITimeoutError) as caught:
            await api.request(OPS["fetch"], "x")
        elapsed = time.monotonic() - started
    if http is not None:
        await http.aclose()
    assert caught.value.request_sent is True
    assert 0.5 <= elapsed < 1.5
