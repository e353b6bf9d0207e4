"""Every operation of every Vonage spec, over HTTP, with the credentials it declares.

Answers are made from our spec's schemas (Vonage's official specs carry no example
answers); each operation is also answered with an error in its API's shape.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator

import jwt
import pytest

import trunkline
from trunkline.vonage import Client

from localserver import Reply, TestServer
from spec_harness import Case, cases, record_fields, required_inputs
from vonage_data import APPLICATION, KEY, SECRET, key_pair

CASES = cases("vonage")


@pytest.fixture(scope="module")
def shared() -> Iterator[tuple[TestServer, Client]]:
    srv = TestServer()
    private, _ = key_pair()
    try:
        with Client(
            KEY,
            SECRET,
            application_id=APPLICATION,
            private_key=private,
            base_url=srv.url,
            max_retries=0,
        ) as c:
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


def _answer(case: Case) -> object:
    body = case.response
    if isinstance(body, dict):
        if isinstance(body.get("messages"), list):  # SMS: every part accepted
            for message in body["messages"]:
                message["status"] = "0"
        if "error_text" in body:  # Verify: status "0" is success
            body["status"] = "0"
        links = body.get("_links")
        if isinstance(links, dict):  # HAL: one page here
            links.pop("next", None)
    return body if body is not None else b""


def test_every_spec_operation_is_here():
    assert len(CASES) == 34
    names = {c.dotted for c in CASES}
    assert {"sms.send", "voice.calls.talk.start", "account.secrets.delete"} <= names


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_each_operation_sends_its_request_with_its_credentials(
    server: TestServer, client: Client, case: Case
):
    server.reply(Reply(case.status, _answer(case)))
    method = case.method(client)
    result = method(*case.args, **required_inputs(method))
    if case.items_key:
        records = list(result)
        embedded = case.response["_embedded"] if case.items_key.startswith("_embedded.") else {}
        expected = embedded.get(case.items_key.rpartition(".")[2]) or case.response.get(
            case.items_key
        )
        assert len(records) == len(expected)
    (request,) = server.requests
    assert request.method == case.http_method
    assert request.path == case.expected_path({})
    authorization = request.headers.get("authorization", "")
    if case.spec in ("voice",):  # the application's JWT, checked with its public key
        token = authorization.removeprefix("Bearer ")
        claims = jwt.decode(token, key_pair()[1], algorithms=["RS256"])
        assert claims["application_id"] == APPLICATION
    elif case.spec in ("applications",) or case.dotted.startswith("account.secrets"):
        assert authorization == "Basic " + base64.b64encode(f"{KEY}:{SECRET}".encode()).decode()
    else:  # key and secret: in the form of a POST, the query of a GET, never both
        fields = request.form if request.method in ("POST", "PUT") else request.query
        assert fields["api_key"] == [KEY]
        assert fields["api_secret"] == [SECRET]
        if request.method in ("POST", "PUT"):
            assert "api_secret" not in request.query
    if case.kind == "json" and isinstance(result, object) and hasattr(result, "to_dict"):
        record_fields(result)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_each_operation_raises_a_typed_error(server: TestServer, client: Client, case: Case):
    server.reply(
        Reply(
            401,
            {
                "type": "https://developer.vonage.com/api-errors#unauthorized",
                "title": "Unauthorized",
                "detail": "You did not provide correct credentials.",
            },
        )
    )
    method = case.method(client)
    with pytest.raises(trunkline.AuthenticationError) as caught:
        result = method(*case.args, **required_inputs(method))
        if case.items_key:
            list(result)
    assert caught.value.provider == "vonage"
    assert SECRET not in str(caught.value) + repr(caught.value)
