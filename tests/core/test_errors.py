"""Every answer that is not a usable 2xx becomes a typed trunkline error, on every backend."""

from __future__ import annotations

import pickle
import socket
from typing import Any

import pytest

from trunkline._core import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    ErrorDetails,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    Provider,
    RateLimitError,
    Response,
    UnprocessableEntityError,
)

from backends import API, MakeAPI
from core_fakeapi import TwilioLike, VonageLike, ops
from localserver import Reply, TestServer

OPS = ops()

TWILIO_ERROR = {
    "code": 20404,
    "message": "The requested resource was not found",
    "more_info": "https://www.twilio.com/docs/errors/20404",
    "status": 404,
}


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (503, InternalServerError),
        (418, APIError),
    ],
)
def test_status_maps_to_its_error_class_with_the_providers_details(
    client: API, server: TestServer, status: int, cls: type[APIError]
) -> None:
    server.reply(Reply(status, TWILIO_ERROR, headers={"Twilio-Request-Id": "RQabc"}))
    with pytest.raises(cls) as caught:
        client.request(OPS["fetch"], "x")
    error = caught.value
    assert type(error) is cls
    assert error.status_code == status
    assert error.code == 20404
    assert error.message == "The requested resource was not found"
    assert error.more_info == "https://www.twilio.com/docs/errors/20404"
    assert error.request_id == "RQabc"
    assert error.provider == "twilio"
    assert error.body == TWILIO_ERROR
    assert error.response is not None and error.response.status_code == status
    assert "code 20404" in str(error)


def test_html_502_is_an_internal_server_error_with_the_page_as_body(
    client: API, server: TestServer
) -> None:
    page = "<html><body><h1>502 Bad Gateway</h1></body></html>"
    server.reply(Reply(502, page, headers={"Content-Type": "text/html"}))
    with pytest.raises(InternalServerError) as caught:
        client.request(OPS["fetch"], "x")
    assert caught.value.message == "Bad Gateway"
    assert caught.value.body == page
    assert caught.value.code is None


@pytest.mark.parametrize(("status", "cls"), [(500, InternalServerError), (404, NotFoundError)])
def test_empty_error_body_is_still_typed(
    client: API, server: TestServer, status: int, cls: type[APIError]
) -> None:
    server.reply(Reply(status, b""))
    with pytest.raises(cls) as caught:
        client.request(OPS["fetch"], "x")
    assert caught.value.body is None
    assert caught.value.message


@pytest.mark.parametrize(("status", "cls"), [(499, APIError), (520, InternalServerError)])
def test_unusual_statuses_without_reason_are_typed(
    client: API, server: TestServer, status: int, cls: type[APIError]
) -> None:
    server.reply(Reply(status, "oops", headers={"Content-Type": "text/plain"}))
    with pytest.raises(cls) as caught:
        client.request(OPS["fetch"], "x")
    assert type(caught.value) is cls
    assert caught.value.message == f"HTTP {status}"
    assert caught.value.body == "oops"


def test_invalid_json_on_200_is_an_api_error_not_a_decode_error(
    client: API, server: TestServer
) -> None:
    server.reply(Reply(200, "{not json", headers={"Content-Type": "application/json"}))
    with pytest.raises(APIError) as caught:
        client.request(OPS["fetch"], "x")
    assert type(caught.value) is APIError
    assert not isinstance(caught.value, ValueError)
    assert caught.value.status_code == 200
    assert caught.value.body == "{not json"
    assert "not valid JSON" in caught.value.message


def test_error_inside_a_200_answer_raises_via_check_success(
    api_factory: MakeAPI, server: TestServer
) -> None:
    server.reply(
        Reply(
            200,
            {"messages": [{"status": "4", "error-text": "Bad Credentials"}]},
            headers={"X-Request-Id": "vrq-1"},
        )
    )
    with (
        api_factory(provider=VonageLike(), base_url=server.url, max_retries=0) as api,
        pytest.raises(AuthenticationError) as caught,
    ):
        api.request(OPS["create"], to="a", from_="b")
    error = caught.value
    assert error.status_code == 200
    assert (error.code, error.message, error.request_id) == ("4", "Bad Credentials", "vrq-1")
    assert error.provider == "vonage"


def test_throttled_inside_a_200_answer_is_a_retried_rate_limit(
    api_factory: MakeAPI, server: TestServer
) -> None:
    throttled = {"messages": [{"status": "1", "error-text": "Throttled"}]}
    server.reply(
        Reply(200, throttled, headers={"Retry-After": "0"}),
        Reply(200, {"messages": [{"status": "0"}]}),
    )
    with api_factory(provider=VonageLike(), base_url=server.url) as api:
        record = api.request(OPS["create"], to="a", from_="b")
    assert record.data == {"messages": [{"status": "0"}]}
    assert server.count == 2


def test_a_failing_parse_error_hook_still_gives_a_typed_error(
    api_factory: MakeAPI, server: TestServer
) -> None:
    class Fragile(Provider):
        name = "fragile"

        def parse_error(self, response: Response, body: Any) -> ErrorDetails:
            return ErrorDetails(body["error"]["code"], None)

    server.reply(Reply(404, {"unexpected": "shape"}))
    with (
        api_factory(provider=Fragile(), base_url=server.url, max_retries=0) as api,
        pytest.raises(NotFoundError) as caught,
    ):
        api.request(OPS["fetch"], "x")
    assert caught.value.body == {"unexpected": "shape"}


def test_default_provider_reads_common_error_shapes(
    api_factory: MakeAPI, server: TestServer
) -> None:
    problem = {"type": "https://developer.example/errors#x", "title": "Invalid", "detail": "Bad"}
    server.reply(Reply(422, problem))
    with (
        api_factory(provider=Provider(), base_url=server.url) as api,
        pytest.raises(UnprocessableEntityError) as caught,
    ):
        api.request(OPS["fetch"], "x")
    assert caught.value.message == "Bad"
    assert caught.value.more_info == "https://developer.example/errors#x"


def test_connection_refused_is_a_connection_error_that_was_not_sent(
    api_factory: MakeAPI,
) -> None:
    port = _free_port()
    with (
        api_factory(
            provider=TwilioLike(), base_url=f"http://127.0.0.1:{port}", max_retries=0
        ) as api,
        pytest.raises(APIConnectionError) as caught,
    ):
        api.request(OPS["fetch"], "x")
    assert not isinstance(caught.value, APITimeoutError)
    assert caught.value.request_sent is False
    assert f"GET http://127.0.0.1:{port}/base/v1/Things/x.json" in str(caught.value)


def test_connection_dropped_after_the_request_may_have_been_sent(
    client: API, server: TestServer
) -> None:
    server.reply(Reply(drop=True))
    with pytest.raises(APIConnectionError) as caught:
        client.request(OPS["fetch"], "x")
    assert caught.value.request_sent is True
    assert server.count == 1


def test_api_errors_pickle_without_the_response(client: API, server: TestServer) -> None:
    server.reply(Reply(404, TWILIO_ERROR))
    with pytest.raises(NotFoundError) as caught:
        client.request(OPS["fetch"], "x")
    copy = pickle.loads(pickle.dumps(caught.value))
    assert type(copy) is NotFoundError
    assert (copy.code, copy.status_code, copy.response) == (20404, 404, None)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port
