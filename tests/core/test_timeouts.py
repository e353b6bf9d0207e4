"""`timeout` is a wall-clock deadline for each attempt, body included, on every backend."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import pytest

from trunkline._core import APITimeoutError

from backends import MakeAPI
from core_fakeapi import TwilioLike, ops
from localserver import Reply, TestServer, unanswered_port

OPS = ops()
BIG = {"sid": "X" * 200}


def _timed(call: Callable[[], Any]) -> tuple[float, APITimeoutError]:
    started = time.monotonic()
    with pytest.raises(APITimeoutError) as caught:
        call()
    return time.monotonic() - started, caught.value


@pytest.mark.parametrize(
    "reply",
    [
        Reply(200, BIG, trickle=0.1),
        Reply(200, BIG, trickle_headers=0.1),
        Reply(200, BIG, delay=5.0),
    ],
    ids=["trickled-body", "trickled-headers", "silent"],
)
def test_deadline_covers_the_whole_attempt(
    api_factory: MakeAPI, server: TestServer, reply: Reply
) -> None:
    server.reply(reply)
    api = api_factory(provider=TwilioLike(), base_url=server.url, timeout=0.5, max_retries=0)
    elapsed, error = _timed(lambda: api.request(OPS["fetch"], "x"))
    assert 0.5 <= elapsed < 1.5
    assert error.request_sent is True


def test_trickled_body_on_a_reused_connection_times_out_on_time(
    api_factory: MakeAPI, server: TestServer
) -> None:
    server.reply(Reply(200, {}), Reply(200, BIG, trickle=0.1), Reply(200, {"after": 1}))
    api = api_factory(provider=TwilioLike(), base_url=server.url, timeout=0.5, max_retries=0)
    api.request(OPS["fetch"], "warm")
    elapsed, _ = _timed(lambda: api.request(OPS["fetch"], "x"))
    assert api.request(OPS["fetch"], "again").data == {"after": 1}
    assert 0.5 <= elapsed < 1.5
    assert server.requests[0].client_port == server.requests[1].client_port


def test_per_call_timeout_overrides_the_client_default(
    api_factory: MakeAPI, server: TestServer
) -> None:
    server.reply(Reply(200, BIG, trickle=0.1))
    api = api_factory(provider=TwilioLike(), base_url=server.url, max_retries=0)
    elapsed, _ = _timed(lambda: api.request(OPS["fetch"], "x", options={"timeout": 0.3}))
    assert 0.3 <= elapsed < 1.3


@pytest.mark.parametrize("backend", ["aiohttp"])  # the one library that would round
def test_a_deadline_of_five_seconds_or_more_is_not_rounded_up(
    api_factory: MakeAPI, server: TestServer
) -> None:
    # aiohttp rounds a timeout of 5 s or more up to the next whole second of the loop's
    # clock (time.monotonic) unless told not to. Started just after a whole second, a
    # rounded deadline would pass about 0.85 s late.
    server.reply(Reply(200, BIG, delay=10.0))
    api = api_factory(provider=TwilioLike(), base_url=server.url, timeout=5.05, max_retries=0)
    while not 0.05 <= time.monotonic() % 1 < 0.1:
        time.sleep(0.01)
    elapsed, _ = _timed(lambda: api.request(OPS["fetch"], "x"))
    assert 5.05 <= elapsed < 5.5


def test_a_deadline_passing_while_connecting_leaves_the_request_unsent(
    api_factory: MakeAPI,
) -> None:
    with unanswered_port() as port:
        api = api_factory(
            provider=TwilioLike(), base_url=f"http://127.0.0.1:{port}", timeout=0.3, max_retries=0
        )
        elapsed, error = _timed(lambda: api.request(OPS["create"], to="a", from_="b"))
    assert error.request_sent is False
    assert 0.3 <= elapsed < 1.3


def test_a_finished_attempt_leaves_its_connection_alone(
    api_factory: MakeAPI, server: TestServer
) -> None:
    server.reply(Reply(200, {"n": 1}), Reply(200, {"n": 2}))
    api = api_factory(provider=TwilioLike(), base_url=server.url, timeout=0.2)
    api.request(OPS["fetch"], "x")
    time.sleep(0.4)  # well past the first attempt's deadline
    assert api.request(OPS["fetch"], "x").data == {"n": 2}
    assert server.requests[0].client_port == server.requests[1].client_port


def test_no_timeout_means_no_deadline(api_factory: MakeAPI, server: TestServer) -> None:
    server.reply(Reply(200, {"slow": True}, trickle=0.001))
    api = api_factory(provider=TwilioLike(), base_url=server.url, timeout=None)
    assert api.request(OPS["fetch"], "x").data == {"slow": True}
