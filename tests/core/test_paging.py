"""Lazy pagers over a 3-page local server, one per paging style, on every backend."""

from __future__ import annotations

from typing import Any

import pytest

from trunkline._core import (
    AutoPaging,
    ConfigurationError,
    InvalidParameterError,
    MessageBirdPaging,
    NextPage,
    PagingStrategy,
    TwilioPaging,
    TwilioV1Paging,
    VonageHALPaging,
)

from backends import API, ASYNC_BACKENDS, MakeAPI, async_api, close_async_api
from core_fakeapi import Rec, TwilioLike, VonageLike, ops
from localserver import Recorded, Reply, TestServer

OPS = ops()
RECORDS = [{"sid": f"TH{i}"} for i in range(6)]  # two per page, three pages


def _page_number(request: Recorded, name: str) -> int:
    return int(request.query.get(name, ["1"])[0])


def _twilio_2010(request: Recorded) -> Reply:
    page = _page_number(request, "Page") - 1
    last = page == 2
    return Reply(
        200,
        {
            "things": RECORDS[page * 2 : page * 2 + 2],
            "page": page,
            "next_page_uri": None
            if last
            else f"/base/v1/Things.json?PageSize=2&Page={page + 2}&PageToken=PT{page}",
        },
    )


def _twilio_v1(request: Recorded) -> Reply:
    page = _page_number(request, "Page") - 1
    last = page == 2
    next_url = (
        None if last else f"https://api.example.test/base/v1/Things.json?PageSize=2&Page={page + 2}"
    )
    return Reply(
        200,
        {
            "alerts": RECORDS[page * 2 : page * 2 + 2],
            "meta": {"key": "alerts", "page": page, "next_page_url": next_url},
        },
    )


def _messagebird(request: Recorded) -> Reply:
    page = _page_number(request, "page")
    return Reply(
        200,
        {
            "data": RECORDS[(page - 1) * 2 : page * 2],
            "pagination": {"currentPage": page, "pageCount": 3, "perPage": 2, "totalCount": 6},
        },
    )


def _vonage_hal(request: Recorded) -> Reply:
    index = _page_number(request, "record_index")
    links: dict[str, Any] = {"self": {"href": "/base/v1/Things.json"}}
    if index < 3:
        links["next"] = {"href": f"/base/v1/Things.json?page_size=2&record_index={index + 1}"}
    return Reply(
        200,
        {
            "count": 6,
            "page_size": 2,
            "record_index": index,
            "_links": links,
            "_embedded": {"things": RECORDS[(index - 1) * 2 : index * 2]},
        },
    )


def _vonage_page_index(request: Recorded) -> Reply:
    index = _page_number(request, "page_index")
    return Reply(
        200,
        {
            "page_index": index,
            "total_pages": 3,
            "_embedded": {"things": RECORDS[(index - 1) * 2 : index * 2]},
        },
    )


STYLES = {
    "twilio-2010": (_twilio_2010, TwilioPaging()),
    "twilio-v1": (_twilio_v1, TwilioV1Paging()),
    "messagebird": (_messagebird, MessageBirdPaging()),
    "vonage-hal": (_vonage_hal, VonageHALPaging()),
    "vonage-page-index": (_vonage_page_index, VonageHALPaging()),
}


@pytest.mark.parametrize("style", list(STYLES))
def test_each_style_walks_three_pages(client: API, server: TestServer, style: str) -> None:
    route, paging = STYLES[style]
    server.route = route
    pager = client.list(OPS["list"], page_size=2, paging=paging)
    assert server.count == 0  # nothing is fetched before the first record is asked for
    assert list(pager) == [Rec(r) for r in RECORDS]
    assert server.count == 3
    assert all(r.path == "/base/v1/Things.json" for r in server.requests)
    assert all(r.headers["authorization"].startswith("Basic ") for r in server.requests)


@pytest.mark.parametrize("style", list(STYLES))
def test_auto_paging_recognises_each_style(client: API, server: TestServer, style: str) -> None:
    server.route = STYLES[style][0]
    assert [r.data["sid"] for r in client.list(OPS["list"])] == [r["sid"] for r in RECORDS]


def test_messagebird_next_page_keeps_the_filters(client: API, server: TestServer) -> None:
    server.route = _messagebird
    list(client.list(OPS["list"], status="ongoing", paging=MessageBirdPaging()))
    assert [r.query for r in server.requests] == [
        {"Status": ["ongoing"]},
        {"Status": ["ongoing"], "page": ["2"]},
        {"Status": ["ongoing"], "page": ["3"]},
    ]


@pytest.mark.parametrize(("limit", "requests"), [(0, 0), (1, 1), (2, 1), (3, 2), (5, 3), (50, 3)])
def test_limit_stops_without_fetching_further_pages(
    client: API, server: TestServer, limit: int, requests: int
) -> None:
    server.route = _twilio_2010
    records = list(client.list(OPS["list"], limit=limit, paging=TwilioPaging()))
    assert records == [Rec(r) for r in RECORDS[:limit]]
    assert server.count == requests


def test_records_are_fetched_as_they_are_consumed(client: API, server: TestServer) -> None:
    server.route = _twilio_2010
    pager = client.list(OPS["list"], paging=TwilioPaging())
    assert next(pager) == Rec(RECORDS[0])
    assert next(pager) == Rec(RECORDS[1])
    assert server.count == 1
    assert next(pager) == Rec(RECORDS[2])
    assert server.count == 2


def test_pages_walk_page_by_page(client: API, server: TestServer) -> None:
    server.route = _twilio_2010
    pages = list(client.list(OPS["list"], limit=5, paging=TwilioPaging()).pages())
    assert [len(page) for page in pages] == [2, 2, 1]
    assert pages[0].payload["page"] == 0
    assert list(pages[2]) == [Rec(RECORDS[4])]


def test_next_page_uri_params_are_not_doubled(client: API, server: TestServer) -> None:
    server.route = _twilio_2010
    list(client.list(OPS["list"], page_size=2, options={"extra_query": {"Beta": "1"}}))
    second = server.requests[1].query
    assert second == {"PageSize": ["2"], "Page": ["2"], "PageToken": ["PT0"], "Beta": ["1"]}


def test_a_next_link_to_the_same_page_stops_the_walk(client: API, server: TestServer) -> None:
    server.route = lambda request: Reply(
        200, {"things": [{"sid": "A"}], "next_page_uri": "/base/v1/Things.json"}
    )
    assert len(list(client.list(OPS["list"], paging=TwilioPaging()))) == 1
    assert server.count == 1


def test_vonage_query_auth_is_added_to_every_page(api_factory: MakeAPI, server: TestServer) -> None:
    server.route = _vonage_hal
    with api_factory(provider=VonageLike(), base_url=server.url) as api:
        assert len(list(api.list(OPS["list"], paging=VonageHALPaging()))) == 6
    assert all(r.query["api_key"] == ["key123"] for r in server.requests)
    assert server.requests[1].query["record_index"] == ["2"]


def test_list_needs_a_list_operation_and_a_sane_limit(client: API) -> None:
    with pytest.raises(ConfigurationError):
        client.list(OPS["fetch"], "x")
    with pytest.raises(InvalidParameterError):
        client.list(OPS["list"], limit=-1)


def test_a_custom_strategy_is_used(client: API, server: TestServer) -> None:
    class Cursor:
        def items(self, payload: Any, items_key: str | None) -> list[Any]:
            return list(payload["rows"])

        def next_page(self, payload: Any) -> NextPage | None:
            cursor = payload.get("cursor")
            return NextPage(params={"cursor": cursor}) if cursor else None

    strategy: PagingStrategy = Cursor()
    server.reply(
        Reply(200, {"rows": [{"n": 1}], "cursor": "c2"}),
        Reply(200, {"rows": [{"n": 2}], "cursor": None}),
    )
    assert [r.data["n"] for r in client.list(OPS["list"], paging=strategy)] == [1, 2]
    assert server.requests[1].query == {"cursor": ["c2"]}


def test_auto_paging_ends_on_an_unexpected_page() -> None:
    auto = AutoPaging()
    assert auto.items(None, "things") == []
    assert auto.next_page("not a dict") is None


@pytest.mark.anyio
@pytest.mark.parametrize("backend", ASYNC_BACKENDS)
async def test_async_pager_is_lazy_and_honours_limit(server: TestServer, backend: str) -> None:
    server.route = _twilio_v1
    api = async_api(backend, provider=TwilioLike(), base_url=server.url)
    try:
        pager = api.list(OPS["list"], limit=3, paging=TwilioV1Paging())
        assert server.count == 0
        records = [record async for record in pager]
        assert records == [Rec(r) for r in RECORDS[:3]]
        assert server.count == 2
        pages = [page async for page in api.list(OPS["list"], paging=TwilioV1Paging()).pages()]
    finally:
        await close_async_api(api)
    assert [len(page) for page in pages] == [2, 2, 2]
