"""Twilio Calls through the public client, over HTTP to a local server."""

from __future__ import annotations

import base64
import datetime as dt
import time
from collections.abc import Iterator
from decimal import Decimal

import pytest

import trunkline
from trunkline.twilio import Client

from localserver import Reply, TestServer
from twilio_data import ACCOUNT, CALL, ROOT, TOKEN, fixture, page

UTC = dt.UTC


@pytest.fixture
def client(server: TestServer) -> Iterator[Client]:
    with Client(ACCOUNT, TOKEN, base_url=server.url, max_retries=2) as c:
        yield c


def test_get_gives_a_typed_record_and_sends_basic_auth(server: TestServer, client: Client):
    server.reply(Reply(200, fixture("call")))
    call = client.calls.get("CA" + "a" * 32)

    assert call.sid == "CA" + "a" * 32
    assert call.start_time == dt.datetime(2010, 8, 31, 20, 36, 29, tzinfo=UTC)
    assert call.start_time.tzinfo is not None
    assert call.price == Decimal("-0.03000")
    assert call.duration == 15
    assert call.queue_time == 1000
    assert call.from_ == "+15017122661"
    assert call.status == "completed"
    assert call.parent_call_sid is None
    assert call.subresource_uris["recordings"].endswith("/Recordings.json")

    (request,) = server.requests
    assert request.method == "GET"
    assert request.path == f"{ROOT}/Calls/{'CA' + 'a' * 32}.json"
    expected = base64.b64encode(f"{ACCOUNT}:{TOKEN}".encode()).decode()
    assert request.headers["authorization"] == f"Basic {expected}"
    assert request.headers["user-agent"].startswith(f"trunkline/{trunkline.__version__} ")


def test_create_sends_a_form_with_wire_names(server: TestServer, client: Client):
    server.reply(Reply(201, fixture("call", status="queued")))
    call = client.calls.create(
        to="+14155552671",
        from_="+15017122661",
        url="https://example.com/twiml",
        status_callback_event=["initiated", "answered"],
        ring_timeout=30,  # Twilio's `Timeout`; `timeout` is the HTTP deadline of this call
        timeout=10,
    )
    assert call.status == "queued"
    (request,) = server.requests
    assert request.method == "POST"
    assert request.path == f"{ROOT}/Calls.json"
    assert request.form == {
        "To": ["+14155552671"],
        "From": ["+15017122661"],
        "Url": ["https://example.com/twiml"],
        "StatusCallbackEvent": ["initiated", "answered"],
        "Timeout": ["30"],
    }


def test_update_posts_to_the_instance(server: TestServer, client: Client):
    server.reply(Reply(200, fixture("call", status="completed")))
    client.calls.update(CALL, status="completed")
    (request,) = server.requests
    assert (request.method, request.path) == ("POST", f"{ROOT}/Calls/{CALL}.json")
    assert request.form == {"Status": ["completed"]}


def test_list_walks_pages_lazily_and_stops_at_limit(server: TestServer, client: Client):
    records = [fixture("call", sid=f"CA{i:032d}") for i in range(6)]
    server.reply(
        Reply(200, page("calls", records[:2], f"{ROOT}/Calls.json?PageSize=2&Page=1&PageToken=P1")),
        Reply(
            200, page("calls", records[2:4], f"{ROOT}/Calls.json?PageSize=2&Page=2&PageToken=P2", 1)
        ),
        Reply(200, page("calls", records[4:], None, 2)),
    )
    calls = client.calls.list(page_size=2, status="completed")
    assert server.count == 0  # nothing fetched until consumed
    first = next(calls)
    assert first.sid == records[0]["sid"]
    assert server.count == 1
    assert [c.sid for c in calls] == [r["sid"] for r in records[1:]]
    assert server.count == 3
    assert server.requests[0].query == {"PageSize": ["2"], "Status": ["completed"]}
    assert server.requests[2].query["PageToken"] == ["P2"]


def test_limit_fetches_no_page_it_does_not_need(server: TestServer, client: Client):
    records = [fixture("call", sid=f"CA{i:032d}") for i in range(3)]
    server.reply(Reply(200, page("calls", records, f"{ROOT}/Calls.json?Page=1&PageToken=P1")))
    assert len(list(client.calls.list(limit=3, page_size=3))) == 3
    assert server.count == 1


def test_start_time_bounds_go_out_under_their_exact_wire_names(server: TestServer, client: Client):
    server.reply(Reply(200, page("calls", [], None)))
    list(
        client.calls.list(
            start_time_after=dt.datetime(2024, 1, 1, tzinfo=UTC),
            start_time_before=dt.datetime(2024, 2, 1, 12, 30, tzinfo=UTC),
            start_time=dt.datetime(2024, 1, 15, tzinfo=UTC),
        )
    )
    (request,) = server.requests
    assert request.query == {
        "StartTime>": ["2024-01-01T00:00:00Z"],
        "StartTime<": ["2024-02-01T12:30:00Z"],
        "StartTime": ["2024-01-15T00:00:00Z"],
    }


def test_naive_datetimes_are_refused_before_anything_is_sent(server: TestServer, client: Client):
    with pytest.raises(ValueError, match="start_time_after"):
        list(client.calls.list(start_time_after=dt.datetime(2024, 1, 1)))
    assert server.count == 0


def test_a_get_is_retried_after_503_and_succeeds(server: TestServer, client: Client):
    server.reply(
        Reply(503, {"code": 20503, "message": "Service Unavailable"}, {"Retry-After": "0"}),
        Reply(200, fixture("call")),
    )
    assert client.calls.get(CALL).sid == "CA" + "a" * 32
    assert server.count == 2


@pytest.mark.parametrize("status", [500, 502, 503])
def test_a_create_is_never_retried_after_a_server_error(
    server: TestServer, client: Client, status: int
):
    server.reply(Reply(status, {"code": 20500, "message": "Internal"}, {"Retry-After": "0"}))
    with pytest.raises(trunkline.InternalServerError):
        client.calls.create(to="+14155552671", from_="+15017122661", url="https://e.com/t")
    assert server.count == 1


def test_a_create_is_never_retried_after_a_timeout(server: TestServer, client: Client):
    server.reply(Reply(201, fixture("call"), delay=2.0))
    with pytest.raises(trunkline.APITimeoutError):
        client.calls.create(
            to="+14155552671", from_="+15017122661", url="https://e.com/t", timeout=0.3
        )
    time.sleep(0.1)
    assert server.count == 1


def test_a_create_is_retried_after_429_honouring_retry_after(server: TestServer, client: Client):
    server.reply(
        Reply(429, {"code": 20429, "message": "Too Many Requests"}, {"Retry-After": "1"}),
        Reply(201, fixture("call", status="queued")),
    )
    started = time.monotonic()
    call = client.calls.create(to="+14155552671", from_="+15017122661", url="https://e.com/t")
    assert call.status == "queued"
    assert server.count == 2
    assert time.monotonic() - started >= 0.9


def test_html_502_is_a_typed_error(server: TestServer, client: Client):
    html = "<html><body><h1>502 Bad Gateway</h1></body></html>"
    server.reply(*[Reply(502, html, {"Content-Type": "text/html"}) for _ in range(3)])
    with pytest.raises(trunkline.InternalServerError) as caught:
        client.calls.get(CALL)
    assert caught.value.status_code == 502
    assert caught.value.body == html
    assert caught.value.provider == "twilio"


def test_twilio_error_body_is_parsed(server: TestServer, client: Client):
    body = {
        "code": 20404,
        "message": "The requested resource was not found",
        "more_info": "https://www.twilio.com/docs/errors/20404",
        "status": 404,
    }
    server.reply(Reply(404, body, {"Twilio-Request-Id": "RQ123"}))
    with pytest.raises(trunkline.NotFoundError) as caught:
        client.calls.get(CALL)
    error = caught.value
    assert (error.status_code, error.code, error.request_id) == (404, 20404, "RQ123")
    assert error.message == "The requested resource was not found"
    assert error.more_info == "https://www.twilio.com/docs/errors/20404"


def test_a_trickling_server_times_out_at_the_deadline(server: TestServer, client: Client):
    server.reply(Reply(200, fixture("call"), trickle=0.05))
    started = time.monotonic()
    with pytest.raises(trunkline.APITimeoutError):
        client.calls.get(CALL, timeout=0.5, max_retries=0)
    assert time.monotonic() - started < 1.5


def test_unknown_enum_values_and_fields_are_kept(server: TestServer, client: Client):
    server.reply(Reply(200, fixture("call", status="teleporting", brand_new_field={"x": 1})))
    call = client.calls.get(CALL)
    assert call.status == "teleporting"
    assert type(call.status) is str
    assert call.to_dict()["brand_new_field"] == {"x": 1}


def test_known_enum_values_are_enum_members(server: TestServer, client: Client):
    from trunkline_generated.twilio_api_v2010.models import CallStatus

    server.reply(Reply(200, fixture("call", status="in-progress")))
    assert client.calls.get(CALL).status is CallStatus.IN_PROGRESS


def test_raw_response_gives_http_details_and_parses(server: TestServer, client: Client):
    server.reply(Reply(200, fixture("call"), {"Twilio-Request-Id": "RQ1"}))
    raw = client.calls.with_raw_response.get(CALL)
    assert raw.status_code == 200
    assert raw.headers["twilio-request-id"] == "RQ1"
    assert raw.http_request.url.path == f"{ROOT}/Calls/{CALL}.json"
    assert raw.parse().duration == 15


def test_per_call_extras_reach_the_wire(server: TestServer, client: Client):
    server.reply(Reply(201, fixture("call")))
    client.calls.create(
        to="+14155552671",
        from_="+15017122661",
        url="https://e.com/t",
        extra_headers={"X-Trace": "t-1"},
        extra_query={"Debug": "1"},
        extra_body={"Trim": "trim-silence"},
    )
    (request,) = server.requests
    assert request.headers["x-trace"] == "t-1"
    assert request.query == {"Debug": ["1"]}
    assert request.form["Trim"] == ["trim-silence"]


def test_delete_sends_delete(server: TestServer, client: Client):
    server.reply(Reply(204, b""))
    assert client.calls.delete(CALL) is None
    assert server.requests[0].method == "DELETE"


def test_a_misspelt_parameter_is_a_typed_error_naming_it(server: TestServer, client: Client):
    with pytest.raises(trunkline.InvalidParameterError, match=r"unknown parameter 'too'.*'to'"):
        client.calls.create(too="+14155552671", from_="+15017122661", url="https://e.com/t")
    with pytest.raises(trunkline.InvalidParameterError, match="'from_'"):
        client.calls.create(to="+14155552671", url="https://e.com/t")
    assert server.count == 0


def test_streaming_holds_one_page_at_a_time(server: TestServer, client: Client):
    import gc
    import tracemalloc

    records = [fixture("call", sid=f"CA{i:032d}") for i in range(200)]
    pages = 8

    def route(request):
        number = int(request.query.get("Page", ["0"])[0])
        following = f"{ROOT}/Calls.json?Page={number + 1}" if number + 1 < pages else None
        return Reply(200, page("calls", records, following, number))

    server.route = route
    list(client.calls.list(limit=200))  # warm up: imports, connection
    gc.collect()
    gc.disable()  # what is freed must be freed by reference counting, not the cyclic GC
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        growth = []
        for i, call in enumerate(client.calls.list()):
            assert call.start_time is not None
            if i % 200 == 199:
                growth.append(tracemalloc.get_traced_memory()[0] - base)
    finally:
        tracemalloc.stop()
        gc.enable()
    assert len(growth) == pages
    # one page (body, decoded JSON, records) is ~0.7 MB here; eight would be ~6 MB
    assert max(growth) < 2.5 * growth[0], growth


@pytest.mark.parametrize(("limit", "sent"), [(3, "3"), (500, "500"), (5000, "1000")])
def test_pages_are_sized_to_the_limit(server: TestServer, client: Client, limit: int, sent: str):
    server.reply(Reply(200, page("calls", [fixture("call")], None)))
    list(client.calls.list(limit=limit))
    assert server.requests[0].query == {"PageSize": [sent]}


def test_an_explicit_page_size_wins(server: TestServer, client: Client):
    server.reply(Reply(200, page("calls", [fixture("call")], None)))
    list(client.calls.list(limit=500, page_size=20))
    assert server.requests[0].query == {"PageSize": ["20"]}


@pytest.mark.parametrize("sid", [None, "", "   "])
def test_an_empty_id_is_refused_before_sending(server: TestServer, client: Client, sid):
    with pytest.raises(trunkline.InvalidParameterError, match="sid must be a non-empty id"):
        client.calls.get(sid)
    with pytest.raises(trunkline.InvalidParameterError, match="sid must be a non-empty id"):
        client.calls.update(sid, status="completed")
    assert server.count == 0


def test_an_id_is_one_path_segment(server: TestServer, client: Client):
    # A queue member's id is a call SID or "Front": no pattern to refuse "../", so quoting it is
    # what keeps it one segment.
    server.reply(Reply(200, {"call_sid": CALL, "queue_sid": "QU" + "1" * 32}))
    client.queues.members.get("QU" + "1" * 32, "Front/../x")
    assert server.requests[0].path == f"{ROOT}/Queues/QU{'1' * 32}/Members/Front%2F..%2Fx.json"


@pytest.mark.parametrize(
    ("sid", "why"),
    [
        ("CA1", "CA followed by 32 hex digits"),
        ("SM" + "1" * 32, "CA followed by 32 hex digits"),
        ("CA" + "1" * 32 + "/../x", "is not a valid id"),
        ("CA" + "g" * 32, "is not a valid id"),
    ],
)
def test_a_sid_with_the_wrong_prefix_or_length_is_refused_naming_it(
    server: TestServer, client: Client, sid: str, why: str
):
    with pytest.raises(trunkline.InvalidParameterError, match=why) as caught:
        client.calls.get(sid)
    assert "sid" in str(caught.value) and repr(sid) in str(caught.value)
    assert server.count == 0


def test_an_account_sid_that_is_none_is_refused_when_the_client_is_made():
    with pytest.raises(trunkline.ConfigurationError, match="AC followed by 32 hex digits"):
        Client("AC123", TOKEN)


@pytest.mark.parametrize("limit", ["5", -1, True, 2.5])
def test_a_bad_limit_is_a_typed_error(client: Client, limit):
    with pytest.raises(trunkline.InvalidParameterError, match="limit"):
        client.calls.list(limit=limit)
