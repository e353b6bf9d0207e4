"""The sandbox's Vonage signers make what `check_sms_signature` and `verify_signed_webhook`
accept."""

from __future__ import annotations

import time

import pytest

from trunkline import WebhookVerificationError
from trunkline.vonage import check_sms_signature, verify_signed_webhook
from trunkline.vonage._signatures import _sign_sms, _signed_webhook_token

PARAMS = {
    "msisdn": "447700900000",
    "messageId": "0A0000001234567B",
    "text": "a&b=c",
    "timestamp": "1700000000",
}


@pytest.mark.parametrize("method", ["md5hash", "md5", "sha1", "sha256", "sha512"])
def test_sms_sig_validates_with_each_method(method: str) -> None:
    signed = {**PARAMS, "sig": _sign_sms(PARAMS, "secret", method)}
    assert check_sms_signature(signed, "secret", method=method)
    assert not check_sms_signature(signed, "other", method=method)
    assert not check_sms_signature({**signed, "text": "changed"}, "secret", method=method)


def test_signed_webhook_token_validates() -> None:
    now = time.time()
    token = _signed_webhook_token(
        "secret", b'{"status":"answered"}', now=now, jti="j", claims={"application_id": "app"}
    )
    claims = verify_signed_webhook(
        f"Bearer {token}", "secret", body=b'{"status":"answered"}', now=now
    )
    assert claims["application_id"] == "app" and claims["iss"] == "Vonage"
    with pytest.raises(WebhookVerificationError):
        verify_signed_webhook(token, "secret", body=b"{}", now=now)
    with pytest.raises(WebhookVerificationError):
        verify_signed_webhook(token, "other", now=now)
