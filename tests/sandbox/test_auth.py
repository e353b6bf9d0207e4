"""Wrong credentials get each provider's own 401 (or its in-band status), right ones pass."""

from __future__ import annotations

import httpx
import pytest

import trunkline
import trunkline.messagebird
import trunkline.twilio
import trunkline.vonage
from trunkline.sandbox import Sandbox


def test_twilio_refuses_a_wrong_auth_token(sb: Sandbox) -> None:
    sid = sb.credentials["twilio"]["account_sid"]
    client = trunkline.twilio.Client(sid, "wrong", base_url=sb.url, max_retries=0)
    with client, pytest.raises(trunkline.AuthenticationError) as caught:
        client.calls.get("CA" + "0" * 32)
    assert caught.value.code == 20003 and caught.value.status_code == 401
    answer = httpx.get(f"{sb.url}/2010-04-01/Accounts/{sid}/Calls.json")
    assert answer.status_code == 401 and answer.json()["code"] == 20003
    assert answer.headers["www-authenticate"].startswith("Basic")
    other = "AC" + "1" * 32
    answer = httpx.get(f"{sb.url}/v1/Workspaces", auth=(other, "x"))
    assert answer.status_code == 401


def test_twilio_keeps_accounts_apart(sb: Sandbox) -> None:
    creds = sb.credentials["twilio"]
    other = "AC" + "2" * 32
    answer = httpx.get(
        f"{sb.url}/2010-04-01/Accounts/{other}/Calls.json",
        auth=(creds["account_sid"], creds["auth_token"]),
    )
    assert answer.status_code == 404 and answer.json()["code"] == 20404


def test_messagebird_refuses_a_wrong_access_key(sb: Sandbox) -> None:
    client = trunkline.messagebird.Client("wrong", base_url=sb.url, max_retries=0)
    with client, pytest.raises(trunkline.AuthenticationError) as caught:
        list(client.calls.list())
    assert caught.value.code == 2
    answer = httpx.get(f"{sb.url}/calls", headers={"Authorization": "AccessKey nope"})
    assert answer.status_code == 401
    assert answer.json()["errors"][0]["description"] == "Request not allowed (incorrect access_key)"


def test_vonage_refuses_wrong_credentials_in_each_apis_shape(sb: Sandbox) -> None:
    key = sb.credentials["vonage"]["api_key"]
    with trunkline.vonage.Client(key, "wrong", base_url=sb.url, max_retries=0) as client:
        with pytest.raises(trunkline.AuthenticationError):  # SMS: HTTP 200, status "4"
            client.sms.send(to="447400123450", from_="Acme", text="hi")
        with pytest.raises(trunkline.AuthenticationError):
            client.account.get_balance()
        with pytest.raises(trunkline.AuthenticationError):
            client.applications.get("00000000-0000-0000-0000-000000000000")
    sms = httpx.post(f"{sb.url}/sms/json", data={"api_key": key, "api_secret": "x", "to": "1"})
    assert sms.status_code == 200
    assert sms.json()["messages"][0] == {"status": "4", "error-text": "Bad Credentials"}
    verify = httpx.post(
        f"{sb.url}/verify/json",
        data={"api_key": key, "api_secret": "x", "number": "1", "brand": "b"},
    )
    assert verify.json() == {"status": "4", "error_text": "Bad Credentials"}
    insight = httpx.get(f"{sb.url}/ni/basic/json", params={"api_key": key, "number": "1"})
    assert insight.json()["status"] == 4
    voice = httpx.get(f"{sb.url}/v1/calls", headers={"Authorization": "Bearer not.a.jwt"})
    assert voice.status_code == 401 and voice.json()["title"] == "Unauthorized"


def test_vonage_accepts_a_signed_sms_request(sb: Sandbox) -> None:
    from trunkline.vonage._signatures import _sign_sms

    creds = sb.credentials["vonage"]
    params = {
        "api_key": creds["api_key"],
        "to": "447400123450",
        "from": "Acme",
        "text": "hi",
        "timestamp": "1700000000",
    }
    params["sig"] = _sign_sms(params, creds["signature_secret"], "sha256")
    answer = httpx.post(f"{sb.url}/sms/json", data=params)
    assert answer.json()["messages"][0]["status"] == "0"
    params["text"] = "altered"
    assert httpx.post(f"{sb.url}/sms/json", data=params).json()["messages"][0]["status"] == "4"
