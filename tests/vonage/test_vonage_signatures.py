"""trunkline.vonage.check_sms_signature and verify_signed_webhook against Vonage's SDK examples."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import subprocess
import sys
import textwrap
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import jwt
import pytest

from trunkline import ConfigurationError, InvalidParameterError, WebhookVerificationError
from trunkline.vonage import check_sms_signature, verify_signed_webhook

FIXTURES = Path(__file__).parents[1] / "fixtures" / "vonage"
VECTORS = json.loads((FIXTURES / "signature_vectors.json").read_text(encoding="utf-8"))
METHODS = ["md5hash", "md5", "sha1", "sha256", "sha512"]
SECRET = "my_secret_key_for_testing"
INBOUND = {
    "msisdn": "447700900001",
    "to": "447700900000",
    "messageId": "0A0000000123ABCD1",
    "text": "Hello & welcome = yes",
    "type": "text",
    "keyword": "HELLO",
    "message-timestamp": "2024-06-01 12:00:00",
    "timestamp": "1717243200",
}


def _sign(params: dict[str, str], secret: str, method: str) -> str:
    """Vonage's scheme, written out independently of the code under test."""
    text = "".join(
        f"&{name}={value.replace('&', '_').replace('=', '_')}"
        for name, value in sorted(params.items())
        if name != "sig"
    )
    if method == "md5hash":
        return hashlib.md5((text + secret).encode()).hexdigest()
    return hmac.new(secret.encode(), text.encode(), method).hexdigest()


def _signed(method: str, secret: str = SECRET, **changes: str) -> dict[str, str]:
    params = {**INBOUND, **changes}
    return {**params, "sig": _sign(params, secret, method)}


@pytest.mark.parametrize(
    "case", VECTORS["sms"], ids=lambda case: f"{case['source']}-{case['method']}-{case['valid']}"
)
def test_sdk_sms_vector(case: dict[str, Any]) -> None:
    assert (
        check_sms_signature(case["params"], case["secret"], method=case["method"]) is case["valid"]
    )


def test_vectors_cover_every_method() -> None:
    assert {case["method"] for case in VECTORS["sms"]} == set(METHODS)


@pytest.mark.parametrize("method", METHODS)
def test_every_method_checks_and_detects_tampering(method: str) -> None:
    params = _signed(method)
    assert check_sms_signature(params, SECRET, method=method)
    assert check_sms_signature({**params, "sig": params["sig"].upper()}, SECRET, method=method)
    assert not check_sms_signature(
        {**params, "text": "Hello & welcome = no"}, SECRET, method=method
    )
    assert not check_sms_signature({**params, "extra": "1"}, SECRET, method=method)
    without_text = {name: value for name, value in params.items() if name != "text"}
    assert not check_sms_signature(without_text, SECRET, method=method)
    assert not check_sms_signature(params, SECRET + "x", method=method)
    for other in METHODS:
        if other != method:
            assert not check_sms_signature(params, SECRET, method=other)


def test_ampersand_and_equals_in_values_are_underscores() -> None:
    params = _signed("sha256", text="a&b=c")
    assert check_sms_signature({**params, "text": "a_b_c"}, SECRET, method="sha256")


def test_missing_or_empty_sig_is_invalid() -> None:
    params = _signed("md5hash")
    assert not check_sms_signature({**params, "sig": ""}, SECRET)
    del params["sig"]
    assert not check_sms_signature(params, SECRET)
    assert not check_sms_signature({**INBOUND, "sig": "ü" * 32}, SECRET)


def test_any_of_several_secrets_may_match() -> None:
    params = _signed("sha512")
    assert check_sms_signature(params, ["old-secret", SECRET], method="sha512")
    assert check_sms_signature(params, (SECRET,), method="sha512")
    assert not check_sms_signature(params, ["old-secret", "other"], method="sha512")


def test_method_is_case_insensitive_and_unknown_methods_are_named() -> None:
    assert check_sms_signature(_signed("sha256"), SECRET, method="SHA256")
    with pytest.raises(InvalidParameterError, match="unknown signature method 'sha384'"):
        check_sms_signature(_signed("sha256"), SECRET, method="sha384")
    with pytest.raises(InvalidParameterError, match="md5hash, md5, sha1, sha256, sha512"):
        check_sms_signature(_signed("sha256"), SECRET, method=None)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("now", "max_age", "ok"),
    [
        (1717243200, None, True),
        (1717243200 + 10**8, None, True),  # no freshness check unless asked
        (1717243200 + 299, 300, True),
        (1717243200 + 301, 300, False),
        (1717243200 - 301, 300, False),
        (datetime.fromtimestamp(1717243260, tz=UTC), 60, True),
    ],
)
def test_max_age_checks_the_timestamp(now: Any, max_age: float | None, ok: bool) -> None:
    assert check_sms_signature(_signed("md5hash"), SECRET, max_age=max_age, now=now) is ok


def test_max_age_without_a_readable_timestamp_is_invalid() -> None:
    params = _signed("md5hash")
    params.pop("timestamp")
    params["sig"] = _sign(params, SECRET, "md5hash")
    assert check_sms_signature(params, SECRET)
    assert not check_sms_signature(params, SECRET, max_age=300, now=1717243200)
    odd = _signed("md5hash", timestamp="2024-06-01")
    assert not check_sms_signature(odd, SECRET, max_age=10**12, now=0)


@pytest.mark.parametrize(
    ("call", "error", "reason"),
    [
        (lambda: check_sms_signature(INBOUND, ""), ConfigurationError, "signature secret"),
        (lambda: check_sms_signature(INBOUND, [SECRET, ""]), ConfigurationError, "signature"),
        (lambda: check_sms_signature(INBOUND, b"x"), ConfigurationError, "signature secret"),
        (lambda: check_sms_signature([("a", "b")], SECRET), InvalidParameterError, "mapping"),
        (
            lambda: check_sms_signature({**INBOUND, "sig": "x", "n": None}, SECRET),
            InvalidParameterError,
            "parameter 'n'",
        ),
        (
            lambda: check_sms_signature(INBOUND, SECRET, max_age=-1),
            InvalidParameterError,
            "max_age",
        ),
        (
            lambda: check_sms_signature(_signed("md5hash"), SECRET, max_age=1, now=datetime.now()),
            InvalidParameterError,
            "aware datetime",
        ),
    ],
)
def test_bad_sms_input_is_a_typed_error(call: Any, error: type[Exception], reason: str) -> None:
    with pytest.raises(error, match=reason):
        call()


# --- signed webhooks (Authorization: Bearer <JWT>) -------------------------------------------

WEBHOOK_SECRET = "w" * 32
BODY = b'{"status":"answered","uuid":"aaaaaaaa-bbbb-cccc-dddd-0123456789ab"}'
IAT = 1_717_243_200


def _webhook_token(secret: str = WEBHOOK_SECRET, **changes: Any) -> str:
    claims: dict[str, Any] = {
        "iat": IAT,
        "jti": "c7f2e1d0-0000-4000-8000-000000000000",
        "iss": "Vonage",
        "payload_hash": hashlib.sha256(BODY).hexdigest(),
        "api_key": "abcd1234",
        "application_id": "aaaaaaaa-bbbb-cccc-dddd-0123456789ab",
    }
    for name, value in changes.items():
        if value is None:
            claims.pop(name, None)
        else:
            claims[name] = value
    return jwt.encode(claims, secret, algorithm="HS256")


def test_sdk_signed_webhook_example() -> None:
    example = VECTORS["signed_webhook"]
    claims = verify_signed_webhook(example["token"], example["secret"], now=example["iat"])
    assert claims["iat"] == example["iat"]
    assert claims["iss"] == "Online JWT Builder"
    with pytest.raises(WebhookVerificationError, match="signature is invalid"):
        verify_signed_webhook(example["token"], example["wrong_secret"], now=example["iat"])
    with pytest.raises(WebhookVerificationError, match="not a JWT"):
        verify_signed_webhook("asdf", example["secret"], now=example["iat"])
    with pytest.raises(WebhookVerificationError, match="no payload_hash"):
        verify_signed_webhook(example["token"], example["secret"], body=b"{}", now=example["iat"])


def test_valid_webhook_returns_claims_and_checks_the_body() -> None:
    token = _webhook_token()
    claims = verify_signed_webhook(token, WEBHOOK_SECRET, body=BODY, now=IAT + 5)
    assert claims["api_key"] == "abcd1234"
    assert verify_signed_webhook(f"Bearer {token}", WEBHOOK_SECRET, now=IAT)["iss"] == "Vonage"
    assert verify_signed_webhook(f"bearer  {token} ", WEBHOOK_SECRET, now=IAT)
    assert verify_signed_webhook(token, WEBHOOK_SECRET, body=BODY.decode(), now=IAT)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("token", "body", "now", "reason"),
    [
        (_webhook_token(), BODY + b" ", IAT, "payload_hash is invalid"),
        (_webhook_token(), b"", IAT, "payload_hash is invalid"),
        (_webhook_token(payload_hash=None), BODY, IAT, "no payload_hash"),
        (_webhook_token(payload_hash=5), BODY, IAT, "no payload_hash"),
        (_webhook_token(secret="x" * 32), None, IAT, "signature is invalid"),
        (_webhook_token(), None, IAT - 2, "iat is in the future"),
        (_webhook_token(exp=IAT + 60), None, IAT + 61, "has expired"),
        (_webhook_token(nbf=IAT + 30), None, IAT, "not valid yet"),
        (_webhook_token(iat=None), None, IAT, "no iat claim"),
        (_webhook_token(iat="yesterday"), None, IAT, "iat is not a number"),
        (_webhook_token(exp=False), None, IAT, "exp is not a number"),
        (jwt.encode({"iat": IAT}, "h" * 64, algorithm="HS512"), None, IAT, "only HS256"),
        ("", None, IAT, "no signed webhook token"),
        ("Bearer", None, IAT, "not a JWT"),
    ],
)
def test_webhook_failures_name_the_reason(
    token: str, body: bytes | None, now: float, reason: str
) -> None:
    secret = "h" * 64 if "HS512" in reason else WEBHOOK_SECRET
    with pytest.raises(WebhookVerificationError, match=reason):
        verify_signed_webhook(token, secret, body=body, now=now)


def test_webhook_leeway_is_one_second() -> None:
    token = _webhook_token(exp=IAT + 60)
    verify_signed_webhook(token, WEBHOOK_SECRET, now=IAT - 0.9)
    verify_signed_webhook(token, WEBHOOK_SECRET, now=IAT + 60.5)
    with pytest.raises(WebhookVerificationError, match="has expired"):
        verify_signed_webhook(token, WEBHOOK_SECRET, now=IAT + 61)


def test_webhook_max_age_bounds_iat() -> None:
    token = _webhook_token()
    verify_signed_webhook(token, WEBHOOK_SECRET, now=IAT + 299, max_age=300)
    with pytest.raises(WebhookVerificationError, match="issued 301 s ago"):
        verify_signed_webhook(token, WEBHOOK_SECRET, now=IAT + 301, max_age=300)
    # Without max_age an old token without exp still verifies (as Vonage's SDKs do).
    verify_signed_webhook(token, WEBHOOK_SECRET, now=IAT + 10**6)


def test_none_algorithm_is_refused() -> None:
    def b64(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

    header = b64(b'{"alg":"none"}')
    unsigned = f"{header}.{b64(json.dumps({'iat': IAT}).encode())}."
    with pytest.raises(WebhookVerificationError, match="algorithm 'none'"):
        verify_signed_webhook(unsigned, WEBHOOK_SECRET, now=IAT)


def test_webhook_rotation() -> None:
    token = _webhook_token(secret="n" * 32)
    assert verify_signed_webhook(token, [WEBHOOK_SECRET, "n" * 32], now=IAT)
    with pytest.raises(WebhookVerificationError, match="signature is invalid"):
        verify_signed_webhook(token, [WEBHOOK_SECRET], now=IAT)


@pytest.mark.parametrize(
    ("kwargs", "error", "reason"),
    [
        ({"secret": ""}, ConfigurationError, "signature secret"),
        ({"secret": []}, ConfigurationError, "signature secret"),
        ({"token": b"abc"}, InvalidParameterError, "token must be a str"),
        ({"body": 123}, InvalidParameterError, "body must be bytes"),
        ({"now": "later"}, InvalidParameterError, "Unix timestamp"),
        ({"max_age": True}, InvalidParameterError, "max_age"),
    ],
)
def test_bad_webhook_input_is_a_typed_error(
    kwargs: dict[str, Any], error: type[Exception], reason: str
) -> None:
    arguments: dict[str, Any] = {"token": _webhook_token(), "secret": WEBHOOK_SECRET, **kwargs}
    with pytest.raises(error, match=reason):
        verify_signed_webhook(**arguments)


def test_secrets_never_appear_in_messages() -> None:
    for call in (
        lambda: verify_signed_webhook(_webhook_token(secret="q" * 32), WEBHOOK_SECRET, now=IAT),
        lambda: verify_signed_webhook(_webhook_token(), WEBHOOK_SECRET, body=b"x", now=IAT),
        lambda: verify_signed_webhook("a.b.c", WEBHOOK_SECRET, now=IAT),
    ):
        with pytest.raises(WebhookVerificationError) as info:
            call()
        assert WEBHOOK_SECRET not in str(info.value)


def test_importing_the_package_does_not_load_the_checks() -> None:
    script = textwrap.dedent(
        """
        import sys
        import trunkline.vonage
        print("trunkline.vonage._signatures" in sys.modules)
        from trunkline.vonage import check_sms_signature, verify_signed_webhook
        print(check_sms_signature.__module__, verify_signed_webhook.__module__)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    lines = done.stdout.split("\n")
    assert lines[:2] == ["False", "trunkline.vonage._signatures trunkline.vonage._signatures"]
