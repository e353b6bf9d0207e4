"""Every fault mode, as trunkline's clients (and a bare HTTP client) see it."""

from __future__ import annotations

import httpx
import pytest

import trunkline
from trunkline.sandbox import Sandbox


@pytest.fixture(autouse=True)
def _clear(sb: Sandbox) -> None:
    sb.clear_faults()


def _call(client: trunkline.twilio.Client) -> str:
    return client.calls.create(to="+14155550100", from_="+14155550199", twiml="<x/>").sid


def test_429_carries_retry_after_and_is_retried(sb: Sandbox) -> None:
    fault = sb.inject("429", "CreateMessage", times=1, retry_after=0.1)
    with sb.twilio() as client:
        message = client.messages.create(to="+14155550100", from_="+14155550199", body="x")
    assert message.sid.startswith("SM") and fault.hits == 1
    sb.inject("429", "CreateMessage", retry_after=7)
    with sb.twilio(max_retries=0) as client, pytest.raises(trunkline.RateLimitError) as caught:
        client.messages.create(to="+14155550100", from_="+14155550199", body="x")
    assert caught.value.code == 20429
    creds = sb.credentials["twilio"]
    answer = httpx.post(
        f"{sb.url}/2010-04-01/Accounts/{creds['account_sid']}/Messages.json",
        auth=(creds["account_sid"], creds["auth_token"]),
    )
    assert answer.status_code == 429 and answer.headers["retry-after"] == "7"


@pytest.mark.parametrize("kind", ["500", "503"])
def test_server_errors_are_retried_on_safe_operations(sb: Sandbox, kind: str) -> None:
    with sb.twilio() as client:
        sid = _call(client)
        sb.inject(kind, "FetchCall", times=2)
        assert client.calls.get(sid).sid == sid  # two failures, then the retry lands
        sb.inject(kind, "FetchCall")
        with pytest.raises(trunkline.InternalServerError) as caught:
            client.calls.get(sid, max_retries=0)
    assert caught.value.status_code == int(kind)


def test_a_reset_connection(sb: Sandbox) -> None:
    with sb.twilio(max_retries=0) as client:
        sid = _call(client)
        sb.inject("reset", "FetchCall", times=1)
        with pytest.raises(trunkline.APIConnectionError):
            client.calls.get(sid)
        assert client.calls.get(sid).sid == sid  # the next connection is fine
    sb.inject("reset", "/calls", times=1)
    with pytest.raises(httpx.TransportError):
        httpx.get(f"{sb.url}/calls")


@pytest.mark.parametrize("kind", ["slow", "trickle"])
def test_slow_and_trickled_answers_hit_the_deadline(sb: Sandbox, kind: str) -> None:
    with sb.twilio(max_retries=0, timeout=0.3) as client:
        sid = _call(client)
        sb.inject(kind, "FetchCall", times=1, delay=1.5)
        with pytest.raises(trunkline.APITimeoutError):
            client.calls.get(sid)
    sb.inject(kind, "FetchCall", times=1, delay=0.2)
    with sb.twilio() as client:
        assert client.calls.get(sid).sid == sid  # slow but within the deadline


def test_an_html_502(sb: Sandbox) -> None:
    sb.inject("html502", "messagebird")
    with sb.messagebird(max_retries=0) as client, pytest.raises(trunkline.InternalServerError) as e:
        list(client.calls.list())
    assert e.value.status_code == 502
    answer = httpx.get(f"{sb.url}/calls")
    assert answer.headers["content-type"].startswith("text/html") and "nginx" in answer.text


def test_truncated_json(sb: Sandbox) -> None:
    with sb.twilio(max_retries=0) as client:
        sid = _call(client)
        sb.inject("truncated", "FetchCall", times=1)
        with pytest.raises(trunkline.TrunklineError):
            client.calls.get(sid)


def test_a_fault_at_a_rate_strikes_some_requests(sb: Sandbox) -> None:
    sb.inject("503", "/v1/Workspaces", rate=0.5)
    creds = sb.credentials["twilio"]
    with httpx.Client(auth=(creds["account_sid"], creds["auth_token"])) as http:
        statuses = [http.get(f"{sb.url}/v1/Workspaces").status_code for _ in range(100)]
    assert 0 < statuses.count(503) < 100 and set(statuses) == {200, 503}


def test_faults_through_the_control_endpoint(sb: Sandbox) -> None:
    made = httpx.post(f"{sb.url}/__sandbox/faults", json={"kind": "503", "route": "/webhooks"})
    assert made.status_code == 201 and made.json()["kind"] == "503"
    assert httpx.get(f"{sb.url}/webhooks").status_code == 503
    assert [f["kind"] for f in httpx.get(f"{sb.url}/__sandbox/faults").json()] == ["503"]
    assert httpx.delete(f"{sb.url}/__sandbox/faults").status_code == 204
    assert httpx.get(f"{sb.url}/webhooks").status_code == 401  # no fault: the missing key
    bad = httpx.post(f"{sb.url}/__sandbox/faults", json={"kind": "meltdown"})
    assert bad.status_code == 400 and "meltdown" in bad.json()["error"]
