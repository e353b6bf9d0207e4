"""The async client's backends: aiohttp by default on asyncio, httpx when handed one or on trio;
the connection pool's limit, and nothing left behind after `close()`."""

from __future__ import annotations

import asyncio
import os

import aiohttp
import httpx
import pytest

from trunkline._core import AsyncAPIClient, ConfigurationError

from backends import ASYNC_BACKENDS, async_api, close_async_api
from core_fakeapi import Rec, TwilioLike, ops
from localserver import Reply, TestServer

OPS = ops()
pytestmark = pytest.mark.anyio


async def test_default_transport_is_aiohttp_and_works(server: TestServer) -> None:
    server.reply(Reply(200, {"sid": "A1"}), Reply(201, {"sid": "A2"}))
    async with AsyncAPIClient(provider=TwilioLike(), base_url=server.url) as api:
        assert type(api.transport).__name__ == "AiohttpTransport"
        assert api.http_client is None
        assert await api.request(OPS["fetch"], "x") == Rec({"sid": "A1"})
        await api.request(OPS["create"], to="+1", from_="+2", when=None)
        session = api.transport._session  # type: ignore[attr-defined]
        assert isinstance(session, aiohttp.ClientSession)
    get, post = server.requests
    assert get.path == "/base/v1/Things/x.json"
    assert post.form == {"To": ["+1"], "From": ["+2"]}
    assert get.headers["user-agent"].endswith(f" aiohttp/{aiohttp.__version__}")
    assert get.client_port == post.client_port  # one pool
    assert session.closed


async def test_a_users_httpx_client_selects_httpx_and_is_left_open(server: TestServer) -> None:
    server.reply(Reply(200, {"sid": "B1"}))
    async with httpx.AsyncClient(headers={"X-From-User-Client": "yes"}) as http:
        async with AsyncAPIClient(
            provider=TwilioLike(), base_url=server.url, http_client=http
        ) as api:
            assert api.http_client is http
            raw = await api.request_raw(OPS["fetch"], "x")
        assert not http.is_closed
    assert raw.status_code == 200
    assert raw.parse() == Rec({"sid": "B1"})
    assert server.requests[0].headers["x-from-user-client"] == "yes"
    assert server.requests[0].headers["user-agent"].endswith(f" httpx/{httpx.__version__}")


def test_wrong_http_client_kind_is_a_configuration_error() -> None:
    with httpx.Client() as http, pytest.raises(ConfigurationError):
        AsyncAPIClient(provider=TwilioLike(), http_client=http)  # type: ignore[arg-type]


@pytest.mark.parametrize("anyio_backend", ["trio"])
async def test_on_trio_the_client_sends_through_httpx(server: TestServer) -> None:
    server.reply(Reply(503, b"", headers={"Retry-After": "0"}), Reply(200, {"sid": "T1"}))
    api = AsyncAPIClient(provider=TwilioLike(), base_url=server.url)
    async with api:
        assert await api.request(OPS["fetch"], "x") == Rec({"sid": "T1"})
        assert type(api.transport).__name__ == "AsyncHttpxTransport"
        assert api.http_client is not None
    assert api.http_client.is_closed
    assert server.requests[1].headers["user-agent"].endswith(f" httpx/{httpx.__version__}")


def _open_descriptors() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="counts /proc/self/fd")
@pytest.mark.parametrize("backend", ASYNC_BACKENDS)
async def test_200_concurrent_requests_share_at_most_100_connections_and_leave_nothing(
    server: TestServer, backend: str
) -> None:
    server.route = lambda request: Reply(200, {"n": request.query["n"][0]}, delay=0.2)
    before = _open_descriptors()
    tasks_before = asyncio.all_tasks()
    api = async_api(backend, provider=TwilioLike(), base_url=server.url)
    try:
        records = await asyncio.gather(
            *(api.request(OPS["fetch"], "x", options={"extra_query": {"n": n}}) for n in range(200))
        )
        assert _open_descriptors() > before  # the pool is open
    finally:
        await close_async_api(api)
    assert sorted(int(r.data["n"]) for r in records) == list(range(200))
    assert server.count == 200
    # a connection carries one request at a time: at most 100 answered at once
    assert 50 < server.most_in_flight <= 100
    assert server.wait_for_no_connections()  # the server's ends of them closed too
    assert _open_descriptors() == before
    assert asyncio.all_tasks() == tasks_before


def test_a_client_stays_in_the_event_loop_that_first_used_it(server: TestServer) -> None:
    server.route = lambda request: Reply(200, {"sid": "L1"})
    api = AsyncAPIClient(provider=TwilioLike(), base_url=server.url)

    async def fetch() -> Rec:
        return await api.request(OPS["fetch"], "x")  # type: ignore[no-any-return]

    async def fetch_then_close() -> Rec:
        try:
            return await fetch()
        finally:
            await api.close()

    with asyncio.Runner() as first, asyncio.Runner() as second:
        assert first.run(fetch()) == Rec({"sid": "L1"})
        with pytest.raises(ConfigurationError, match="another event loop"):
            second.run(fetch())
        assert first.run(fetch_then_close()) == Rec({"sid": "L1"})
    assert server.count == 2
