"""MessageBird webhook signatures.

    validator = RequestValidator(os.environ["MESSAGEBIRD_SIGNING_KEY"])
    claims = validator.validate_signature(
        request.headers["MessageBird-Signature-JWT"], url, request.body
    )

`MessageBird-Signature-JWT` is a JWT signed (HS256, HS384 or HS512) with the
account's signing key, whose claims bind it to one request: `url_hash` and
`payload_hash` are the SHA-256 hex of the full URL and of the raw body; `nbf`
and `exp` make it short-lived (checked with 1 s of leeway, as MessageBird's
SDKs do); `iss` is always "MessageBird". Any `alg` other than those three,
`none` included, is refused before any key is tried.

The older scheme, `MessageBird-Signature` over `MessageBird-Request-Timestamp`,
the sorted query string and the body's SHA-256, is `validate_legacy_signature`.
Both follow MessageBird's php-rest-api / python-rest-api `RequestValidator`.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any, Final, TypeAlias
from urllib.parse import parse_qsl, urlencode

from .._core._exceptions import (
    InvalidParameterError,
    WebhookVerificationError,
)
from .._core._jwt import HMAC_ALGORITHMS, is_number, secrets, unix_time, verified_claims

__all__ = ["RequestValidator"]

_DigestFactory: TypeAlias = Callable[[], Any]

_LEEWAY: Final = 1.0  # seconds, as MessageBird's SDKs allow on nbf / exp
_DIGITS: Final = re.compile(r"[0-9]+")
_HEADER: Final = "MessageBird-Signature-JWT"


def _as_bytes(name: str, value: bytes | str | None) -> bytes:
    """A body as bytes (str is UTF-8 encoded, None is empty)."""
    if value is None:
        return b""
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value)
    if isinstance(value, str):
        return value.encode("utf-8")
    raise InvalidParameterError(f"{name} must be bytes or str, not {type(value).__name__}")


def _number_claim(claims: Mapping[str, Any], name: str) -> float:
    """A required numeric claim (nbf, exp)."""
    if name not in claims:
        raise WebhookVerificationError(f"{_HEADER} has no {name} claim")
    value = claims[name]
    if not is_number(value):
        raise WebhookVerificationError(f"{_HEADER} claim {name} is not a number")
    return float(value)


def _hex_matches(expected: str, given: object) -> bool:
    """Constant-time comparison of a SHA-256 hex digest with a claim."""
    if not isinstance(given, str):
        return False
    return hmac.compare_digest(expected.encode("ascii"), given.encode("utf-8", "replace"))


def _query_pairs(query: Mapping[str, str | Sequence[str]] | str | None) -> list[tuple[str, str]]:
    """Query parameters as (name, value) pairs sorted by name, repeated names kept in order."""
    if query is None:
        return []
    if isinstance(query, str):
        pairs = parse_qsl(query.removeprefix("?"), keep_blank_values=True)
    elif isinstance(query, Mapping):
        pairs = []
        for name, value in query.items():
            values = [value] if isinstance(value, str) else value
            if not isinstance(name, str) or not isinstance(values, list | tuple):
                raise InvalidParameterError(
                    f"query parameter {name!r} must map a str to a str or a list of str"
                )
            for each in values:
                if not isinstance(each, str):
                    raise InvalidParameterError(f"query parameter {name!r} has a non-str value")
                pairs.append((name, each))
    else:
        raise InvalidParameterError(
            f"query must be a mapping or a query string, not {type(query).__name__}"
        )
    return sorted(pairs, key=lambda pair: pair[0])


class RequestValidator:
    """Checks MessageBird's webhook signatures with one signing key, or several (rotation)."""

    __slots__ = ("_keys", "skip_url_validation")

    def __init__(
        self, signing_key: str | Sequence[str], *, skip_url_validation: bool = False
    ) -> None:
        """Keep the signing key(s); `skip_url_validation` trusts the URL (e.g. behind a proxy)."""
        self._keys = secrets(signing_key, "the MessageBird signing key")
        self.skip_url_validation = bool(skip_url_validation)

    def __repr__(self) -> str:
        count = len(self._keys)
        return (
            f"RequestValidator(<{count} signing key{'' if count == 1 else 's'}>, "
            f"skip_url_validation={self.skip_url_validation!r})"
        )

    def validate_signature(
        self,
        signature: str | None,
        url: str,
        body: bytes | str | None,
        *,
        now: datetime | float | None = None,
    ) -> dict[str, Any]:
        """The claims of a valid `MessageBird-Signature-JWT`, else WebhookVerificationError.

        `url` is the full URL MessageBird requested (scheme, host, port, path,
        query) and `body` the raw request body. When `skip_url_validation` is
        set, `url_hash` is not checked: trust no query parameter then.
        """
        if not signature:
            raise WebhookVerificationError(f"no {_HEADER}: the request is not signed")
        if not isinstance(signature, str):
            raise InvalidParameterError(f"signature must be a str, not {type(signature).__name__}")
        if not isinstance(url, str):
            raise InvalidParameterError(f"url must be a str, not {type(url).__name__}")
        if not url and not self.skip_url_validation:
            raise InvalidParameterError("url is empty: pass the full URL MessageBird requested")
        raw_body = _as_bytes("body", body)
        at = unix_time(now)

        claims = verified_claims(signature, self._keys, HMAC_ALGORITHMS, _HEADER)
        if "iss" not in claims:
            raise WebhookVerificationError(f"{_HEADER} has no iss claim")
        if claims["iss"] != "MessageBird":
            raise WebhookVerificationError(f"{_HEADER} claim iss is not 'MessageBird'")
        not_before = _number_claim(claims, "nbf")
        expires = _number_claim(claims, "exp")
        if at < not_before - _LEEWAY:
            raise WebhookVerificationError(
                f"{_HEADER} is not valid yet: claim nbf is in the future"
            )
        if at >= expires + _LEEWAY:
            raise WebhookVerificationError(f"{_HEADER} has expired: claim exp is in the past")

        if not self.skip_url_validation:
            if "url_hash" not in claims:
                raise WebhookVerificationError(f"{_HEADER} has no url_hash claim")
            url_hash = hashlib.sha256(url.encode("utf-8")).hexdigest()
            if not _hex_matches(url_hash, claims["url_hash"]):
                raise WebhookVerificationError(
                    f"{_HEADER} claim url_hash is invalid: signed for another URL"
                )

        payload_hash = claims.get("payload_hash")
        if not raw_body and payload_hash:
            raise WebhookVerificationError(
                f"{_HEADER} claim payload_hash is set but the body is empty"
            )
        if raw_body and not payload_hash:
            raise WebhookVerificationError(
                f"{_HEADER} claim payload_hash is not set but the body is not empty"
            )
        if raw_body and not _hex_matches(hashlib.sha256(raw_body).hexdigest(), payload_hash):
            raise WebhookVerificationError(
                f"{_HEADER} claim payload_hash is invalid: the body was altered"
            )
        return claims

    def validate_legacy_signature(
        self,
        signature: str | None,
        timestamp: str | int | None,
        query: Mapping[str, str | Sequence[str]] | str | None,
        body: bytes | str | None,
        *,
        tolerance: float | None = 300,
        now: datetime | float | None = None,
    ) -> None:
        """Raise WebhookVerificationError unless `MessageBird-Signature` (the older scheme) holds.

        `signature` and `timestamp` are the `MessageBird-Signature` and
        `MessageBird-Request-Timestamp` headers, `query` the request's query
        parameters (a mapping or the query string) and `body` the raw body. A
        timestamp more than `tolerance` seconds from `now` is refused as a
        replay; None skips that check.
        """
        if not signature:
            raise WebhookVerificationError("no MessageBird-Signature: the request is not signed")
        if not isinstance(signature, str):
            raise InvalidParameterError(f"signature must be a str, not {type(signature).__name__}")
        if isinstance(timestamp, int) and not isinstance(timestamp, bool):
            stamp = str(timestamp)
        elif isinstance(timestamp, str):
            stamp = timestamp
        elif timestamp is None:
            raise WebhookVerificationError("no MessageBird-Request-Timestamp header")
        else:
            raise InvalidParameterError(
                f"timestamp must be a str or an int, not {type(timestamp).__name__}"
            )
        if not _DIGITS.fullmatch(stamp):
            raise WebhookVerificationError("MessageBird-Request-Timestamp is not a Unix time")
        if tolerance is not None and (
            isinstance(tolerance, bool) or not is_number(tolerance) or tolerance < 0
        ):
            raise InvalidParameterError("tolerance must be a number of seconds >= 0, or None")
        at = unix_time(now)

        # As MessageBird's SDKs build it: timestamp, sorted query string, raw SHA-256 of body.
        signed = b"\n".join(
            (
                stamp.encode("ascii"),
                urlencode(_query_pairs(query)).encode("ascii"),
                hashlib.sha256(_as_bytes("body", body)).digest(),
            )
        )
        try:
            given = base64.b64decode(signature, validate=True)
        except (binascii.Error, ValueError):
            given = b""
        if not any(
            hmac.compare_digest(hmac.new(key, signed, hashlib.sha256).digest(), given)
            for key in self._keys
        ):
            raise WebhookVerificationError(
                "MessageBird-Signature does not match: signed with another key, or the "
                "timestamp, query or body was altered"
            )
        if tolerance is not None and abs(at - int(stamp)) > tolerance:
            raise WebhookVerificationError(
                f"MessageBird-Request-Timestamp is {abs(at - int(stamp)):.0f} s from now "
                f"(more than {tolerance:g} s): a stale or replayed request"
            )


def _sign_webhook(
    signing_key: str, url: str, body: bytes, *, now: float, jti: str, ttl: float = 60
) -> str:
    """A `MessageBird-Signature-JWT` for a request to `url` with `body`, as MessageBird signs
    its webhooks (HS256). The sandbox uses it; `RequestValidator.validate_signature` checks it."""
    from .._core._jwt import encode_hs

    claims: dict[str, Any] = {
        "iss": "MessageBird",
        "nbf": int(now),
        "exp": int(now + ttl),
        "jti": jti,
        "url_hash": hashlib.sha256(url.encode("utf-8")).hexdigest(),
    }
    if body:
        claims["payload_hash"] = hashlib.sha256(body).hexdigest()
    return encode_hs(claims, signing_key.encode("utf-8"))
