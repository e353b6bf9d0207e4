"""Twilio behaviour beyond the spec: subaccounts, alert descriptions, errata, error codes."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

import trunkline
from trunkline.twilio import AsyncClient, Client

from localserver import Reply, TestServer
from twilio_data import ACCOUNT, CALL, ROOT, TOKEN, fixture

SUB = "AC" + "5" * 32
ALERT = "NO" + "1" * 32


@pytest.fixture
def client(server: TestServer) -> Iterator[Client]:
    with Client(ACCOUNT, TOKEN, base_url=server.url) as c:
        yield c


def test_with_account_acts_on_the_subaccount_with_the_same_credentials_and_pool(
    server: TestServer, client: Client
):
    server.route = lambda request: Reply(200, fixture("call"))
    sub = client.with_account(SUB)
    sub.calls.get(CALL)
    client.calls.get(CALL)
    first, second = server.requests
    assert first.path == f"/2010-04-01/Accounts/{SUB}/Calls/{CALL}.json"
    assert second.path == f"{ROOT}/Calls/{CALL}.json"
    assert first.headers["authorization"] == second.headers["authorization"]
    assert first.client_port == second.client_port  # one connection pool
    assert sub.account_sid == SUB and client.account_sid == ACCOUNT
    sub.close()  # a view: the pool stays open for the client it came from
    client.calls.get(CALL)
    assert server.count == 3


def test_with_account_refuses_what_is_no_account_sid(client: Client):
    with pytest.raises(trunkline.ConfigurationError, match="AC followed by 32 hex digits"):
        client.with_account("SUB1")


def test_async_with_account(server: TestServer):
    server.route = lambda request: Reply(200, fixture("call"))

    async def main() -> str:
        async with AsyncClient(ACCOUNT, TOKEN, base_url=server.url) as client:
            await client.with_account(SUB).calls.get(CALL)
        return server.requests[0].path

    assert asyncio.run(main()).startswith(f"/2010-04-01/Accounts/{SUB}/")


def alert(**fields: object) -> dict[str, object]:
    base: dict[str, object] = {"sid": ALERT, "account_sid": ACCOUNT, "error_code": "11200"}
    base.update(fields)
    return base


@pytest.mark.parametrize(
    ("fields", "description", "status"),
    [
        (
            {"alert_text": "Msg=&sourceComponent=12000&ErrorCode=11200&httpResponse=502&url=x"},
            "HTTP retrieval failure: status code 502 when fetching TwiML",
            502,
        ),
        (
            {"alert_text": "httpResponse=999&ErrorCode=11200"},
            "HTTP retrieval failure: status code 999 when fetching TwiML",
            None,
        ),
        (
            {
                "error_code": "14107",
                "alert_text": "Msg=Reply+rate+limit+hit+replying+to+%2B1415+over+15+per+30s",
            },
            "Reply rate limit hit replying to +1415",
            None,
        ),
        (
            {"error_code": "12100", "alert_text": "Msg=Error+on+line+1"},
            "Document parse failure",
            None,
        ),
        (
            {"error_code": "13520", "alert_text": "Msg=x"},
            "The text of the Say verb was empty or un-parsable",
            None,
        ),
        (
            {"error_code": "13225", "alert_text": "Msg=Forbidden+number:+&phonenumber=%2B1900"},
            "Forbidden number: +1900",
            None,
        ),
        (
            {"error_code": "30003", "alert_text": "Msg=unreachable+handset."},
            "Unreachable handset",
            None,
        ),
        (
            {"error_code": "30008", "alert_text": "a=b", "more_info": "https://e.com/30008"},
            "Error 30008: https://e.com/30008",
            None,
        ),
        ({"error_code": "30008", "alert_text": "a=b"}, "Unknown failure", None),
        ({"error_code": None, "alert_text": None}, "Unknown failure", None),
        (
            {"error_code": "oops", "alert_text": "%%%", "more_info": "https://e.com"},
            "Unknown failure: https://e.com",
            None,
        ),
    ],
)
def test_an_alert_says_what_went_wrong_in_one_sentence(
    server: TestServer, client: Client, fields, description, status
):
    server.reply(Reply(200, alert(**fields)))
    got = client.monitor.alerts.get(ALERT)
    assert got.description == description
    assert got.status_code == status
    assert not got.description.endswith(".")


def test_listed_alerts_have_descriptions_and_can_be_filtered_by_resource(
    server: TestServer, client: Client
):
    body = {
        "alerts": [alert(alert_text="httpResponse=404&ErrorCode=11200")],
        "meta": {"key": "alerts", "next_page_url": None},
    }
    server.reply(Reply(200, body))
    (listed,) = client.monitor.alerts.list(resource_sid=CALL)
    assert listed.description == "HTTP retrieval failure: status code 404 when fetching TwiML"
    assert server.requests[0].query["ResourceSid"] == [CALL]  # the undocumented filter


def test_notification_error_code_4107_reads_as_14107(server: TestServer, client: Client):
    sid = "NO" + "2" * 32
    server.reply(
        Reply(200, {"sid": sid, "error_code": "4107"}),
        Reply(200, {"sid": sid, "error_code": "11200"}),
        Reply(200, {"notifications": [{"sid": sid, "error_code": "4107"}], "next_page_uri": None}),
    )
    assert client.notifications.get(sid).error_code == 14107
    assert client.notifications.get(sid).error_code == 11200
    assert [n.error_code for n in client.notifications.list()] == [14107]


@pytest.mark.parametrize(
    ("status", "code", "error"),
    [
        (400, 20404, trunkline.NotFoundError),
        (400, 20429, trunkline.RateLimitError),
        (404, 20404, trunkline.NotFoundError),
    ],
)
def test_twilios_error_code_picks_the_error_class(
    server: TestServer, client: Client, status, code, error
):
    server.reply(Reply(status, {"code": code, "message": "m", "more_info": "u", "status": status}))
    with pytest.raises(error) as caught:
        client.calls.get(CALL, max_retries=0)
    assert (caught.value.code, caught.value.message, caught.value.more_info) == (code, "m", "u")
