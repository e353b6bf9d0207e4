"""The sandbox's MessageBird webhook signer makes what `RequestValidator` accepts."""

from __future__ import annotations

import time

import pytest

from trunkline import WebhookVerificationError
from trunkline.messagebird import RequestValidator
from trunkline.messagebird._request_validator import _sign_webhook

URL = "https://example.com/voice?b=2&a=1"


def test_a_signed_request_validates() -> None:
    now = time.time()
    token = _sign_webhook("key", URL, b'{"x": 1}', now=now, jti="j1")
    claims = RequestValidator("key").validate_signature(token, URL, b'{"x": 1}', now=now)
    assert claims["iss"] == "MessageBird" and claims["jti"] == "j1"
    assert "payload_hash" in claims


def test_an_empty_body_has_no_payload_hash() -> None:
    now = time.time()
    token = _sign_webhook("key", URL, b"", now=now, jti="j2")
    assert "payload_hash" not in RequestValidator("key").validate_signature(
        token, URL, b"", now=now
    )


@pytest.mark.parametrize(
    ("key", "url", "body", "at"),
    [
        ("other", URL, b"{}", 0),
        ("key", URL + "&c=3", b"{}", 0),
        ("key", URL, b"{ }", 0),
        ("key", URL, b"{}", 120),
    ],
)
def test_anything_changed_fails(key: str, url: str, body: bytes, at: float) -> None:
    now = time.time()
    token = _sign_webhook("key", URL, b"{}", now=now, jti="j3")
    with pytest.raises(WebhookVerificationError):
        RequestValidator(key).validate_signature(token, url, body, now=now + at)
