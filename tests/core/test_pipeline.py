"""The pipeline end to end against a local server, on every backend: URLs, encoding, headers,
options, raw responses, provider hooks."""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import sys
from decimal import Decimal

import aiohttp
import httpx
import pytest

import trunkline
from trunkline._core import (
    ConfigurationError,
    InvalidParameterError,
    Operation,
    Request,
    RequestOptions,
    SyncAPIClient,
)
from trunkline._core._urls import endpoint, follow_link

from backends import API, LIBRARY, MakeAPI
from core_fakeapi import SERVER, Rec, TwilioLike, VonageLike, ops
from localserver import Reply, TestServer

OPS = ops()


class Kind(enum.Enum):
    VOICE = "voice"


def test_request_sends_to_the_server_path_under_base_url_and_parses_the_record(
    client: API, server: TestServer
) -> None:
    server.reply(Reply(200, {"sid": "TH1", "status": "queued"}))
    record = client.request(OPS["fetch"], "TH 1/x")
    assert record == Rec({"sid": "TH1", "status": "queued"})
    seen = server.requests[0]
    assert seen.method == "GET"
    assert seen.path == "/base/v1/Things/TH%201%2Fx.json"


def test_base_url_replaces_origin_and_keeps_each_servers_path() -> None:
    assert endpoint("https://rest.nexmo.com/sms", "http://127.0.0.1:8080").url == (
        "http://127.0.0.1:8080/sms"
    )
    assert endpoint("https://api.twilio.com", "http://127.0.0.1:8080").url == (
        "http://127.0.0.1:8080"
    )
    assert endpoint("https://api.twilio.com/", None).url == "https://api.twilio.com"
    lookups = endpoint("https://lookups.twilio.com", "http://localhost:9/proxy")
    assert lookups.url == "http://localhost:9/proxy"


def test_next_page_links_are_rerooted_at_the_requests_origin() -> None:
    origin = "http://127.0.0.1:8080"
    current = origin + "/2010-04-01/Accounts/AC1/Calls.json"
    assert follow_link("/2010-04-01/Calls.json?Page=1", current, origin) == (
        origin + "/2010-04-01/Calls.json?Page=1"
    )
    assert follow_link("https://api.twilio.com/v1/Alerts?PageToken=x", current, origin) == (
        origin + "/v1/Alerts?PageToken=x"
    )
    assert follow_link("Calls.json?Page=2", current, origin) == (
        origin + "/2010-04-01/Accounts/AC1/Calls.json?Page=2"
    )


def test_bad_base_url_is_a_configuration_error(api_factory: MakeAPI) -> None:
    with pytest.raises(ConfigurationError):
        api_factory(provider=TwilioLike(), base_url="127.0.0.1:8080")


def test_form_values_are_encoded_on_the_wire(client: API, server: TestServer) -> None:
    server.reply(Reply(201, {"sid": "TH2"}))
    when = dt.datetime(2024, 5, 1, 14, 30, 15, 999, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    client.request(
        OPS["create"],
        to="+14155550100",
        from_="+14155550199",
        when=when,
        flag=False,
        tags=["a", "b"],
        price=Decimal("-0.0075"),
        kind=Kind.VOICE,
        day=dt.date(2024, 5, 1),
        note=None,
    )
    form = server.requests[0].form
    assert form == {
        "To": ["+14155550100"],
        "From": ["+14155550199"],
        "When": ["2024-05-01T12:30:15Z"],
        "Flag": ["false"],
        "Tags": ["a", "b"],
        "Price": ["-0.0075"],
        "Kind": ["voice"],
        "Day": ["2024-05-01"],
    }
    assert server.requests[0].headers["content-type"] == "application/x-www-form-urlencoded"


def test_json_bodies_follow_the_same_rules(client: API, server: TestServer) -> None:
    server.reply(Reply(201, {"id": "j1"}))
    when = dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    client.request(
        OPS["create_json"], name="x", when=when, meta={"on": True, "n": 3, "price": Decimal("1.50")}
    )
    seen = server.requests[0]
    assert seen.headers["content-type"] == "application/json"
    assert seen.json == {
        "name": "x",
        "when": "2024-01-02T03:04:05Z",
        "meta": {"on": True, "n": 3, "price": "1.50"},
    }


def test_naive_datetime_is_rejected_naming_the_parameter_before_sending(
    client: API, server: TestServer
) -> None:
    with pytest.raises(InvalidParameterError, match="when: naive datetime") as caught:
        client.request(OPS["create"], to="a", from_="b", when=dt.datetime(2024, 1, 1))
    assert isinstance(caught.value, ValueError)
    with pytest.raises(InvalidParameterError, match="StartTime"):
        client.request(
            OPS["fetch"],
            "x",
            options={"extra_query": {"StartTime": [dt.datetime(2024, 1, 1)]}},
        )
    assert server.count == 0


def test_user_agent_and_accept_headers(client: API, server: TestServer, backend: str) -> None:
    server.reply(Reply(200, {}))
    client.request(OPS["fetch"], "x")
    headers = server.requests[0].headers
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    library = {"httpx": f"httpx/{httpx.__version__}", "aiohttp": f"aiohttp/{aiohttp.__version__}"}
    assert headers["user-agent"] == (
        f"trunkline/{trunkline.__version__} python/{version} {library[LIBRARY[backend]]}"
    )
    assert headers["accept"] == "application/json"
    assert headers["authorization"].startswith("Basic ")


def test_default_headers_are_sent(api_factory: MakeAPI, server: TestServer) -> None:
    server.reply(Reply(200, {}))
    with api_factory(
        provider=TwilioLike(), base_url=server.url, default_headers={"X-Team": "core"}
    ) as api:
        api.request(OPS["fetch"], "x")
    assert server.requests[0].headers["x-team"] == "core"


def test_extras_are_merged_last_and_none_removes(client: API, server: TestServer) -> None:
    server.reply(Reply(201, {}), Reply(200, {}))
    options = RequestOptions(
        extra_headers={"X-Extra": "1", "accept": "text/plain"},
        extra_query={"Debug": True},
        extra_body={"From": "+15550001111", "Note": "hi", "To": None},
    )
    client.request(OPS["create"], to="+1", from_="+2", options=options)
    seen = server.requests[0]
    assert seen.headers["x-extra"] == "1"
    assert seen.headers["accept"] == "text/plain"
    assert seen.query == {"Debug": ["true"]}
    assert seen.form == {"From": ["+15550001111"], "Note": ["hi"]}
    client.request(OPS["fetch"], "x", fields=["a"], options={"extra_query": {"Fields": None}})
    assert server.requests[1].query == {}


def test_extra_body_merges_into_a_json_body(client: API, server: TestServer) -> None:
    server.reply(Reply(201, {}))
    client.request(OPS["create_json"], name="x", options={"extra_body": {"beta": 1, "name": None}})
    assert server.requests[0].json == {"beta": 1}


def test_one_connection_pool_is_reused(client: API, server: TestServer) -> None:
    server.reply(Reply(200, {}), Reply(201, {}), Reply(200, {}))
    client.request(OPS["fetch"], "x")
    client.request(OPS["create"], to="a", from_="b")
    client.request(OPS["fetch"], "x")
    assert len({r.client_port for r in server.requests}) == 1


def test_redirects_are_not_followed(client: API, server: TestServer) -> None:
    server.reply(Reply(302, b"", headers={"Location": f"{server.url}/elsewhere"}), Reply(200, {}))
    with pytest.raises(trunkline.APIError) as caught:
        client.request(OPS["fetch"], "x")
    assert caught.value.status_code == 302
    assert server.count == 1


def test_user_http_client_is_used_and_left_open(server: TestServer) -> None:
    server.reply(Reply(200, {}))
    with httpx.Client(headers={"X-From-User-Client": "yes"}) as http:
        with SyncAPIClient(provider=TwilioLike(), base_url=server.url, http_client=http) as api:
            assert api.http_client is http
            api.request(OPS["fetch"], "x")
        assert not http.is_closed
    assert server.requests[0].headers["x-from-user-client"] == "yes"


def test_own_sync_http_client_is_closed(server: TestServer) -> None:
    with SyncAPIClient(provider=TwilioLike(), base_url=server.url) as api:
        pass
    assert api.http_client.is_closed


def test_wrong_http_client_kind_is_a_configuration_error() -> None:
    with httpx.Client() as http, pytest.raises(ConfigurationError):
        from trunkline._core import AsyncAPIClient

        AsyncAPIClient(provider=TwilioLike(), http_client=http)  # type: ignore[arg-type]


def test_raw_response_exposes_http_and_parses_like_the_plain_call(
    client: API, server: TestServer
) -> None:
    server.reply(
        Reply(
            201,
            {"sid": "TH9"},
            headers={"Twilio-Request-Id": "RQ1", "Link": "<a>", "link": "<b>"},
        )
    )
    raw = client.request_raw(OPS["create"], to="a b", from_="+1")
    assert raw.status_code == 201
    assert raw.headers["twilio-request-id"] == "RQ1"
    assert raw.headers["Twilio-Request-ID"] == "RQ1"
    assert raw.headers.get_list("link") == ["<a>", "<b>"]
    assert "content-type" in raw.headers
    request = raw.http_request
    assert isinstance(request, Request)
    assert request.method == "POST"
    assert request.url == f"{server.url}/base/v1/Things.json"
    assert request.url.path == "/base/v1/Things.json"
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert request.content == b"To=a+b&From=%2B1" == server.requests[0].body
    assert raw.http_response.status_code == 201
    assert raw.content == b'{"sid": "TH9"}'
    assert raw.parse() == Rec({"sid": "TH9"})
    assert raw.parse() is raw.parse()


def test_raw_response_of_a_get_shows_its_query(client: API, server: TestServer) -> None:
    server.reply(Reply(200, {"sid": "TH9"}))
    raw = client.request_raw(OPS["fetch"], "x", fields=["a b", "c"])
    assert raw.http_request.url.params == {"Fields": ["a b", "c"]}
    assert raw.http_request.content == b""
    assert server.requests[0].query == {"Fields": ["a b", "c"]}


def test_empty_2xx_body_parses_as_none(client: API, server: TestServer) -> None:
    server.reply(Reply(204, b""))
    assert client.request(OPS["delete"], "x") is None
    assert server.requests[0].method == "DELETE"


def test_provider_hooks_put_credentials_in_the_form_and_query(
    api_factory: MakeAPI, server: TestServer
) -> None:
    server.reply(Reply(200, {"messages": [{"status": "0"}]}), Reply(200, {}))
    with api_factory(provider=VonageLike(), base_url=server.url) as api:
        api.request(OPS["create"], to="a", from_="b")
        api.request(OPS["fetch"], "x")
    post, get = server.requests
    assert post.form["api_key"] == ["key123"]
    assert post.form["api_secret"] == ["vonage-secret-xyz"]
    assert post.headers["x-signed-length"] == str(len(post.body))
    assert get.query["api_secret"] == ["vonage-secret-xyz"]


def test_provider_sign_hook_may_rewrite_the_url_and_body(
    api_factory: MakeAPI, server: TestServer
) -> None:
    class Signing(VonageLike):
        def sign(self, request: Request) -> Request:
            # Vonage-style: a signature over the exact bytes, added as one more field
            signature = hashlib.md5(request.content + b"secret").hexdigest()
            request.content += f"&sig={signature}".encode()
            request.url += "&signed=1" if "?" in request.url else "?signed=1"
            request.headers["X-Signed-Length"] = str(len(request.content))
            return request

    server.reply(Reply(200, {"messages": [{"status": "0"}]}))
    with api_factory(provider=Signing(), base_url=server.url) as api:
        api.request(OPS["create"], to="a", from_="b")
    seen = server.requests[0]
    unsigned = seen.body.rpartition(b"&sig=")[0]
    assert seen.form["sig"] == [hashlib.md5(unsigned + b"secret").hexdigest()]
    assert seen.form["api_secret"] == ["vonage-secret-xyz"]
    assert seen.headers["content-length"] == seen.headers["x-signed-length"] == str(len(seen.body))
    assert seen.query == {"signed": ["1"]}


def test_a_body_is_sent_with_no_content_type_unless_it_has_one(
    api_factory: MakeAPI, server: TestServer
) -> None:
    class Bare(TwilioLike):
        def sign(self, request: Request) -> Request:
            del request.headers["content-type"]
            return request

    server.reply(Reply(201, {}))
    with api_factory(provider=Bare(), base_url=server.url) as api:
        api.request(OPS["create"], to="a", from_="b")
    seen = server.requests[0]
    assert seen.body == b"To=a&From=b"
    assert "content-type" not in seen.headers  # as httpx sends bytes: no type made up


def test_provider_server_url_hook_picks_the_host(api_factory: MakeAPI) -> None:
    class Regional(TwilioLike):
        def server_url(self, server_url: str) -> str:
            return server_url.replace("api.example.test", "api.dublin.example.test")

    api = api_factory(provider=Regional())
    request = api._build(api._prepare(OPS["fetch"], ("x",), {}, None), 0)
    assert request.url == "https://api.dublin.example.test/base/v1/Things/x.json"
    assert request.url.host == "api.dublin.example.test"


def test_operation_from_module_reads_the_generated_contract() -> None:
    op = OPS["list"]
    assert (op.method, op.path, op.retry, op.items_key, op.server) == (
        "GET",
        "/v1/Things.json",
        "safe",
        "things",
        SERVER,
    )
    assert op.name == "list_things"
    assert OPS["fetch"].parse_item is None and OPS["fetch"].items_key is None
    with pytest.raises(AttributeError):
        op.retry = "create"  # type: ignore[misc]


def test_operation_with_unknown_retry_class_is_refused() -> None:
    with pytest.raises(ConfigurationError, match="RETRY"):
        Operation(
            method="GET",
            path="/x",
            retry="sometimes",  # type: ignore[arg-type]
            server=SERVER,
            build=dict,
            parse=Rec,
        )


def test_client_settings_are_validated(api_factory: MakeAPI) -> None:
    with pytest.raises(ConfigurationError):
        api_factory(provider=TwilioLike(), max_retries=-1)
    with pytest.raises(ConfigurationError):
        api_factory(provider=TwilioLike(), timeout=0)
