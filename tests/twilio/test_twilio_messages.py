"""Twilio Messages, sync and async, through the public clients over local HTTP."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

import pytest

from trunkline.twilio import AsyncClient, Client

from localserver import Reply, TestServer
from twilio_data import ACCOUNT, MESSAGE, ROOT, TOKEN, fixture, page

UTC = dt.UTC


@pytest.fixture
def client(server: TestServer) -> Iterator[Client]:
    with Client(ACCOUNT, TOKEN, base_url=server.url) as c:
        yield c


def test_create_sends_the_form_and_types_the_answer(server: TestServer, client: Client):
    server.reply(Reply(201, fixture("message", status="queued", date_sent=None)))
    message = client.messages.create(to="+14155552345", from_="+14155550100", body="Hi there")
    assert message.status == "queued"
    assert message.date_sent is None
    assert message.num_segments == 1
    assert message.price == Decimal("-0.00790")
    assert message.date_created == dt.datetime(2023, 8, 24, 5, 1, 45, tzinfo=UTC)
    (request,) = server.requests
    assert (request.method, request.path) == ("POST", f"{ROOT}/Messages.json")
    assert request.form == {"To": ["+14155552345"], "From": ["+14155550100"], "Body": ["Hi there"]}


def test_get_fetches_one(server: TestServer, client: Client):
    server.reply(Reply(200, fixture("message")))
    assert client.messages.get(MESSAGE).from_ == "+14155552345"
    assert server.requests[0].path == f"{ROOT}/Messages/{MESSAGE}.json"


def test_list_pages_with_a_lone_date_sent_bound(server: TestServer, client: Client):
    records = [fixture("message", sid=f"SM{i:032d}") for i in range(3)]
    server.reply(
        Reply(200, page("messages", records[:2], f"{ROOT}/Messages.json?Page=1&PageToken=P1")),
        Reply(200, page("messages", records[2:], None, 1)),
    )
    sids = [
        m.sid for m in client.messages.list(date_sent_before=dt.datetime(2024, 1, 1, tzinfo=UTC))
    ]
    assert sids == [r["sid"] for r in records]
    assert server.requests[0].query == {"DateSent<": ["2024-01-01T00:00:00Z"]}


def test_async_client_creates_and_lists(server: TestServer):
    records = [fixture("message", sid=f"SM{i:032d}") for i in range(3)]
    server.reply(
        Reply(201, fixture("message", status="queued")),
        Reply(200, page("messages", records[:2], f"{ROOT}/Messages.json?Page=1&PageToken=P1")),
        Reply(200, page("messages", records[2:], None, 1)),
    )

    async def main() -> tuple[str, list[str]]:
        async with AsyncClient(ACCOUNT, TOKEN, base_url=server.url) as client:
            created = await client.messages.create(
                to="+14155550100", from_="+14155550199", body="x"
            )
            listed = [m.sid async for m in client.messages.list(page_size=2)]
            return str(created.status), listed

    status, listed = asyncio.run(main())
    assert status == "queued"
    assert listed == [r["sid"] for r in records]
    assert server.count == 3


def test_async_create_is_not_retried_after_a_server_error(server: TestServer):
    import trunkline

    server.reply(Reply(500, {"code": 20500, "message": "Internal"}))

    async def main() -> None:
        async with AsyncClient(ACCOUNT, TOKEN, base_url=server.url, max_retries=3) as client:
            await client.messages.create(to="+14155550100", from_="+14155550199", body="x")

    with pytest.raises(trunkline.InternalServerError):
        asyncio.run(main())
    assert server.count == 1
