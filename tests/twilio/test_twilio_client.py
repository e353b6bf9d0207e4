"""Twilio client settings: credentials, environment, API keys, regions, secrets kept out."""

from __future__ import annotations

import base64
import logging

import pytest

import trunkline
from trunkline._core._exceptions import ConfigurationError
from trunkline.twilio import Client
from trunkline.twilio._provider import TwilioProvider

from localserver import Reply, TestServer
from twilio_data import ACCOUNT, CALL, TOKEN, fixture


def _basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


def test_api_key_and_secret_authenticate_instead_of_the_token(server: TestServer):
    server.reply(Reply(200, fixture("call")))
    with Client(ACCOUNT, api_key="SK" + "b" * 32, api_secret="s3cr3t", base_url=server.url) as c:
        c.calls.get(CALL)
    (request,) = server.requests
    assert request.headers["authorization"] == _basic("SK" + "b" * 32, "s3cr3t")
    assert request.path.startswith(f"/2010-04-01/Accounts/{ACCOUNT}/")


def test_credentials_fall_back_to_the_environment(server: TestServer, monkeypatch):
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", ACCOUNT)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", TOKEN)
    server.reply(Reply(200, fixture("call")))
    with Client(base_url=server.url) as c:
        c.calls.get(CALL)
    assert server.requests[0].headers["authorization"] == _basic(ACCOUNT, TOKEN)


def test_missing_credentials_name_what_to_set(monkeypatch):
    for name in ("TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_API_KEY", "TWILIO_API_SECRET"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(ConfigurationError, match="TWILIO_ACCOUNT_SID"):
        Client()
    with pytest.raises(ConfigurationError, match="TWILIO_AUTH_TOKEN"):
        Client(ACCOUNT)
    with pytest.raises(ConfigurationError, match="api_key and api_secret"):
        Client(ACCOUNT, api_key="SK1")


@pytest.mark.parametrize(
    ("region", "edge", "host"),
    [
        (None, None, "https://api.twilio.com"),
        ("au1", None, "https://api.au1.twilio.com"),
        ("au1", "sydney", "https://api.sydney.au1.twilio.com"),
        (None, "dublin", "https://api.dublin.us1.twilio.com"),
    ],
)
def test_region_and_edge_pick_the_host(region, edge, host):
    provider = TwilioProvider(ACCOUNT, TOKEN, region, edge)
    assert provider.server_url("https://api.twilio.com") == host


def test_region_comes_from_the_environment(monkeypatch):
    monkeypatch.setenv("TWILIO_REGION", "ie1")
    monkeypatch.setenv("TWILIO_EDGE", "dublin")
    client = Client(ACCOUNT, TOKEN)
    try:
        assert (client.region, client.edge) == ("ie1", "dublin")
    finally:
        client.close()


def test_secrets_stay_out_of_logs_reprs_and_errors(server: TestServer, caplog, monkeypatch):
    monkeypatch.setenv("DEBUG_HTTP_TRAFFIC", "true")
    secret_answer = fixture("call", auth_token="tok_answer_secret_1234")
    server.reply(
        Reply(200, secret_answer),
        Reply(401, {"code": 20003, "message": "Authenticate", "status": 401}),
    )
    caplog.set_level(logging.DEBUG, logger="trunkline")
    with Client(ACCOUNT, TOKEN, base_url=server.url) as client:
        call = client.calls.get(CALL)
        with pytest.raises(trunkline.AuthenticationError) as caught:
            client.calls.create(
                to="+14155550100",
                from_="+14155550199",
                url="https://e.com/t",
                extra_query={"auth_token": TOKEN},
            )
        shown = "\n".join(
            [caplog.text, repr(client), repr(call), str(caught.value), repr(caught.value)]
        )
    basic = base64.b64encode(f"{ACCOUNT}:{TOKEN}".encode()).decode()
    assert caplog.text  # the debug log did record the traffic
    assert "Calls" in caplog.text
    for secret in (TOKEN, basic, "tok_answer_secret_1234"):
        assert secret not in shown


def _trust_roots(http_client) -> int:
    # httpx's own transport keeps the SSL context it would use on its connection pool
    return http_client._transport._pool._ssl_context.cert_store_stats()["x509_ca"]


def test_a_plain_http_base_url_loads_no_ca_bundle(server: TestServer):
    # Every request goes to the http origin, so the ~90 ms CA load is skipped; the
    # context has no trust roots, so TLS could only ever fail, never go unverified.
    with Client(ACCOUNT, TOKEN, base_url=server.url) as local:
        assert _trust_roots(local._api.http_client) == 0
        context = local._api.http_client._transport._pool._ssl_context
        assert context.check_hostname
        assert context.verify_mode.name == "CERT_REQUIRED"
    with Client(ACCOUNT, TOKEN) as real:
        assert _trust_roots(real._api.http_client) > 0


def test_methods_show_their_parameters_to_help_and_editors():
    import inspect

    client = Client("AC" + "0" * 32, "token", base_url="http://127.0.0.1:9")
    create = inspect.signature(client.calls.create).parameters
    assert {"to", "from_", "url", "ring_timeout", "timeout", "extra_headers"} <= set(create)
    assert create["to"].kind is inspect.Parameter.KEYWORD_ONLY
    assert create["to"].default is inspect.Parameter.empty  # required
    listing = inspect.signature(client.messages.list).parameters
    assert {"limit", "page_size", "date_sent_after", "date_sent_before"} <= set(listing)
    get = inspect.signature(client.calls.get).parameters
    assert next(iter(get)) == "sid"
    assert get["sid"].kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    assert client.calls.create.__doc__.startswith("Create a new outgoing call")
