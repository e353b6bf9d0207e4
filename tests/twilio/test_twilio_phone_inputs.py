"""Phone-number inputs go out in E.164, whatever form they came in (the specs say which)."""

from __future__ import annotations

import pytest

import trunkline
from trunkline.twilio import Client

from localserver import Reply, TestServer
from twilio_data import ACCOUNT, CALL, ROOT, TOKEN, fixture, page


@pytest.fixture
def client(server: TestServer):
    with Client(ACCOUNT, TOKEN, base_url=server.url, default_region="US") as c:
        yield c


@pytest.mark.parametrize(
    ("given", "sent"),
    [
        ("(415) 555-0100", "+14155550100"),  # national, read in the client's default_region
        ("+44 20 7183 8750", "+442071838750"),
        ("0044 20 7183 8750", "+442071838750"),
        ("+1.415.555.0100", "+14155550100"),
        ("client:alice", "client:alice"),  # valid where an endpoint is: unchanged
        ("sip:alice@example.com", "sip:alice@example.com"),
        ("sim:HS" + "a" * 32, "sim:HS" + "a" * 32),
    ],
)
def test_call_endpoints_are_sent_in_e164(server: TestServer, client: Client, given, sent):
    server.reply(Reply(201, fixture("call")))
    client.calls.create(to=given, from_="+1 (415) 555-0199", url="https://e.com/t")
    form = server.requests[0].form
    assert form["To"] == [sent]
    assert form["From"] == ["+14155550199"]


@pytest.mark.parametrize(
    ("given", "sent"),
    [
        ("12345", "12345"),  # a short code
        ("Acme Inc", "Acme Inc"),  # an alphanumeric sender id
        ("whatsapp:+1 (415) 555-0199", "whatsapp:+14155550199"),  # the number normalised
    ],
)
def test_message_senders_keep_what_is_no_phone_number(
    server: TestServer, client: Client, given, sent
):
    server.reply(Reply(201, fixture("message")))
    client.messages.create(to="415 555 0100", from_=given, body="hi")
    assert server.requests[0].form["From"] == [sent]
    assert server.requests[0].form["To"] == ["+14155550100"]


@pytest.mark.parametrize("bad", ["+1 555", "+1 415 555", "not a number at all!", "+999 1234567"])
def test_an_unreadable_number_is_refused_naming_the_input(server: TestServer, client, bad):
    with pytest.raises(trunkline.InvalidParameterError, match=r"^to: ") as caught:
        client.calls.create(to=bad, from_="+14155550199", url="https://e.com/t")
    assert isinstance(caught.value, trunkline.InvalidPhoneNumber)
    assert server.count == 0


def test_a_national_number_needs_a_region(server: TestServer):
    with (
        Client(ACCOUNT, TOKEN, base_url=server.url) as client,
        pytest.raises(trunkline.InvalidPhoneNumber, match="from_"),
    ):
        client.calls.create(to="+14155550100", from_="(415) 555-0199", url="https://e.com/t")
    assert server.count == 0


def test_list_filters_are_normalised_and_patterns_kept(server: TestServer, client: Client):
    server.route = lambda request: Reply(200, page("calls", [], None))
    list(client.calls.list(to="(415) 555-0100"))
    list(client.incoming_phone_numbers.list(phone_number="+1415*"))
    assert server.requests[0].query["To"] == ["+14155550100"]
    assert server.requests[1].query["PhoneNumber"] == ["+1415*"]


def test_a_number_in_the_path_is_normalised_and_encoded(server: TestServer, client: Client):
    server.reply(Reply(200, {"phone_number": "+14155550100", "country_code": "US"}))
    client.lookups.phone_numbers.get("(415) 555-0100")
    assert server.requests[0].path == "/v2/PhoneNumbers/%2B14155550100"


def test_a_bad_default_region_is_refused():
    with pytest.raises(trunkline.ConfigurationError, match="default_region"):
        Client(ACCOUNT, TOKEN, default_region="USA")


def test_the_member_path_of_a_queue_is_no_phone(server: TestServer, client: Client):
    server.reply(Reply(200, {"call_sid": CALL}))
    client.queues.members.get("QU" + "1" * 32, "Front")
    assert server.requests[0].path == f"{ROOT}/Queues/QU{'1' * 32}/Members/Front.json"
