"""`list_in_range`: records in [start, end), server-side bounds, typed refusals."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Iterator
from zoneinfo import ZoneInfo

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
    # Twilio filters by whole UTC days: the tightest days covering [start, end), at the
    # largest page it serves.
    assert server.requests[0].query == {
        "StartTime>": ["2024-03-01"],
        "StartTime<": ["2024-03-02"],
        "Status": ["completed"],
        "PageSize": ["1000"],
    }


def test_other_timezones_are_sent_in_utc(server: TestServer, client: Client):
    server.reply(Reply(200, page("messages", [], None)))
    cet = dt.timezone(dt.timedelta(hours=1))
    list(client.messages.list_in_range(dt.datetime(2024, 3, 1, 1, tzinfo=cet), END))
    assert server.requests[0].query == {
        "DateSent>": ["2024-03-01"],  # 01:00 CET is midnight UTC
        "DateSent<": ["2024-03-02"],
        "PageSize": ["1000"],
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


# --------------------------------------------------------------------------- a call log


class CallLog:
    """A Twilio account's calls, served as Twilio serves them: whole-UTC-day `StartTime`
    filters, newest first, `PageSize` pages linked by `next_page_uri`."""

    def __init__(self, starts: list[dt.datetime], honour_filters: bool = True) -> None:
        self.calls = sorted(starts, reverse=True)
        self.honour_filters = honour_filters

    def __call__(self, request) -> Reply:
        query = {k: v[0] for k, v in request.query.items()}
        chosen = self.calls
        if self.honour_filters:
            if "StartTime>" in query:
                after = dt.datetime.fromisoformat(query["StartTime>"]).replace(tzinfo=UTC)
                chosen = [c for c in chosen if c >= after]
            if "StartTime<" in query:
                before = dt.datetime.fromisoformat(query["StartTime<"]).replace(tzinfo=UTC)
                chosen = [c for c in chosen if c < before]
        size = int(query.get("PageSize", 50))
        number = int(query.get("Page", 0))
        rows = chosen[number * size : (number + 1) * size]
        more = (number + 1) * size < len(chosen)
        keep = "&".join(f"{k}={v}" for k, v in query.items() if k not in ("Page", "PageToken"))
        following = f"{ROOT}/Calls.json?{keep}&Page={number + 1}&PageToken=PT" if more else None
        records = [
            fixture("call", sid=f"CA{i:032x}", start_time=rfc2822(when))
            for i, when in enumerate(rows, start=number * size)
        ]
        return Reply(200, page("calls", records, following, number))

    def between(self, start: dt.datetime, end: dt.datetime) -> list[dt.datetime]:
        return [c for c in self.calls if start <= c < end]


def thirty_days(count: int = 2887) -> list[dt.datetime]:
    first = dt.datetime(2024, 2, 1, tzinfo=UTC)
    step = dt.timedelta(days=30) / count
    return [(first + i * step).replace(microsecond=0) for i in range(count)]  # RFC 2822: s


def test_a_three_day_window_of_a_thirty_day_log_is_one_request(server: TestServer, client: Client):
    log = CallLog(thirty_days())
    server.route = log
    pacific = ZoneInfo("America/Los_Angeles")
    start = dt.datetime(2024, 2, 10, 9, 30, tzinfo=pacific)
    end = start + dt.timedelta(days=3)
    got = [c.start_time for c in client.calls.list_in_range(start, end)]
    assert got == log.between(start, end)
    assert 280 < len(got) < 300  # about 96 calls a day
    # The four UTC days around the window hold ~385 calls: one page of 1,000. (The default
    # page of 50 would take 8 requests for those days, 58 for the whole log unfiltered.)
    assert server.count == 1
    assert server.requests[0].query["PageSize"] == ["1000"]


def test_paging_stops_once_a_page_reaches_records_older_than_start(
    server: TestServer, client: Client
):
    log = CallLog(thirty_days(), honour_filters=False)  # as if Twilio ignored the filters
    server.route = log
    start = dt.datetime(2024, 2, 28, tzinfo=UTC)
    end = dt.datetime(2024, 3, 1, 12, tzinfo=UTC)
    got = [c.start_time for c in client.calls.list_in_range(start, end, page_size=100)]
    assert got == log.between(start, end)
    # 2,887 calls newest first: the window's records and the first older one are in the
    # first 3 pages of 100; the 26 pages after them are never fetched.
    assert server.count == 3


@pytest.mark.parametrize(
    ("day", "hours", "sent"),
    [
        (dt.date(2024, 3, 10), 23, ("2024-03-10", "2024-03-12")),  # spring forward
        (dt.date(2024, 11, 3), 25, ("2024-11-03", "2024-11-05")),  # fall back
        (dt.date(2024, 2, 12), 24, ("2024-02-12", "2024-02-14")),
    ],
)
def test_a_local_day_is_its_own_length_across_dst_changes(
    server: TestServer, client: Client, day: dt.date, hours: int, sent: tuple[str, str]
):
    pacific = ZoneInfo("America/Los_Angeles")
    start = dt.datetime.combine(day, dt.time(), tzinfo=pacific)
    end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), tzinfo=pacific)
    assert (end.astimezone(UTC) - start.astimezone(UTC)).total_seconds() == hours * 3600
    hourly = [start.astimezone(UTC) + dt.timedelta(minutes=30 + 60 * i) for i in range(-5, 30)]
    log = CallLog(hourly)
    server.route = log
    got = [c.start_time for c in client.calls.list_in_range(start, end)]
    assert len(got) == hours
    assert got == log.between(start, end)
    query = server.requests[0].query
    assert (query["StartTime>"][0], query["StartTime<"][0]) == sent


def test_an_empty_day_yields_nothing_in_one_request(server: TestServer, client: Client):
    server.route = CallLog(thirty_days())
    start = dt.datetime(2024, 5, 1, tzinfo=UTC)  # after the log
    assert list(client.calls.list_in_range(start, start + dt.timedelta(days=1))) == []
    assert server.count == 1


def test_an_empty_range_sends_nothing(server: TestServer, client: Client):
    assert list(client.calls.list_in_range(START, START)) == []
    assert list(client.messages.list_in_range(END, END)) == []
    assert server.count == 0


def test_async_range_stops_early_too(server: TestServer):
    log = CallLog(thirty_days(), honour_filters=False)
    server.route = log
    start = dt.datetime(2024, 2, 28, tzinfo=UTC)

    async def main() -> list[dt.datetime]:
        async with AsyncClient(ACCOUNT, TOKEN, base_url=server.url) as client:
            calls = client.calls.list_in_range(start, END, page_size=100)
            return [c.start_time async for c in calls]

    assert asyncio.run(main()) == log.between(start, END)
    assert server.count == 3
