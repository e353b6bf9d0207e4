"""trunkline.messagebird.RequestValidator: MessageBird's shared vectors and every failure mode."""

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
from trunkline.messagebird import RequestValidator

FIXTURES = Path(__file__).parents[1] / "fixtures" / "messagebird"
VECTORS = json.loads((FIXTURES / "webhooksignature.json").read_text(encoding="utf-8"))
LEGACY = json.loads((FIXTURES / "legacy_signature_vectors.json").read_text(encoding="utf-8"))

# The SDKs' reasons, and the words of ours that say the same thing.
REASONS = {
    "invalid jwt: claim nbf is in the future": "not valid yet: claim nbf is in the future",
    "invalid jwt: claim exp is in the past": "has expired: claim exp is in the past",
    "invalid jwt: claim url_hash is invalid": "claim url_hash is invalid",
    "invalid jwt: claim payload_hash is invalid": "claim payload_hash is invalid",
    "invalid jwt: signature is invalid": "signature is invalid",
    "invalid jwt: claim payload_hash is set but actual payload is missing": (
        "claim payload_hash is set but the body is empty"
    ),
    "invalid jwt: claim payload_hash is not set but payload is present": (
        "claim payload_hash is not set but the body is not empty"
    ),
    "invalid jwt: signing method none is invalid": "algorithm 'none'",
}

KEY = "k" * 64  # long enough for HS512 without PyJWT's short-key warning
OTHER_KEY = "o" * 64
URL = "https://example.com/webhooks/voice?callId=abc&leg=1"
BODY = b'{"type":"call.updated","status":"ended"}'
NOW = 1_700_000_000


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _claims(**changes: Any) -> dict[str, Any]:
    claims: dict[str, Any] = {
        "iss": "MessageBird",
        "nbf": NOW,
        "exp": NOW + 60,
        "jti": "59a244dc-e9ad-4e23-9778-371faa238f72",
        "url_hash": _sha256(URL.encode()),
        "payload_hash": _sha256(BODY),
    }
    for name, value in changes.items():
        if value is None:
            claims.pop(name, None)
        else:
            claims[name] = value
    return claims


def _token(claims: dict[str, Any] | None = None, key: str = KEY, algorithm: str = "HS256") -> str:
    return jwt.encode(claims if claims is not None else _claims(), key, algorithm=algorithm)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _hand_made(header: dict[str, Any], claims: dict[str, Any], key: str = KEY) -> str:
    head = _b64(json.dumps(header).encode())
    body = _b64(json.dumps(claims).encode())
    mac = hmac.new(key.encode(), f"{head}.{body}".encode(), hashlib.sha256).digest()
    return f"{head}.{body}.{_b64(mac)}"


@pytest.mark.parametrize("case", VECTORS, ids=lambda case: case["name"])
def test_messagebird_shared_vector(case: dict[str, Any]) -> None:
    # The "none" case has no secret: any key must refuse it.
    validator = RequestValidator(case.get("secret", KEY))
    now = datetime.fromisoformat(case["timestamp"])
    body = case.get("payload", "").encode()
    if case["valid"]:
        claims = validator.validate_signature(case["token"], case["url"], body, now=now)
        assert claims["iss"] == "MessageBird"
        assert claims["url_hash"] == _sha256(case["url"].encode())
    else:
        with pytest.raises(WebhookVerificationError, match=REASONS[case["reason"]]):
            validator.validate_signature(case["token"], case["url"], body, now=now)


def test_every_vector_reason_is_mapped() -> None:
    assert {case["reason"] for case in VECTORS if not case["valid"]} == set(REASONS)


@pytest.mark.parametrize("algorithm", ["HS256", "HS384", "HS512"])
def test_valid_token_returns_its_claims(algorithm: str) -> None:
    token = _token(algorithm=algorithm)
    claims = RequestValidator(KEY).validate_signature(token, URL, BODY, now=NOW + 30)
    assert claims == _claims()


@pytest.mark.parametrize(
    ("now", "ok"),
    [
        (NOW - 2, False),  # before nbf, beyond the 1 s leeway
        (NOW - 0.5, True),  # within the leeway
        (NOW, True),
        (NOW + 60, True),  # at exp, within the leeway
        (NOW + 60.9, True),
        (NOW + 61, False),  # leeway over
        (NOW + 3600, False),
    ],
)
def test_nbf_and_exp_have_one_second_of_leeway(now: float, ok: bool) -> None:
    validator = RequestValidator(KEY)
    if ok:
        validator.validate_signature(_token(), URL, BODY, now=now)
    else:
        with pytest.raises(WebhookVerificationError, match=r"not valid yet|has expired"):
            validator.validate_signature(_token(), URL, BODY, now=now)


def test_now_may_be_a_datetime_and_defaults_to_the_clock() -> None:
    validator = RequestValidator(KEY)
    at = datetime.fromtimestamp(NOW + 10, tz=UTC)
    assert validator.validate_signature(_token(), URL, BODY, now=at)["jti"]
    with pytest.raises(WebhookVerificationError, match="has expired"):
        validator.validate_signature(_token(), URL, BODY)  # NOW is in 2023
    with pytest.raises(InvalidParameterError, match="aware datetime"):
        validator.validate_signature(_token(), URL, BODY, now=datetime(2023, 11, 14))
    with pytest.raises(InvalidParameterError, match="Unix timestamp"):
        validator.validate_signature(_token(), URL, BODY, now="now")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("token", "url", "body", "reason"),
    [
        (_token(key=OTHER_KEY), URL, BODY, "signature is invalid"),
        (_token(algorithm="HS256")[:-2] + "xx", URL, BODY, "signature is invalid"),
        (_token(), URL.replace("leg=1", "leg=2"), BODY, "url_hash is invalid"),
        (_token(), URL.replace("https", "http"), BODY, "url_hash is invalid"),
        (_token(), URL, BODY + b" ", "payload_hash is invalid"),
        (_token(), URL, b"", "payload_hash is set but the body is empty"),
        (_token(_claims(payload_hash=None)), URL, BODY, "payload_hash is not set"),
        (_token(_claims(iss="Mallory")), URL, BODY, "claim iss is not 'MessageBird'"),
        (_token(_claims(iss=None)), URL, BODY, "no iss claim"),
        (_token(_claims(nbf=None)), URL, BODY, "no nbf claim"),
        (_token(_claims(exp=None)), URL, BODY, "no exp claim"),
        (_token(_claims(url_hash=None)), URL, BODY, "no url_hash claim"),
        (_token(_claims(exp="tomorrow")), URL, BODY, "claim exp is not a number"),
        (_token(_claims(nbf=True)), URL, BODY, "claim nbf is not a number"),
        (_token(_claims(url_hash=7)), URL, BODY, "url_hash is invalid"),
        ("not-a-jwt", URL, BODY, "not a JWT"),
        ("a.b", URL, BODY, "not a JWT"),
        ("a.b.c.d", URL, BODY, "not a JWT"),
        ("!!!.e30.", URL, BODY, "not a JWT"),
        (_b64(b"[]") + ".e30.", URL, BODY, "not a JWT"),
        ("x" * 20_000, URL, BODY, "too long"),
    ],
)
def test_failures_name_the_reason(token: str, url: str, body: bytes, reason: str) -> None:
    with pytest.raises(WebhookVerificationError, match=reason):
        RequestValidator(KEY).validate_signature(token, url, body, now=NOW + 1)


@pytest.mark.parametrize("algorithm", ["none", "None", "RS256", "ES256", "hs256", "HS1", "", None])
def test_only_hmac_sha2_algorithms_are_accepted(algorithm: str | None) -> None:
    header: dict[str, Any] = {"typ": "JWT"} if algorithm is None else {"alg": algorithm}
    token = _hand_made(header, _claims())
    with pytest.raises(WebhookVerificationError, match="only HS256, HS384 and HS512"):
        RequestValidator(KEY).validate_signature(token, URL, BODY, now=NOW)
    unsigned = token.rsplit(".", 1)[0] + "."
    with pytest.raises(WebhookVerificationError, match="only HS256, HS384 and HS512"):
        RequestValidator(KEY).validate_signature(unsigned, URL, BODY, now=NOW)


def test_critical_header_extensions_are_refused() -> None:
    token = _hand_made({"alg": "HS256", "crit": ["exp"], "exp": 1}, _claims())
    with pytest.raises(WebhookVerificationError, match="critical header"):
        RequestValidator(KEY).validate_signature(token, URL, BODY, now=NOW)


def test_claims_that_are_not_an_object_are_refused() -> None:
    token = jwt.api_jws.encode(b"[1, 2]", KEY, algorithm="HS256")
    with pytest.raises(WebhookVerificationError, match="not a JSON object"):
        RequestValidator(KEY).validate_signature(token, URL, BODY, now=NOW)


def test_non_finite_times_are_refused() -> None:
    head = _b64(b'{"alg":"HS256"}')
    body = _b64(b'{"iss":"MessageBird","nbf":0,"exp":Infinity}')
    mac = hmac.new(KEY.encode(), f"{head}.{body}".encode(), hashlib.sha256).digest()
    with pytest.raises(WebhookVerificationError, match="claim exp is not a number"):
        RequestValidator(KEY).validate_signature(f"{head}.{body}.{_b64(mac)}", URL, b"", now=NOW)


def test_any_of_several_keys_may_have_signed() -> None:
    validator = RequestValidator([OTHER_KEY, KEY])
    assert validator.validate_signature(_token(), URL, BODY, now=NOW)
    assert validator.validate_signature(_token(key=OTHER_KEY), URL, BODY, now=NOW)
    with pytest.raises(WebhookVerificationError, match="signature is invalid"):
        validator.validate_signature(_token(key="z" * 64), URL, BODY, now=NOW)


def test_skip_url_validation_ignores_url_hash_only() -> None:
    validator = RequestValidator(KEY, skip_url_validation=True)
    token = _token(_claims(url_hash=None))
    assert validator.validate_signature(token, "", BODY, now=NOW)
    assert validator.validate_signature(_token(), "https://proxy.internal/x", BODY, now=NOW)
    with pytest.raises(WebhookVerificationError, match="payload_hash is invalid"):
        validator.validate_signature(_token(), URL, b"other", now=NOW)


def test_body_may_be_str_or_none() -> None:
    validator = RequestValidator(KEY)
    assert validator.validate_signature(_token(), URL, BODY.decode(), now=NOW)
    empty = _token(_claims(payload_hash=None))
    assert validator.validate_signature(empty, URL, None, now=NOW)
    assert validator.validate_signature(empty, URL, b"", now=NOW)


@pytest.mark.parametrize(
    ("signature", "url", "body", "error", "reason"),
    [
        (None, URL, BODY, WebhookVerificationError, "no MessageBird-Signature-JWT"),
        ("", URL, BODY, WebhookVerificationError, "no MessageBird-Signature-JWT"),
        (b"token", URL, BODY, InvalidParameterError, "signature must be a str"),
        ("a.b.c", None, BODY, InvalidParameterError, "url must be a str"),
        ("a.b.c", "", BODY, InvalidParameterError, "url is empty"),
        ("a.b.c", URL, 42, InvalidParameterError, "body must be bytes or str"),
    ],
)
def test_missing_or_mistyped_input(
    signature: Any, url: Any, body: Any, error: type[Exception], reason: str
) -> None:
    with pytest.raises(error, match=reason):
        RequestValidator(KEY).validate_signature(signature, url, body, now=NOW)


@pytest.mark.parametrize("key", ["", [], [""], [KEY, ""], b"key", None, [b"key"]])
def test_bad_keys_are_configuration_errors(key: Any) -> None:
    with pytest.raises(ConfigurationError, match="signing key"):
        RequestValidator(key)


def test_keys_never_appear_in_repr_or_messages() -> None:
    validator = RequestValidator([KEY, OTHER_KEY])
    assert KEY not in repr(validator)
    assert repr(validator) == "RequestValidator(<2 signing keys>, skip_url_validation=False)"
    for token in (_token(key="z" * 64), _token(_claims(exp=NOW - 100)), "x.y.z"):
        with pytest.raises(WebhookVerificationError) as info:
            validator.validate_signature(token, URL, BODY, now=NOW)
        assert KEY not in str(info.value)
        assert OTHER_KEY not in str(info.value)


# --- the older MessageBird-Signature scheme --------------------------------------------------


def _legacy_query(case: dict[str, Any]) -> dict[str, str]:
    return {**LEGACY["query"], **case.get("query_changes", {})}


@pytest.mark.parametrize("case", LEGACY["cases"], ids=lambda case: case["name"])
def test_legacy_sdk_vector(case: dict[str, Any]) -> None:
    validator = RequestValidator(LEGACY["signing_key"])
    arguments = (case["signature"], LEGACY["timestamp"], _legacy_query(case), case["body"])
    if case["valid"]:
        validator.validate_legacy_signature(*arguments, now=LEGACY["timestamp"] + 5)
        validator.validate_legacy_signature(*arguments, tolerance=None)
    else:
        with pytest.raises(WebhookVerificationError, match="MessageBird-Signature does not match"):
            validator.validate_legacy_signature(*arguments, tolerance=None)


def _legacy() -> tuple[RequestValidator, str, int, dict[str, str], bytes]:
    case = LEGACY["cases"][1]
    return (
        RequestValidator(LEGACY["signing_key"]),
        case["signature"],
        LEGACY["timestamp"],
        dict(LEGACY["query"]),
        case["body"].encode(),
    )


def test_legacy_accepts_the_query_string_and_str_timestamp() -> None:
    validator, signature, timestamp, query, body = _legacy()
    query_string = "&".join(f"{name}={value}" for name, value in reversed(query.items()))
    query_string = query_string.replace("+", "%2B")
    validator.validate_legacy_signature(
        signature, str(timestamp), query_string, body, now=timestamp
    )
    validator.validate_legacy_signature(
        signature, timestamp, "?" + query_string, body.decode(), now=timestamp
    )


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"timestamp": 1547198232}, "does not match"),
        ({"query": {"reference": "BAR"}}, "does not match"),
        ({"body": b'{"foo":"baz"}'}, "does not match"),
        ({"signature": "not base64!"}, "does not match"),
        ({"signature": "ünicode"}, "does not match"),
        ({"signature": ""}, "no MessageBird-Signature"),
        ({"timestamp": None}, "no MessageBird-Request-Timestamp"),
        ({"timestamp": "12a"}, "not a Unix time"),
        ({"timestamp": "-5"}, "not a Unix time"),
    ],
)
def test_legacy_tampered(change: dict[str, Any], reason: str) -> None:
    validator, signature, timestamp, query, body = _legacy()
    arguments: dict[str, Any] = {
        "signature": signature,
        "timestamp": timestamp,
        "query": query,
        "body": body,
    }
    if "query" in change:
        arguments["query"] = {**query, **change.pop("query")}
    arguments.update(change)
    with pytest.raises(WebhookVerificationError, match=reason):
        validator.validate_legacy_signature(**arguments, tolerance=None)


@pytest.mark.parametrize(
    ("offset", "tolerance", "ok"),
    [
        (0, 300, True),
        (299, 300, True),
        (301, 300, False),  # stale
        (-301, 300, False),  # from the future
        (11, 10, False),
        (10_000_000, None, True),  # freshness not checked
    ],
)
def test_legacy_timestamp_tolerance(offset: int, tolerance: float | None, ok: bool) -> None:
    validator, signature, timestamp, query, body = _legacy()
    now = datetime.fromtimestamp(timestamp + offset, tz=UTC)
    if ok:
        validator.validate_legacy_signature(
            signature, timestamp, query, body, tolerance=tolerance, now=now
        )
    else:
        with pytest.raises(WebhookVerificationError, match="stale or replayed"):
            validator.validate_legacy_signature(
                signature, timestamp, query, body, tolerance=tolerance, now=now
            )


def test_legacy_default_tolerance_refuses_an_old_request() -> None:
    validator, signature, timestamp, query, body = _legacy()
    with pytest.raises(WebhookVerificationError, match="stale or replayed"):
        validator.validate_legacy_signature(signature, timestamp, query, body)  # 2019


def test_legacy_rotation_and_repeated_query_parameters() -> None:
    key = "legacy-key-0123456789"
    query = {"b": ["2", "1"], "a": "x y", "c": ""}
    signed = b"\n".join((b"1700000000", b"a=x+y&b=2&b=1&c=", hashlib.sha256(b"body").digest()))
    signature = base64.b64encode(hmac.new(key.encode(), signed, hashlib.sha256).digest()).decode()
    validator = RequestValidator(["another-key", key])
    validator.validate_legacy_signature(signature, 1_700_000_000, query, b"body", now=NOW)
    validator.validate_legacy_signature(
        signature, "1700000000", "c=&b=2&a=x%20y&b=1", b"body", now=NOW
    )


@pytest.mark.parametrize(
    ("kwargs", "reason"),
    [
        ({"tolerance": -1}, "tolerance must be"),
        ({"tolerance": "300"}, "tolerance must be"),
        ({"query": [("a", "b")]}, "query must be a mapping"),
        ({"query": {"a": 1}}, "query parameter 'a'"),
        ({"timestamp": 1.5}, "timestamp must be a str or an int"),
        ({"body": 3}, "body must be bytes or str"),
    ],
)
def test_legacy_bad_input_is_a_typed_error(kwargs: dict[str, Any], reason: str) -> None:
    validator, signature, timestamp, query, body = _legacy()
    arguments: dict[str, Any] = {
        "signature": signature,
        "timestamp": timestamp,
        "query": query,
        "body": body,
        **kwargs,
    }
    with pytest.raises(InvalidParameterError, match=reason):
        validator.validate_legacy_signature(**arguments)


def test_importing_the_package_does_not_load_the_validator() -> None:
    script = textwrap.dedent(
        """
        import sys
        import trunkline.messagebird
        print("trunkline.messagebird._request_validator" in sys.modules)
        from trunkline.messagebird import RequestValidator
        print(RequestValidator.__module__)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.split("\n")[:2] == ["False", "trunkline.messagebird._request_validator"]
