"""Twilio webhook signatures (`X-Twilio-Signature`).

    validator = RequestValidator(os.environ["TWILIO_AUTH_TOKEN"])
    if not validator.validate(url, form, request.headers.get("X-Twilio-Signature")):
        abort(403)

Twilio signs the full URL it requested followed by every POST field, sorted by
name, as name + value (a name sent several times: each distinct value, sorted),
with HMAC-SHA1 keyed by the auth token, base64-encoded. JSON webhooks carry a
`bodySHA256` query parameter instead: the URL alone is signed and the body must
hash to it. With a Webhooks SharedKey the key is the SharedKey secret and the
algorithm is the one named in `X-Twilio-Webhooks-Signature-Settings`
(`algorithm=HMAC_SHA256`). Several tokens may be given: any one of them
validates (rotation).

The semantics are twilio-python's `twilio.request_validator`: the URL is tried
with its port removed and with the default port added (Twilio signs either,
depending on the product). On top of that the URL exactly as given is also
tried, as twilio-csharp does, so an upper-case scheme or an empty `?` that
urllib would normalise away still validates; and the port is removed without
breaking `user:password@` credentials or `[IPv6]` hosts, which twilio-python's
`split(":")` does.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final, TypeAlias
from urllib.parse import parse_qs, urlparse

from .._core._exceptions import (
    ConfigurationError,
    InvalidParameterError,
    WebhookVerificationError,
)

if TYPE_CHECKING:
    from urllib.parse import ParseResult

__all__ = ["RequestValidator"]

Params: TypeAlias = Mapping[str, str | Sequence[str]] | str | bytes | None
"""A form body (field -> value or values), or the raw body of a `bodySHA256` webhook."""

_DigestFactory: TypeAlias = Callable[[], Any]

_ALGORITHMS: Final[dict[str, _DigestFactory]] = {
    "HMAC_SHA1": hashlib.sha1,
    "HMAC_SHA256": hashlib.sha256,
}


def _digest_for(algorithm: str | None) -> _DigestFactory | None:
    """The hash of a signature algorithm name (None: Twilio's default, HMAC_SHA1)."""
    if algorithm is None:
        return hashlib.sha1
    if not isinstance(algorithm, str):
        return None
    return _ALGORITHMS.get(algorithm.strip().upper())


def _tokens(auth_token: str | Sequence[str]) -> tuple[bytes, ...]:
    """The auth tokens as bytes; refuses anything but non-empty strings."""
    items: tuple[object, ...]
    if isinstance(auth_token, str | bytes | bytearray) or not isinstance(auth_token, Iterable):
        items = (auth_token,)
    else:
        items = tuple(auth_token)
    tokens = tuple(item.encode("utf-8") for item in items if isinstance(item, str) and item)
    if not tokens or len(tokens) != len(items):
        raise ConfigurationError(
            "RequestValidator needs the auth token (or SharedKey secret): "
            "a non-empty string, or a sequence of them for rotation"
        )
    return tokens


def _values(params: Mapping[str, Any], name: str) -> list[str]:
    """Every value of one form field (MultiDict `getall`, QueryDict `getlist`, or a list)."""
    getall = getattr(params, "getall", None)
    getlist = getattr(params, "getlist", None)
    if callable(getall):
        raw: object = list(getall(name))
    elif callable(getlist):
        raw = list(getlist(name))
    else:
        raw = params[name]
    values = [raw] if isinstance(raw, str) else raw
    if isinstance(values, list | tuple) and all(isinstance(value, str) for value in values):
        return list(values)
    raise InvalidParameterError(
        f"form field {name!r} must have a str value or a sequence of str values, "
        f"not {type(raw).__name__}"
    )


def _form_text(params: Mapping[str, Any]) -> str:
    """Sorted fields as name + value, each distinct value of a field sorted (twilio-python)."""
    names = set(params)
    for name in names:
        if not isinstance(name, str):
            raise InvalidParameterError(f"form field names must be str, not {type(name).__name__}")
    parts: list[str] = []
    for name in sorted(names):
        parts.extend(name + value for value in sorted(set(_values(params, name))))
    return "".join(parts)


def _sign(token: bytes, text: str, digest: _DigestFactory) -> str:
    """Base64 HMAC of the signed text."""
    mac = hmac.new(token, text.encode("utf-8", "surrogatepass"), digest)
    return base64.b64encode(mac.digest()).decode("ascii")


def _url_candidates(url: str, parsed: ParseResult) -> list[str]:
    """The URL as given, without its port and with the scheme's default port."""
    try:
        port = parsed.port
    except ValueError:
        raise WebhookVerificationError("the URL has an invalid port") from None
    if port:
        # Drop the last ":<port>" only, so "user:pw@host" and "[::1]" survive.
        without_port = parsed._replace(netloc=parsed.netloc.rsplit(":", 1)[0]).geturl()
        with_port = parsed.geturl()
    else:
        default = "443" if parsed.scheme == "https" else "80"
        without_port = parsed.geturl()
        with_port = parsed._replace(netloc=f"{parsed.netloc}:{default}").geturl()
    return list(dict.fromkeys((url, without_port, with_port)))


class RequestValidator:
    """Checks `X-Twilio-Signature` with one auth token, or several during a rotation."""

    __slots__ = ("_tokens",)

    def __init__(self, auth_token: str | Sequence[str]) -> None:
        """Keep the auth token(s) (or Webhooks SharedKey secrets) signatures are checked with."""
        self._tokens = _tokens(auth_token)

    def __repr__(self) -> str:
        count = len(self._tokens)
        return f"RequestValidator(<{count} auth token{'' if count == 1 else 's'}>)"

    def compute_signature(self, url: str, params: Params, *, algorithm: str | None = None) -> str:
        """The signature Twilio sends for `url` and `params`, made with the first token."""
        digest = _digest_for(algorithm)
        if digest is None:
            raise InvalidParameterError(
                f"unsupported signature algorithm {algorithm!r}: use HMAC_SHA1 or HMAC_SHA256"
            )
        if not isinstance(url, str):
            raise InvalidParameterError(f"url must be a str, not {type(url).__name__}")
        return _sign(self._tokens[0], url + self._params_text(params), digest)

    def validate(
        self,
        url: str,
        params: Params,
        signature: str | None,
        *,
        algorithm: str | None = None,
    ) -> bool:
        """True if `signature` is Twilio's for this URL and body (see `validate_or_raise`)."""
        try:
            self.validate_or_raise(url, params, signature, algorithm=algorithm)
        except WebhookVerificationError:
            return False
        return True

    def validate_or_raise(
        self,
        url: str,
        params: Params,
        signature: str | None,
        *,
        algorithm: str | None = None,
    ) -> None:
        """Raise `WebhookVerificationError` saying why, unless `signature` is Twilio's.

        `url` is the full URL Twilio requested (scheme, host, path and query);
        `params` the POST fields, or the raw body when the URL has `bodySHA256`;
        `signature` the `X-Twilio-Signature` header; `algorithm` the one named in
        `X-Twilio-Webhooks-Signature-Settings` when a SharedKey signed the request.
        """
        if not isinstance(url, str):
            raise InvalidParameterError(f"url must be a str, not {type(url).__name__}")
        if not signature:
            raise WebhookVerificationError("no X-Twilio-Signature: the request is not signed")
        if not isinstance(signature, str):
            raise InvalidParameterError(f"signature must be a str, not {type(signature).__name__}")
        digest = _digest_for(algorithm)
        if digest is None:
            raise WebhookVerificationError(
                f"unsupported signature algorithm {str(algorithm)[:40]!r}: "
                "expected HMAC_SHA1 or HMAC_SHA256"
            )
        parsed = urlparse(url)
        candidates = _url_candidates(url, parsed)
        body_hash: str | None = None
        if isinstance(params, str | bytes):
            body = params.encode("utf-8", "surrogatepass") if isinstance(params, str) else params
            hashes = parse_qs(parsed.query).get("bodySHA256")
            if hashes is None:
                if body:
                    raise WebhookVerificationError(
                        "a raw body was given but the URL has no bodySHA256 parameter: "
                        "pass the form fields as a mapping instead"
                    )
            else:
                body_hash = hashes[0]
            suffix = ""
            body_digest = hashlib.sha256(body).hexdigest()
        else:
            suffix = self._params_text(params)
            body_digest = ""

        given = signature.encode("utf-8", "replace")
        matched = False
        for token in self._tokens:
            for candidate in candidates:
                expected = _sign(token, candidate + suffix, digest).encode("ascii")
                matched |= hmac.compare_digest(expected, given)
        if not matched:
            raise WebhookVerificationError(
                "X-Twilio-Signature does not match: wrong auth token, or the URL or "
                "parameters differ from what Twilio signed (tried the URL with and without "
                "its port)"
            )
        if body_hash is not None and not hmac.compare_digest(
            body_digest.encode("ascii"), body_hash.encode("utf-8", "replace")
        ):
            raise WebhookVerificationError(
                "bodySHA256 does not match the body: it was changed after Twilio signed it"
            )

    @staticmethod
    def _params_text(params: Params) -> str:
        """What the fields add to the signed text (nothing for a raw body)."""
        if params is None or isinstance(params, str | bytes):
            return ""
        multi = callable(getattr(params, "getall", None)) or callable(
            getattr(params, "getlist", None)
        )
        if not isinstance(params, Mapping) and not multi:
            raise InvalidParameterError(
                "params must be a mapping of form fields, the raw body (str or bytes) or None, "
                f"not {type(params).__name__}"
            )
        return _form_text(params)
