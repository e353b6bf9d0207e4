"""`list_in_range`: records in [start, end), server-side bounds, typed refusals."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Iterator

import pytest

import trunkline
from trunkline.twilio import AsyncClient, Client

from localserver import Reply, TestServer
from twilio_data import ACCOUNT, ROOT, TOKEN, fixture, page

UTC = dt.UTC
START = dt.datetime(2024, 3, 1, tzinfo=UTC)
END = dt.datetime(2024, 3, 2, tzinfo=UTC)


def rfc2822(when: dt.datetime) -> str:
    return when.strftime("%a, %d %b %Y %H:%M:%S +0000")


@pytest.fixture
def client(server: TestServer) -> Iterator[Client]:
    with Client(ACCOUNT, TOKEN, base_url=server.url) as c:
        yield c


def test_calls_in_range_send_both_bounds_and_keep_the_half_open_interval(
    server: TestServer, client: Client
):
    inside = fixture("call", sid="CA1", start_time=rfc2822(START))
    at_end = fixture("call", sid="CA2", start_time=rfc2822(END))  # end is excluded
    never_started = fixture("call", sid="CA3", start_time=None)
    server.reply(
        Reply(200, page("calls", [inside, at_end], f"{ROOT}/Calls.json?Page=1&PageToken=P1")),
        Reply(200, page("calls", [never_started], None, 1)),
    )
    sids = [c.sid for c in client.calls.list_in_range(START, END, status="completed")]
    assert sids == ["CA1"]
    assert server.requests[0].query == {
        "StartTime>": ["2024-03-01T00:00:00Z"],
        "StartTime<": ["2024-03-02T00:00:00Z"],
        "Status": ["completed"],
    }


def test_other_timezones_are_sent_in_utc(server: TestServer, client: Client):
    server.reply(Reply(200, page("messages", [], None)))
    cet = dt.timezone(dt.timedelta(hours=1))
    list(client.messages.list_in_range(dt.datetime(2024, 3, 1, 1, tzinfo=cet), END))
    assert server.requests[0].query == {
        "DateSent>": ["2024-03-01T00:00:00Z"],
        "DateSent<": ["2024-03-02T00:00:00Z"],
    }


@pytest.mark.parametrize(
    ("start", "end", "match"),
    [
        (dt.datetime(2024, 3, 1), END, "start is a naive datetime"),
        (START, dt.datetime(2024, 3, 2), "end is a naive datetime"),
        (END, START, "before start"),
        (dt.date(2024, 3, 1), END, "start must be a datetime"),
    ],
)
def test_bad_bounds_are_refused_before_sending(
    server: TestServer, client: Client, start, end, match
):
    with pytest.raises(ValueError, match=match) as caught:
        client.calls.list_in_range(start, end)
    assert isinstance(caught.value, trunkline.TrunklineError)
    assert server.count == 0


def test_bounds_given_twice_are_refused(server: TestServer, client: Client):
    with pytest.raises(trunkline.InvalidParameterError, match="start_time_after"):
        client.calls.list_in_range(START, END, start_time_after=START)


def test_async_messages_in_range(server: TestServer):
    inside = fixture("message", sid="SM1", date_sent=rfc2822(START + dt.timedelta(hours=5)))
    server.reply(Reply(200, page("messages", [inside], None)))

    async def main() -> list[str]:
        async with AsyncClient(ACCOUNT, TOKEN, base_url=server.url) as client:
            return [m.sid async for m in client.messages.list_in_range(START, END)]

    assert asyncio.run(main()) == ["SM1"]
