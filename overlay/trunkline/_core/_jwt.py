"""HMAC-signed JWTs checked with the standard library: what webhook signatures share.

MessageBird's `MessageBird-Signature-JWT` and Vonage's signed webhooks are HS256
(MessageBird also HS384/HS512) JWTs keyed by a shared secret. PyJWT would do,
but it cannot take a `now` and warns about short provider keys on every
request; these few checks are all the schemes need, and every comparison is
constant-time.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import math
import re
import time
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any, Final

from ._exceptions import ConfigurationError, InvalidParameterError, WebhookVerificationError

__all__ = [
    "HMAC_ALGORITHMS",
    "encode_hs",
    "is_number",
    "secrets",
    "time_claim",
    "unix_time",
    "verified_claims",
]

HMAC_ALGORITHMS: Final = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}
_MAX_TOKEN_LENGTH: Final = 16_384
_BASE64URL: Final = re.compile(r"[A-Za-z0-9_-]*")


def secrets(value: str | Sequence[str], what: str) -> tuple[bytes, ...]:
    """One secret or several (rotation) as bytes; anything but non-empty strings is refused."""
    items: tuple[object, ...]
    if isinstance(value, str | bytes | bytearray) or not isinstance(value, Iterable):
        items = (value,)
    else:
        items = tuple(value)
    found = tuple(item.encode("utf-8") for item in items if isinstance(item, str) and item)
    if not found or len(found) != len(items):
        raise ConfigurationError(
            f"{what} is needed: a non-empty string, or a sequence of them for rotation"
        )
    return found


def unix_time(now: datetime | float | None) -> float:
    """`now` as Unix seconds (the clock when None)."""
    if now is None:
        return time.time()
    if isinstance(now, datetime):
        if now.utcoffset() is None:
            raise InvalidParameterError("now must be an aware datetime or a Unix timestamp")
        return now.timestamp()
    if isinstance(now, bool) or not isinstance(now, int | float) or not math.isfinite(now):
        raise InvalidParameterError(
            f"now must be an aware datetime or a Unix timestamp, not {type(now).__name__}"
        )
    return float(now)


def is_number(value: object) -> bool:
    """A finite JSON number (not a bool)."""
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _base64url(segment: str) -> bytes:
    """Strict unpadded base64url, as JWTs use; ValueError otherwise."""
    if not _BASE64URL.fullmatch(segment) or len(segment) % 4 == 1:
        raise ValueError("not base64url")
    return base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4))


def _json_object(raw: bytes) -> dict[str, Any] | None:
    """A JSON object, or None for anything else (bad JSON, another type)."""
    try:
        value = json.loads(raw)
    except (ValueError, RecursionError):
        return None
    return value if isinstance(value, dict) else None


def verified_claims(
    token: str, keys: tuple[bytes, ...], algorithms: Iterable[str], what: str
) -> dict[str, Any]:
    """The claims of a JWT one of `keys` signed with one of `algorithms` (HS256/384/512).

    `what` names the token in every error ("MessageBird-Signature-JWT")."""
    if not isinstance(token, str) or len(token) > _MAX_TOKEN_LENGTH:
        raise WebhookVerificationError(f"{what} is too long (or no string) to be a token")
    parts = token.split(".")
    if len(parts) != 3:
        raise WebhookVerificationError(f"{what} is not a JWT (three dot-separated parts)")
    try:
        header = _json_object(_base64url(parts[0]))
        payload = _base64url(parts[1])
        signature = _base64url(parts[2])
    except (ValueError, binascii.Error):
        header = None
    if header is None:
        raise WebhookVerificationError(f"{what} is not a JWT (bad base64url or JSON)")
    accepted = tuple(algorithms)
    algorithm = header.get("alg")
    if not isinstance(algorithm, str) or algorithm not in accepted:
        raise WebhookVerificationError(
            f"{what} uses algorithm {str(algorithm)[:20]!r}: only "
            f"{', '.join(accepted[:-1]) + ' and ' if len(accepted) > 1 else ''}{accepted[-1]} "
            f"{'are' if len(accepted) > 1 else 'is'} accepted"
        )
    if "crit" in header:
        raise WebhookVerificationError(f"{what} has critical header extensions")
    digest = HMAC_ALGORITHMS[algorithm]
    signing_input = f"{parts[0]}.{parts[1]}".encode("ascii")
    if not any(
        hmac.compare_digest(hmac.new(key, signing_input, digest).digest(), signature)
        for key in keys
    ):
        raise WebhookVerificationError(
            f"{what} signature is invalid: signed with another secret, or altered"
        )
    claims = _json_object(payload)
    if claims is None:
        raise WebhookVerificationError(f"{what} claims are not a JSON object")
    return claims


def time_claim(claims: Mapping[str, Any], name: str, what: str) -> float | None:
    """A numeric time claim (iat, nbf, exp), or None when absent."""
    if name not in claims:
        return None
    value = claims[name]
    if not is_number(value):
        raise WebhookVerificationError(f"{what} claim {name} is not a number")
    return float(value)


def encode_hs(claims: Mapping[str, Any], key: bytes, algorithm: str = "HS256") -> str:
    """A compact JWT of `claims` signed with `key` (HS256/384/512): what `verified_claims` checks.

    The sandbox signs the webhooks it sends with this."""
    digest = HMAC_ALGORITHMS[algorithm]

    def part(value: bytes) -> str:
        return base64.urlsafe_b64encode(value).rstrip(b"=").decode("ascii")

    header = part(json.dumps({"alg": algorithm, "typ": "JWT"}, separators=(",", ":")).encode())
    payload = part(json.dumps(dict(claims), separators=(",", ":")).encode())
    signing_input = f"{header}.{payload}".encode("ascii")
    return f"{header}.{payload}.{part(hmac.new(key, signing_input, digest).digest())}"
