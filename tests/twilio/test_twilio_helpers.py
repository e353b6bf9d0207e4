"""The twilio-go / PHP helpers: MMS, calls, buying numbers, queue members, usage categories."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

import trunkline
from trunkline.twilio import AsyncClient, Client

from localserver import Reply, TestServer
from twilio_data import ACCOUNT, CALL, ROOT, TOKEN, fixture, page

QUEUE = "QU" + "1" * 32


@pytest.fixture
def client(server: TestServer) -> Iterator[Client]:
    with Client(ACCOUNT, TOKEN, base_url=server.url, max_retries=3) as c:
        yield c


def test_send_mms_sends_every_media_url_as_a_repeated_key(server: TestServer, client: Client):
    server.reply(Reply(201, fixture("message")))
    client.messages.send_mms(
        to="+14155550100",
        from_="+14155550199",
        media_urls=["https://e.com/a.png", "https://e.com/b.gif"],
        body="look",
    )
    form = server.requests[0].form
    assert form["MediaUrl"] == ["https://e.com/a.png", "https://e.com/b.gif"]
    assert form["Body"] == ["look"]
    assert form["To"] == ["+14155550100"]


@pytest.mark.parametrize(
    ("media", "why"),
    [
        ([], "at least one URL"),
        ([f"https://e.com/{i}.png" for i in range(11)], "at most 10 URLs"),
        (["/relative.png"], "no absolute http"),
        (["ftp://e.com/a.png"], "no absolute http"),
    ],
)
def test_send_mms_refuses_bad_media_before_sending(server: TestServer, client: Client, media, why):
    with pytest.raises(trunkline.InvalidParameterError, match=why):
        client.messages.send_mms(to="+14155550100", from_="+14155550199", media_urls=media)
    assert server.count == 0


def test_make_a_call_runs_exactly_one_thing(server: TestServer, client: Client):
    server.reply(Reply(201, fixture("call")))
    call = client.calls.make(to="+14155550100", from_="+14155550199", twiml="<Response/>")
    assert call.sid
    assert server.requests[0].form["Twiml"] == ["<Response/>"]
    for given in ({}, {"url": "https://e.com/t", "twiml": "<Response/>"}):
        with pytest.raises(trunkline.InvalidParameterError, match="exactly one of url"):
            client.calls.make(to="+14155550100", from_="+14155550199", **given)
    assert server.count == 1


def test_a_call_placed_is_never_placed_twice(server: TestServer, client: Client):
    server.reply(Reply(500, {"code": 20500, "message": "oops"}))
    with pytest.raises(trunkline.InternalServerError):
        client.calls.make(to="+14155550100", from_="+14155550199", url="https://e.com/t")
    assert server.count == 1  # max_retries=3, but a create is never repeated after a 5xx


def test_buy_a_number(server: TestServer, client: Client):
    server.reply(Reply(201, {"sid": "PN" + "1" * 32, "phone_number": "+14155550100"}))
    bought = client.incoming_phone_numbers.buy("+1 415 555 0100", voice_url="https://e.com/v")
    assert bought.phone_number == "+14155550100"
    request = server.requests[0]
    assert request.path == f"{ROOT}/IncomingPhoneNumbers.json"
    assert request.form == {"PhoneNumber": ["+14155550100"], "VoiceUrl": ["https://e.com/v"]}


def test_the_front_of_a_queue_and_dequeuing_it(server: TestServer, client: Client):
    member = {"call_sid": CALL, "queue_sid": QUEUE, "position": 1}
    server.route = lambda request: Reply(200, member)
    assert client.queues.members.front(QUEUE).position == 1
    client.queues.members.dequeue_front(QUEUE, url="https://e.com/agent")
    client.queues.members.dequeue(QUEUE, CALL, url="https://e.com/agent", method="GET")
    front, dequeued, by_sid = server.requests
    assert (front.method, front.path) == ("GET", f"{ROOT}/Queues/{QUEUE}/Members/Front.json")
    assert (dequeued.method, dequeued.path) == ("POST", front.path)
    assert dequeued.form == {"Url": ["https://e.com/agent"]}
    assert by_sid.path == f"{ROOT}/Queues/{QUEUE}/Members/{CALL}.json"
    assert by_sid.form == {"Url": ["https://e.com/agent"], "Method": ["GET"]}


def test_dequeuing_is_never_retried_after_a_server_error(server: TestServer, client: Client):
    server.reply(Reply(503, {"code": 20503, "message": "busy"}))
    with pytest.raises(trunkline.InternalServerError):
        client.queues.members.dequeue_front(QUEUE, url="https://e.com/agent")
    assert server.count == 1  # a second try would take the next caller


@pytest.mark.parametrize(
    ("period", "path"),
    [
        (None, "Records.json"),
        ("this_month", "Records/ThisMonth.json"),
        ("all_time", "Records/AllTime.json"),
        ("yesterday", "Records/Yesterday.json"),
    ],
)
def test_one_usage_category_for_a_period(server: TestServer, client: Client, period, path):
    record = {"category": "sms", "count": "12", "price": "0.09", "usage": "12"}
    server.reply(Reply(200, page("usage_records", [record], None)))
    got = client.usage.records.category("sms", period=period)
    assert (got.count, str(got.price)) == (12, "0.09")
    assert server.requests[0].path == f"{ROOT}/Usage/{path}"
    assert server.requests[0].query["Category"] == ["sms"]


def test_a_usage_category_with_no_record_is_none(server: TestServer, client: Client):
    server.reply(Reply(200, page("usage_records", [], None)))
    assert client.usage.records.category("sms", period="today") is None
    with pytest.raises(trunkline.InvalidParameterError, match="period must be one of"):
        client.usage.records.category("sms", period="fortnight")


def test_async_helpers(server: TestServer):
    member = {"call_sid": CALL, "queue_sid": QUEUE, "position": 1}
    server.route = lambda request: Reply(
        201 if request.method == "POST" and "Members" not in request.path else 200,
        member if "Members" in request.path else fixture("call"),
    )

    async def main() -> list[object]:
        async with AsyncClient(ACCOUNT, TOKEN, base_url=server.url) as client:
            front = await client.queues.members.front(QUEUE)
            call = await client.calls.make(
                to="+14155550100", from_="+14155550199", url="https://e.com"
            )
            return [front.position, call.sid]

    assert asyncio.run(main()) == [1, fixture("call")["sid"]]


MESSAGE = "MM" + "1" * 32


def _media_route(server: TestServer, files: dict[str, bytes], seen: list[str]):
    listing = {
        "media_list": [{"sid": sid, "content_type": "image/png"} for sid in files],
        "next_page_uri": None,
    }

    def route(request):
        if request.path.endswith("/Media.json"):
            return Reply(200, listing)
        sid = request.path.rsplit("/", 1)[1]
        seen.append(sid)
        return Reply(200, files[sid], {"Content-Type": "image/png"})

    server.route = route


def test_every_media_file_of_a_message_comes_back_in_order(server: TestServer, client: Client):
    files = {f"ME{i:032x}": bytes([i]) * (1000 * (i + 1)) for i in range(6)}
    seen: list[str] = []
    _media_route(server, files, seen)
    got = client.messages.media.download_all(MESSAGE, concurrency=3)
    assert got == list(files.values())
    assert sorted(seen) == sorted(files)
    assert all("/Media/ME" in r.path and not r.path.endswith(".json") for r in server.requests[1:])
    with pytest.raises(trunkline.InvalidParameterError, match="concurrency"):
        client.messages.media.download_all(MESSAGE, concurrency=0)


def test_async_media_files_come_back_in_order(server: TestServer):
    files = {f"ME{i:032x}": bytes([i]) * 5000 for i in range(5)}
    _media_route(server, files, [])

    async def main() -> list[bytes]:
        async with AsyncClient(ACCOUNT, TOKEN, base_url=server.url) as client:
            return await client.messages.media.download_all(MESSAGE, concurrency=2)

    assert asyncio.run(main()) == list(files.values())
