"""trunkline's Twilio client against the sandbox, sync and async, end to end."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest

import trunkline
from trunkline.sandbox import Sandbox
from trunkline.twilio import Client, RequestValidator

from localserver import Recorded, Reply, TestServer


@pytest.fixture
def client(twilio: Any) -> Any:
    return twilio


def _url(request: Recorded, server: TestServer) -> str:
    query = "&".join(f"{k}={v}" for k, vs in request.query.items() for v in vs)
    return f"{server.url}{request.path}" + (f"?{query}" if query else "")


def test_a_call_runs_its_lifecycle_and_posts_signed_status_callbacks(
    sb: Sandbox, client: Any, receiver: TestServer
) -> None:
    call = client.calls.create(
        to="+14155550100",
        from_="+14155550199",
        url=f"{receiver.url}/twiml",
        status_callback=f"{receiver.url}/status",
        status_callback_event=["initiated", "ringing", "answered", "completed"],
    )
    assert call.sid.startswith("CA") and len(call.sid) == 34
    assert call.status == "queued"
    sb.advance(10)
    done = client.calls.get(call.sid)
    assert done.status == "completed"
    assert done.duration == 5 and done.start_time is not None and done.end_time is not None
    statuses = [r.form["CallStatus"][0] for r in receiver.requests if r.path == "/status"]
    assert statuses == ["queued", "ringing", "in-progress", "completed"]
    validator = RequestValidator(sb.credentials["twilio"]["auth_token"])
    for request in receiver.requests:
        signature = request.headers["x-twilio-signature"]
        assert validator.validate(_url(request, receiver), request.form, signature)
        assert not RequestValidator("wrong-token").validate(
            _url(request, receiver), request.form, signature
        )
    twiml = [r for r in receiver.requests if r.path == "/twiml"]
    assert len(twiml) == 1 and twiml[0].form["CallStatus"] == ["in-progress"]


def test_a_message_is_sent_then_delivered(sb: Sandbox, client: Any, receiver: TestServer) -> None:
    message = client.messages.create(
        to="+14155550100",
        from_="+14155550199",
        body="hello",
        status_callback=f"{receiver.url}/sms",
    )
    assert message.sid.startswith("SM") and message.status == "queued"
    sb.advance(1)
    assert client.messages.get(message.sid).status == "sent"
    sb.advance(1)
    delivered = client.messages.get(message.sid)
    assert delivered.status == "delivered" and delivered.date_sent is not None
    assert [r.form["MessageStatus"][0] for r in receiver.requests] == ["sent", "delivered"]


def test_lists_page_filter_and_come_newest_first(sb: Sandbox, client: Any) -> None:
    to = "+14155550123"
    sids = [
        client.calls.create(to=to, from_="+14155550199", twiml="<Response/>").sid for _ in range(7)
    ]
    listed = [c.sid for c in client.calls.list(to=to, page_size=3)]
    assert listed == sids[::-1]
    assert [c.sid for c in client.calls.list(to=to, limit=2)] == sids[:-3:-1]
    assert list(client.calls.list(to=to, status="completed")) == []
    sb.advance(10)
    assert len(list(client.calls.list(to=to, status="completed"))) == 7


def test_list_in_range_gets_the_calls_that_started_in_it(sb: Sandbox, client: Any) -> None:
    to = "+14155550124"
    first = client.calls.create(to=to, from_="+14155550199", twiml="<Response/>")
    sb.advance(3600)
    second = client.calls.create(to=to, from_="+14155550199", twiml="<Response/>")
    sb.advance(10)
    started = client.calls.get(second.sid).start_time
    assert started is not None
    found = client.calls.list_in_range(
        started - timedelta(seconds=1), started + timedelta(1), to=to
    )
    assert [c.sid for c in found] == [second.sid]
    everything = client.calls.list_in_range(
        datetime(2000, 1, 1, tzinfo=UTC), started + timedelta(1), to=to
    )
    assert {c.sid for c in everything} == {first.sid, second.sid}


def test_update_hangs_up_and_delete_removes(sb: Sandbox, client: Any) -> None:
    call = client.calls.create(to="+14155550100", from_="+14155550199", twiml="<Response/>")
    sb.advance(4)
    assert client.calls.get(call.sid).status == "in-progress"
    assert client.calls.update(call.sid, status="completed").status == "completed"
    client.calls.delete(call.sid)
    with pytest.raises(trunkline.NotFoundError) as caught:
        client.calls.get(call.sid)
    assert caught.value.code == 20404 and caught.value.provider == "twilio"


def test_a_twiml_conference_gets_participants(sb: Sandbox, client: Any) -> None:
    twiml = "<Response><Dial><Conference>standup</Conference></Dial></Response>"
    calls = [
        client.calls.create(to=f"+1415555020{i}", from_="+14155550199", twiml=twiml)
        for i in range(2)
    ]
    sb.advance(4)
    conference = next(c for c in client.conferences.list(friendly_name="standup"))
    assert conference.status == "in-progress"
    members = {p.call_sid for p in client.conferences.participants.list(conference.sid)}
    assert members == {c.sid for c in calls}
    sb.advance(10)
    assert client.conferences.get(conference.sid).status == "completed"
    assert list(client.conferences.participants.list(conference.sid)) == []


def test_subaccounts_and_api_keys_authenticate(sb: Sandbox, client: Any) -> None:
    sub = client.accounts.create(friendly_name="team")
    assert sub.sid.startswith("AC") and sub.owner_account_sid == client.account_sid
    with Client(sub.sid, sub.auth_token, base_url=sb.url) as own:
        own.messages.create(to="+14155550100", from_="+14155550199", body="from sub")
        assert [m.body for m in own.messages.list()] == ["from sub"]
    creds = sb.credentials["twilio"]
    page = httpx.get(
        f"{sb.url}/2010-04-01/Accounts/{sub.sid}/Messages.json",
        auth=(creds["account_sid"], creds["auth_token"]),
    )
    assert [m["body"] for m in page.json()["messages"]] == ["from sub"]  # the parent sees it
    stranger = httpx.get(
        f"{sb.url}/2010-04-01/Accounts/{creds['account_sid']}/Messages.json",
        auth=(sub.sid, sub.auth_token),
    )
    assert stranger.status_code == 404  # a subaccount does not see its parent
    key = client.keys.create(friendly_name="ci")
    assert key.sid.startswith("SK") and key.secret
    with Client(client.account_sid, api_key=key.sid, api_secret=key.secret, base_url=sb.url) as k:
        assert (
            k.calls.get(
                client.calls.create(
                    to="+14155550100", from_="+14155550199", twiml="<Response/>"
                ).sid
            ).status
            == "queued"
        )


def test_a_bad_request_gets_twilios_error_body(sb: Sandbox, client: Any) -> None:
    creds = sb.credentials["twilio"]
    url = f"{sb.url}/2010-04-01/Accounts/{creds['account_sid']}/Calls.json"
    auth = (creds["account_sid"], creds["auth_token"])
    answer = httpx.post(url, data={"From": "+14155550199", "Twiml": "<Response/>"}, auth=auth)
    assert answer.status_code == 400
    assert answer.json() == {
        "code": 21604,
        "message": "Required parameter To missing.",
        "more_info": "https://www.twilio.com/docs/errors/21604",
        "status": 400,
    }
    answer = httpx.post(url, data={"To": "nope", "From": "+1415", "Twiml": "x"}, auth=auth)
    assert answer.status_code == 400 and answer.json()["code"] == 21211
    answer = httpx.get(url, params={"PageSize": "0"}, auth=auth)
    assert answer.status_code == 400 and "PageSize" in answer.json()["message"]
    bad_sid = f"{url.removesuffix('.json')}/XX{'0' * 32}.json"
    assert httpx.get(bad_sid, auth=auth).json()["code"] == 20404


def test_other_products_share_the_origin(sb: Sandbox, client: Any) -> None:
    workspace = client.taskrouter.workspaces.create(friendly_name="support")
    assert workspace.sid.startswith("WS")
    worker = client.taskrouter.workspaces.workers.create(workspace.sid, friendly_name="ann")
    assert worker.sid.startswith("WK")
    assert [w.friendly_name for w in client.taskrouter.workspaces.workers.list(workspace.sid)] == [
        "ann"
    ]
    assert client.lookups.phone_numbers.get("+14155550100").phone_number == "+14155550100"
    assert client.pricing.v1.voice.countries.get("US").iso_country == "US"
    with pytest.raises(trunkline.NotFoundError):
        client.insights.voice.get("CA" + "0" * 32)


@pytest.mark.anyio
async def test_the_async_client_works_the_same(sb: Sandbox, receiver: TestServer) -> None:
    async with sb.twilio(asynchronous=True) as client:
        call = await client.calls.create(
            to="+14155550100",
            from_="+14155550199",
            twiml="<Response/>",
            status_callback=f"{receiver.url}/status",
        )
        await sb.advance_async(10)
        assert (await client.calls.get(call.sid)).status == "completed"
        sids = [c.sid async for c in client.calls.list(limit=1)]
        assert sids == [call.sid]
    (callback,) = receiver.requests
    assert parse_qs(callback.body.decode())["CallStatus"] == ["completed"]


def test_a_failing_callback_is_retried_with_backoff_and_logged(
    sb: Sandbox, client: Any, server: TestServer
) -> None:
    failures = iter([Reply(500), Reply(503)])

    def flaky(request: Recorded) -> Reply:
        if request.form["MessageStatus"] == ["sent"]:
            return next(failures, Reply(200))
        return Reply(200)

    server.route = flaky
    client.messages.create(
        to="+14155550100", from_="+14155550199", body="x", status_callback=f"{server.url}/cb"
    )
    start = sb.now()
    sb.advance(10)
    log = [w for w in sb.webhooks if w["url"] == f"{server.url}/cb"]
    sent = [
        (w["attempt"], w["status"], round(w["at"] - start))
        for w in log
        if w["event"] == "message.sent"
    ]
    assert sent == [(1, 500, 1), (2, 503, 2), (3, 200, 4)]  # backoff: 1 s, then 2 s
    assert [w["status"] for w in log if w["event"] == "message.delivered"] == [200]
    assert len(server.requests) == 4


def test_an_unreachable_callback_is_given_up_after_five_attempts(
    sb: Sandbox, client: Any, server: TestServer
) -> None:
    url = f"{server.url}/gone"
    server.close()
    client.messages.create(to="+14155550100", from_="+14155550199", body="x", status_callback=url)
    sb.advance(60)
    log = [w for w in sb.webhooks if w["url"] == url and w["event"] == "message.sent"]
    assert [w["attempt"] for w in log] == [1, 2, 3, 4, 5]
    assert all(w["status"] is None and w["error"] for w in log)
