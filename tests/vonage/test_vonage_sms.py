"""Vonage SMS send through the public client over local HTTP."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from decimal import Decimal

import pytest

import trunkline
from trunkline.vonage import AsyncClient, Client

from localserver import Reply, TestServer

KEY, SECRET = "abcd1234", "s3cr3t0123456789"


def sent(status: str = "0", **extra: str) -> dict[str, str]:
    message = {
        "to": "447911123456",
        "message-id": "0A0000000123ABCD1",
        "status": status,
        "remaining-balance": "3.14159265",
        "message-price": "0.03330000",
        "network": "12345",
        "client-ref": "my-ref",
    }
    message.update(extra)
    return message


@pytest.fixture
def client(server: TestServer) -> Iterator[Client]:
    with Client(KEY, SECRET, base_url=server.url) as c:
        yield c


def test_send_posts_a_form_with_the_credentials_in_the_body(server: TestServer, client: Client):
    server.reply(Reply(200, {"message-count": "1", "messages": [sent()]}))
    answer = client.sms.send(
        from_="AcmeInc", to="447911123456", text="Hello", client_ref="my-ref", type_="unicode"
    )
    assert answer.message_count == 1
    (message,) = answer.messages
    assert message.message_id == "0A0000000123ABCD1"
    assert message.remaining_balance == Decimal("3.14159265")
    assert message.message_price == Decimal("0.03330000")
    (request,) = server.requests
    assert (request.method, request.path) == ("POST", "/sms/json")  # the server path is kept
    assert request.query == {}  # credentials never in the URL
    assert request.form == {
        "from": ["AcmeInc"],
        "to": ["447911123456"],
        "text": ["Hello"],
        "client-ref": ["my-ref"],
        "type": ["unicode"],
        "api_key": [KEY],
        "api_secret": [SECRET],
    }


def test_a_refused_message_inside_a_200_raises_a_typed_error(server: TestServer, client: Client):
    refused = sent("4", **{"error-text": "Bad Credentials"})
    server.reply(Reply(200, {"message-count": "1", "messages": [refused]}))
    with pytest.raises(trunkline.AuthenticationError) as caught:
        client.sms.send(from_="AcmeInc", to="447911123456", text="Hello")
    assert caught.value.code == "4"
    assert caught.value.message == "Bad Credentials"
    assert SECRET not in str(caught.value) + repr(caught.value)


def test_throttled_send_is_retried_but_a_partly_sent_one_is_not(server: TestServer, client: Client):
    throttled = sent("1", **{"error-text": "Throughput Rate Exceeded"})
    server.reply(
        Reply(200, {"message-count": "1", "messages": [throttled]}),
        Reply(200, {"message-count": "1", "messages": [sent()]}),
    )
    client.sms.send(from_="AcmeInc", to="447911123456", text="Hello")
    assert server.count == 2  # status 1: nothing was sent, so sending again is safe

    server.reply(Reply(200, {"message-count": "2", "messages": [sent(), throttled]}))
    with pytest.raises(trunkline.BadRequestError, match="1 of 2 parts were sent"):
        client.sms.send(from_="AcmeInc", to="447911123456", text="Hello " * 40)
    assert server.count == 3  # one part went out: never sent again


def test_send_is_not_retried_after_a_server_error(server: TestServer, client: Client):
    server.reply(Reply(500, "Internal Server Error"))
    with pytest.raises(trunkline.InternalServerError):
        client.sms.send(from_="AcmeInc", to="447911123456", text="Hello")
    assert server.count == 1


def test_async_send(server: TestServer):
    server.reply(Reply(200, {"message-count": "1", "messages": [sent()]}))

    async def main() -> str | None:
        async with AsyncClient(KEY, SECRET, base_url=server.url) as client:
            answer = await client.sms.send(from_="AcmeInc", to="447911123456", text="Hi")
            return answer.messages[0].status

    assert asyncio.run(main()) == "0"


def test_missing_secret_names_the_variable(monkeypatch):
    from trunkline._core._exceptions import ConfigurationError

    monkeypatch.delenv("VONAGE_API_SECRET", raising=False)
    with pytest.raises(ConfigurationError, match="VONAGE_API_SECRET"):
        Client(KEY)


def test_a_credential_is_needed_when_an_operation_that_uses_it_is_called(
    server: TestServer, monkeypatch
):
    from trunkline._core._exceptions import ConfigurationError

    for name in ("VONAGE_API_KEY", "VONAGE_API_SECRET"):
        monkeypatch.delenv(name, raising=False)
    # An application alone builds a client (Voice authenticates with its JWT) ...
    client = Client(application_id="app-1", private_key="-----BEGIN PRIVATE KEY-----")
    # ... but SMS takes a key and secret: named when it is called, and nothing is sent.
    with pytest.raises(ConfigurationError, match=r"api_key \(or VONAGE_API_KEY\) and api_secret"):
        client.sms.send(from_="Acme", to="447911123456", text="hi")
    assert server.count == 0


@pytest.mark.parametrize("given", ["+44 7911 123456", "447911123456", "0044 7911 123456"])
def test_numbers_go_out_as_vonage_takes_them_digits_without_plus(
    server: TestServer, client: Client, given: str
):
    server.reply(Reply(200, {"message-count": "1", "messages": [sent()]}))
    client.sms.send(from_="AcmeInc", to=given, text="Hello")
    assert server.requests[0].form["to"] == ["447911123456"]


def test_an_unreadable_number_is_refused_before_sending(server: TestServer, client: Client):
    with pytest.raises(trunkline.InvalidPhoneNumber, match=r"^to: "):
        client.sms.send(from_="AcmeInc", to="44 12", text="Hello")
    assert server.count == 0
