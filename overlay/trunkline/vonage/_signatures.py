"""Vonage webhook signatures: signed SMS parameters and signed-webhook JWTs.

    if not check_sms_signature(request.args, os.environ["VONAGE_SIGNATURE_SECRET"],
                               method="sha256"):
        abort(401)

    claims = verify_signed_webhook(bearer_token, signature_secret, body=request.body)

Signed SMS (inbound messages and delivery receipts) carry `sig`: every other
parameter sorted by name, each value with `&` and `=` replaced by `_`, joined as
`&name=value`; `md5hash` appends the secret and takes the MD5, the other
methods are an HMAC keyed by the secret. The method is the one chosen in the
dashboard. Signed webhooks (Voice, Messages) carry `Authorization: Bearer
<JWT>`, HS256 with the signature secret, whose `payload_hash` is the SHA-256
hex of the body. Both follow Vonage's own SDKs (vonage-python-sdk,
vonage-node-sdk) and pass their test examples.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any, Final, TypeAlias

from .._core._exceptions import (
    InvalidParameterError,
    WebhookVerificationError,
)
from .._core._jwt import is_number, time_claim, unix_time, verified_claims
from .._core._jwt import secrets as key_list

__all__ = ["check_sms_signature", "verify_signed_webhook"]

_DigestFactory: TypeAlias = Callable[..., Any]

# MD5 is Vonage's choice, not ours; usedforsecurity=False keeps it working on FIPS builds.
_MD5: Final[_DigestFactory] = functools.partial(hashlib.md5, usedforsecurity=False)
_METHODS: Final[dict[str, _DigestFactory]] = {
    "md5hash": _MD5,
    "md5": _MD5,
    "sha1": hashlib.sha1,
    "sha256": hashlib.sha256,
    "sha512": hashlib.sha512,
}
_LEEWAY: Final = 1.0  # seconds of clock skew allowed on iat / nbf / exp
_WHAT: Final = "signed webhook token"


def _max_age(max_age: float | None) -> float | None:
    """A freshness window in seconds, checked."""
    if max_age is None:
        return None
    if isinstance(max_age, bool) or not is_number(max_age) or max_age < 0:
        raise InvalidParameterError("max_age must be a number of seconds >= 0, or None")
    return float(max_age)


def _sms_signed_text(params: Mapping[str, Any]) -> str:
    """`&name=value` for every parameter but `sig`, sorted, `&`/`=` in values as `_`."""
    parts: list[str] = []
    for name in sorted(params):
        if not isinstance(name, str):
            raise InvalidParameterError(f"parameter names must be str, not {type(name).__name__}")
        if name == "sig":
            continue
        value = params[name]
        if isinstance(value, str):
            text = value.replace("&", "_").replace("=", "_")
        elif isinstance(value, int) and not isinstance(value, bool):
            text = str(value)
        else:
            raise InvalidParameterError(
                f"parameter {name!r} must be a str (or an int), not {type(value).__name__}"
            )
        parts.append(f"&{name}={text}")
    return "".join(parts)


def _sms_signature(text: str, secret: bytes, method: str) -> str:
    """The hex `sig` Vonage computes with one secret."""
    data = text.encode("utf-8")
    if method == "md5hash":
        return str(_MD5(data + secret).hexdigest())
    return hmac.new(secret, data, _METHODS[method]).hexdigest()


def sms_signature(params: Mapping[str, Any], secret: str, method: str = "md5hash") -> str:
    """The `sig` of `params` (every one but `sig`) signed with `secret` by `method`: what a
    signed request sends and `check_sms_signature` checks."""
    name = method.strip().lower() if isinstance(method, str) else ""
    if name not in _METHODS:
        raise InvalidParameterError(
            f"unknown signature method {method!r}: use one of {', '.join(_METHODS)}"
        )
    return _sms_signature(_sms_signed_text(params), secret.encode("utf-8"), name)


def check_sms_signature(
    params: Mapping[str, str],
    secret: str | Sequence[str],
    *,
    method: str = "md5hash",
    max_age: float | None = None,
    now: datetime | float | None = None,
) -> bool:
    """True if `params["sig"]` is Vonage's signature of the other parameters.

    `method` is the dashboard's choice: `md5hash` (the default), `md5`, `sha1`,
    `sha256` or `sha512` (the last four are HMACs). Any of several secrets may
    match. No freshness check unless `max_age` (seconds) is given: then the
    `timestamp` parameter must be within `max_age` of `now` (default the clock).
    """
    name = method.strip().lower() if isinstance(method, str) else ""
    if name not in _METHODS:
        raise InvalidParameterError(
            f"unknown signature method {method!r}: use one of {', '.join(_METHODS)}"
        )
    secrets = key_list(secret, "a Vonage signature secret")
    window = _max_age(max_age)
    if not isinstance(params, Mapping):
        raise InvalidParameterError(f"params must be a mapping, not {type(params).__name__}")
    given = params.get("sig")
    if not isinstance(given, str) or not given:
        return False
    text = _sms_signed_text(params)
    given_bytes = given.lower().encode("utf-8", "replace")
    matched = False
    for each in secrets:
        expected = _sms_signature(text, each, name).encode("ascii")
        matched |= hmac.compare_digest(expected, given_bytes)
    if not matched:
        return False
    if window is not None:
        stamp = params.get("timestamp")
        if isinstance(stamp, str) and stamp.isascii() and stamp.isdigit():
            sent = int(stamp)
        elif isinstance(stamp, int) and not isinstance(stamp, bool):
            sent = stamp
        else:
            return False
        if abs(unix_time(now) - sent) > window:
            return False
    return True


def verify_signed_webhook(
    token: str,
    secret: str | Sequence[str],
    *,
    body: bytes | None = None,
    now: datetime | float | None = None,
    max_age: float | None = None,
) -> dict[str, Any]:
    """The claims of a valid signed-webhook JWT, else WebhookVerificationError.

    `token` is the `Authorization` header's bearer token (a leading `Bearer `
    is dropped). `iat` may not be in the future, nor `exp` in the past (1 s of
    leeway at `now`); with `max_age`, `iat` must also be that recent. With
    `body`, `payload_hash` must be the SHA-256 hex of it.
    """
    secrets = key_list(secret, "a Vonage signature secret")
    window = _max_age(max_age)
    if body is not None and not isinstance(body, bytes | bytearray | memoryview | str):
        raise InvalidParameterError(f"body must be bytes, not {type(body).__name__}")
    at = unix_time(now)
    if not token:
        raise WebhookVerificationError(f"no {_WHAT}: the request is not signed")
    if not isinstance(token, str):
        raise InvalidParameterError(f"token must be a str, not {type(token).__name__}")
    scheme, _, rest = token.strip().partition(" ")
    jwt = rest.strip() if scheme.lower() == "bearer" else token.strip()

    claims = verified_claims(jwt, secrets, ("HS256",), f"the {_WHAT}")
    issued = time_claim(claims, "iat", f"the {_WHAT}")
    if issued is None:
        raise WebhookVerificationError(f"the {_WHAT} has no iat claim")
    not_before = time_claim(claims, "nbf", f"the {_WHAT}")
    expires = time_claim(claims, "exp", f"the {_WHAT}")
    if issued > at + _LEEWAY:
        raise WebhookVerificationError(f"the {_WHAT} claim iat is in the future")
    if not_before is not None and at < not_before - _LEEWAY:
        raise WebhookVerificationError(f"the {_WHAT} is not valid yet: nbf is in the future")
    if expires is not None and at >= expires + _LEEWAY:
        raise WebhookVerificationError(f"the {_WHAT} has expired: exp is in the past")
    if window is not None and at - issued > window:
        raise WebhookVerificationError(
            f"the {_WHAT} was issued {at - issued:.0f} s ago (max_age {window:g} s)"
        )

    if body is not None:
        raw = body.encode("utf-8") if isinstance(body, str) else bytes(body)
        payload_hash = claims.get("payload_hash")
        if not isinstance(payload_hash, str) or not payload_hash:
            raise WebhookVerificationError(
                f"the {_WHAT} has no payload_hash to check the body against"
            )
        expected = hashlib.sha256(raw).hexdigest().encode("ascii")
        if not hmac.compare_digest(expected, payload_hash.lower().encode("utf-8", "replace")):
            raise WebhookVerificationError(
                f"the {_WHAT} claim payload_hash is invalid: the body was altered"
            )
    return claims


def _sign_sms(params: Mapping[str, str], secret: str, method: str = "md5hash") -> str:
    """The `sig` Vonage adds to signed SMS parameters (checked by `check_sms_signature`); the
    sandbox signs its delivery receipts with it."""
    return _sms_signature(_sms_signed_text(params), secret.encode("utf-8"), method)


def _signed_webhook_token(
    secret: str, body: bytes, *, now: float, jti: str, claims: Mapping[str, Any] | None = None
) -> str:
    """A signed-webhook JWT (HS256, `payload_hash` of `body`) as Vonage sends in
    `Authorization: Bearer ...`; `verify_signed_webhook` checks it. Used by the sandbox."""
    from .._core._jwt import encode_hs

    payload = {
        "iat": int(now),
        "jti": jti,
        "iss": "Vonage",
        "payload_hash": hashlib.sha256(body).hexdigest(),
        **(claims or {}),
    }
    return encode_hs(payload, secret.encode("utf-8"))
