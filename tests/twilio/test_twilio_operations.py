"""Every operation of every Twilio spec, over HTTP: the request it sends, the record it reads.

The answers are the official specs' own example responses (../shared/reference/twilio),
so each record type is read from what Twilio documents it sends. Lists are walked
across three pages; every operation is also answered with an error.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator

import pytest

import trunkline
from trunkline.twilio import Client

from localserver import Reply, TestServer
from spec_harness import Case, cases, record_fields, required_inputs
from twilio_data import ACCOUNT, TOKEN

REFERENCES = {
    "api_v2010": "twilio/twilio_api_v2010.json",
    **{
        name: f"twilio/twilio_{name}.json"
        for name in (
            "fax_v1",
            "insights_v1",
            "lookups_v1",
            "lookups_v2",
            "monitor_v1",
            "pricing_v1",
            "pricing_v2",
            "taskrouter_v1",
            "wireless_v1",
        )
    },
}
CASES = cases("twilio", REFERENCES)
LISTS = [c for c in CASES if c.items_key]


@pytest.fixture(scope="module")
def shared() -> Iterator[tuple[TestServer, Client]]:
    # One server and one client for the hundreds of cases here (each test resets the server).
    srv = TestServer()
    try:
        with Client(ACCOUNT, TOKEN, base_url=srv.url, max_retries=0) as c:
            yield srv, c
    finally:
        srv.close()


@pytest.fixture
def server(shared: tuple[TestServer, Client]) -> TestServer:
    srv = shared[0]
    srv.requests.clear()
    srv.replies.clear()
    srv.route = None
    return srv


@pytest.fixture
def client(shared: tuple[TestServer, Client], server: TestServer) -> Client:
    return shared[1]


def test_every_spec_operation_is_here():
    assert len(CASES) >= 249  # 157 of the 2010 API, 92 of the products
    assert len({c.dotted for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_each_operation_sends_its_request_and_reads_its_answer(
    server: TestServer, client: Client, case: Case
):
    body = case.response if case.response is not None else b""
    if case.items_key:
        body = _paged(case, 0, 1, server.url)  # the example, as a last page
    server.reply(Reply(case.status, body))
    method = case.method(client)
    result = method(*case.args, **required_inputs(method))
    if case.items_key:
        records = list(result)  # lazy: fetched here
        assert len(records) == len(case.response[case.items_key])
        for record in records:
            record_fields(record)
    (request,) = server.requests
    assert request.method == case.http_method
    assert request.path == case.expected_path({"AccountSid": ACCOUNT})
    if case.items_key:
        pass
    elif case.kind == "json" and isinstance(case.response, dict):
        assert result.to_dict() == case.response  # the wire JSON, unknown fields kept
        assert record_fields(result)
    elif case.kind == "none":
        assert result is None


def _paged(case: Case, number: int, pages: int, url: str) -> dict:
    body = copy.deepcopy(case.response)
    more = number + 1 < pages
    link = f"{case.expected_path({'AccountSid': ACCOUNT})}?Page={number + 1}&PageToken=PT{number}"
    if case.paging == "twilio":
        body["next_page_uri"] = link if more else None
        body["page"] = number
    else:  # v1 products: an absolute link, re-rooted at base_url by the client
        meta = body.setdefault("meta", {})
        meta["next_page_url"] = f"https://api.twilio.com{link}" if more else None
        meta["key"] = case.items_key
        meta["page"] = number
    return body


@pytest.mark.parametrize("case", [c for c in LISTS if c.response[c.items_key]], ids=lambda c: c.id)
def test_each_list_walks_three_pages_lazily(server: TestServer, client: Client, case: Case):
    server.route = lambda request: Reply(
        200, _paged(case, int(request.query.get("Page", ["0"])[0]), 3, server.url)
    )
    method = case.method(client)
    pager = method(*case.args, **required_inputs(method))
    assert server.count == 0  # nothing is fetched before the records are wanted
    per_page = len(case.response[case.items_key])
    records = list(pager)
    assert len(records) == 3 * per_page
    assert [r.query.get("Page") for r in server.requests] == [None, ["1"], ["2"]]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_each_operation_raises_twilios_error_typed(server: TestServer, client: Client, case: Case):
    server.reply(
        Reply(
            404,
            {
                "code": 20404,
                "message": "The requested resource was not found",
                "more_info": "https://www.twilio.com/docs/errors/20404",
                "status": 404,
            },
        )
    )
    method = case.method(client)
    with pytest.raises(trunkline.NotFoundError) as caught:
        result = method(*case.args, **required_inputs(method))
        if case.items_key:
            list(result)
    assert caught.value.code == 20404
    assert caught.value.more_info == "https://www.twilio.com/docs/errors/20404"
    assert caught.value.provider == "twilio"
