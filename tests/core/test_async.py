"""The async client: aiohttp's transport when installed, plain httpx when handed one."""

from __future__ import annotations

import logging
import socket

import httpx
import pytest
from httpx_aiohttp import AiohttpTransport

from trunkline._core import (
    APIConnectionError,
    AsyncAPIClient,
    InternalServerError,
    NotFoundError,
)

from core_fakeapi import Rec, TwilioLike, ops
from localserver import Reply, TestServer

OPS = ops()
pytestmark = pytest.mark.anyio


async def test_default_transport_is_aiohttp_and_works(server: TestServer) -> None:
    server.reply(Reply(200, {"sid": "A1"}), Reply(201, {"sid": "A2"}))
    async with AsyncAPIClient(provider=TwilioLike(), base_url=server.url) as api:
        assert isinstance(api.http_client._transport, AiohttpTransport)
        assert await api.request(OPS["fetch"], "x") == Rec({"sid": "A1"})
        await api.request(OPS["create"], to="+1", from_="+2", when=None)
    get, post = server.requests
    assert get.path == "/base/v1/Things/x.json"
    assert post.form == {"To": ["+1"], "From": ["+2"]}
    assert get.headers["user-agent"].startswith("trunkline/")
    assert get.client_port == post.client_port  # one pool
    assert api.http_client.is_closed


async def test_plain_httpx_client_works_and_is_left_open(server: TestServer) -> None:
    server.reply(Reply(200, {"sid": "B1"}))
    async with httpx.AsyncClient() as http:
        async with AsyncAPIClient(
            provider=TwilioLike(), base_url=server.url, http_client=http
        ) as api:
            raw = await api.request_raw(OPS["fetch"], "x")
        assert not http.is_closed
    assert raw.status_code == 200
    assert raw.parse() == Rec({"sid": "B1"})


@pytest.mark.parametrize("transport", ["aiohttp", "httpx"])
async def test_async_retries_follow_the_same_policy(server: TestServer, transport: str) -> None:
    server.reply(Reply(503, b""), Reply(200, {"ok": 1}), Reply(500, b""), Reply(201, {}))
    http = None if transport == "aiohttp" else httpx.AsyncClient()
    async with AsyncAPIClient(provider=TwilioLike(), base_url=server.url, http_client=http) as api:
        assert (await api.request(OPS["fetch"], "x")).data == {"ok": 1}
        with pytest.raises(InternalServerError):
            await api.request(OPS["create"], to="a", from_="b")
    if http is not None:
        await http.aclose()
    assert server.count == 3


@pytest.mark.parametrize("transport", ["aiohttp", "httpx"])
async def test_async_refused_create_is_retried_as_unsent(
    transport: str, caplog: pytest.LogCaptureFixture
) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    caplog.set_level(logging.INFO, logger="trunkline")
    http = None if transport == "aiohttp" else httpx.AsyncClient()
    async with AsyncAPIClient(
        provider=TwilioLike(), base_url=f"http://127.0.0.1:{port}", http_client=http
    ) as api:
        with pytest.raises(APIConnectionError) as caught:
            await api.request(OPS["create"], to="a", from_="b")
    if http is not None:
        await http.aclose()
    assert type(caught.value) is APIConnectionError  # refused, not a timeout
    assert caught.value.request_sent is False
    assert len([r for r in caplog.records if r.getMessage().startswith("retrying")]) == 2


async def test_async_dropped_create_is_not_retried(server: TestServer) -> None:
    server.reply(Reply(drop=True), Reply(201, {}))
    async with AsyncAPIClient(provider=TwilioLike(), base_url=server.url) as api:
        with pytest.raises(APIConnectionError) as caught:
            await api.request(OPS["create"], to="a", from_="b")
    assert caught.value.request_sent is True
    assert server.count == 1


async def test_async_errors_are_typed(server: TestServer) -> None:
    server.reply(
        Reply(404, {"code": 20404, "message": "nope"}, headers={"Twilio-Request-Id": "RQ9"}),
        Reply(502, "<html>bad gateway</html>", headers={"Content-Type": "text/html"}),
    )
    async with AsyncAPIClient(provider=TwilioLike(), base_url=server.url, max_retries=0) as api:
        with pytest.raises(NotFoundError) as missing:
            await api.request(OPS["fetch"], "x")
        with pytest.raises(InternalServerError) as gateway:
            await api.request(OPS["fetch"], "x")
    assert (missing.value.code, missing.value.request_id) == (20404, "RQ9")
    assert gateway.value.body == "<html>bad gateway</html>"
