"""MessageBird Voice calls through the public client over local HTTP."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest

import trunkline
from trunkline.messagebird import AsyncClient, Client

from localserver import Reply, TestServer

KEY = "live_" + "k" * 20


def call(n: int, **changes: Any) -> dict[str, Any]:
    data = {
        "id": f"f1aa71c0-8f2a-4fe8-b5ef-9a330454ef{n:02d}",
        "status": "ended",
        "source": "31644556677",
        "destination": "31612345678",
        "numberId": None,
        "createdAt": "2017-03-06T13:34:14Z",
        "updatedAt": "2017-03-06T13:34:14Z",
        "endedAt": "2017-03-06T13:38:01Z",
        "_links": {"legs": f"/calls/{n}/legs", "self": f"/calls/{n}"},
    }
    data.update(changes)
    return data


def list_page(calls: list[dict[str, Any]], current: int, count: int) -> dict[str, Any]:
    return {
        "data": calls,
        "_links": {"self": f"/calls?page={current}"},
        "pagination": {"totalCount": 5, "pageCount": count, "currentPage": current, "perPage": 2},
    }


@pytest.fixture
def client(server: TestServer) -> Iterator[Client]:
    with Client(KEY, base_url=server.url) as c:
        yield c


def test_get_unwraps_data_and_types_the_call(server: TestServer, client: Client):
    server.reply(Reply(200, {"data": [call(1)], "_links": {"self": "/calls/1"}}))
    got = client.calls.get("f1aa")
    assert got.id == call(1)["id"]
    assert got.status == "ended"
    assert got.created_at == dt.datetime(2017, 3, 6, 13, 34, 14, tzinfo=dt.UTC)
    assert got.number_id is None
    assert got.links == {"legs": "/calls/1/legs", "self": "/calls/1"}
    (request,) = server.requests
    assert (request.method, request.path) == ("GET", "/calls/f1aa")
    assert request.headers["authorization"] == f"AccessKey {KEY}"


def test_list_follows_the_pagination_block(server: TestServer, client: Client):
    server.reply(
        Reply(200, list_page([call(1), call(2)], 1, 3)),
        Reply(200, list_page([call(3), call(4)], 2, 3)),
        Reply(200, list_page([call(5, status="ringing-on-mars")], 3, 3)),
    )
    calls = list(client.calls.list(page_size=2))
    assert [c.id for c in calls] == [call(n)["id"] for n in range(1, 6)]
    assert calls[-1].status == "ringing-on-mars"  # unknown enum values stay strings
    assert [r.query for r in server.requests] == [
        {"perPage": ["2"]},
        {"perPage": ["2"], "page": ["2"]},
        {"perPage": ["2"], "page": ["3"]},
    ]


def test_voice_error_body_is_parsed(server: TestServer, client: Client):
    body = {"data": None, "errors": [{"code": 20, "message": "call not found"}]}
    server.reply(Reply(404, body))
    with pytest.raises(trunkline.NotFoundError) as caught:
        client.calls.get("nope")
    assert (caught.value.code, caught.value.message) == (20, "call not found")
    assert caught.value.provider == "messagebird"


def test_async_client_lists(server: TestServer):
    server.reply(Reply(200, list_page([call(1), call(2)], 1, 1)))

    async def main() -> list[str]:
        async with AsyncClient(KEY, base_url=server.url) as client:
            return [c.id async for c in client.calls.list()]

    assert asyncio.run(main()) == [call(1)["id"], call(2)["id"]]


def test_access_key_falls_back_to_the_environment(server: TestServer, monkeypatch):
    monkeypatch.setenv("MESSAGEBIRD_ACCESS_KEY", KEY)
    server.reply(Reply(200, {"data": [call(1)]}))
    with Client(base_url=server.url) as c:
        c.calls.get("x")
        assert KEY not in repr(c)
    assert server.requests[0].headers["authorization"] == f"AccessKey {KEY}"
