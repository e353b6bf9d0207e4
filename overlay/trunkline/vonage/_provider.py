"""Vonage's hooks into the core pipeline: key/secret auth, error shapes, SMS status errata."""

from __future__ import annotations

from base64 import b64encode
from typing import TYPE_CHECKING, Any, NamedTuple

from .._core import ErrorDetails, Provider, RequestKwargs
from .._core._exceptions import ConfigurationError

if TYPE_CHECKING:
    from .._core import Response

__all__ = ["VonageCredentials", "VonageProvider"]

# Vonage's SMS API answers HTTP 200 even when it refused a message: the refusal is a
# non-zero `status` per message. Each status maps to the HTTP status it means, so the
# error class (and the retry decision: a throttled message was not sent) is the right one.
# https://developer.vonage.com/en/messaging/sms/guides/troubleshooting-sms
SMS_STATUS_HTTP = {
    "1": 429,  # Throttled
    "2": 400,  # Missing parameters
    "3": 400,  # Invalid parameters
    "4": 401,  # Invalid credentials
    "5": 500,  # Internal error
    "6": 422,  # Invalid message
    "7": 403,  # Number barred
    "8": 403,  # Partner account barred
    "9": 402,  # Partner quota violation (not enough credit)
    "10": 429,  # Too many existing binds
    "11": 403,  # Account not enabled for HTTP
    "12": 422,  # Message too long
    "14": 401,  # Invalid signature
    "15": 403,  # Invalid sender address
    "22": 422,  # Invalid network code
    "23": 400,  # Invalid callback URL
    "29": 403,  # Non-whitelisted destination
    "32": 403,  # Signature and API secret disallowed
    "33": 403,  # Number de-activated
}


class VonageCredentials(NamedTuple):
    """Whatever the client was given; each operation uses what its spec declares."""

    api_key: str | None
    api_secret: str | None
    application_id: str | None = None
    private_key: str | None = None
    signature_secret: str | None = None
    signature_method: str = "md5hash"


# A spec security scheme this client can send -> the credentials it needs (argument,
# environment variable). An alternative using any other scheme is never chosen.
_NEEDS = {
    "apiKey": (("api_key", "VONAGE_API_KEY"),),
    "apiSecret": (("api_secret", "VONAGE_API_SECRET"),),
    "basicAuth": (("api_key", "VONAGE_API_KEY"), ("api_secret", "VONAGE_API_SECRET")),
}


class VonageProvider(Provider):
    """Per operation, the credentials its spec asks for: key and secret in the form body (or the
    query of a GET; never in the URL of a POST, where logs keep it), or HTTP Basic."""

    name = "vonage"
    request_id_header = "X-Request-Id"

    def __init__(self, credentials: VonageCredentials) -> None:
        self._credentials = credentials

    def __repr__(self) -> str:
        return f"VonageProvider(api_key={self._credentials.api_key!r})"

    def _missing(self, schemes: tuple[str, ...]) -> list[tuple[str, str]]:
        missing = []
        for scheme in schemes:
            for attribute, env in _NEEDS.get(scheme, ()):
                if not getattr(self._credentials, attribute) and (attribute, env) not in missing:
                    missing.append((attribute, env))
        return missing

    def authorize(
        self, request: RequestKwargs, security: tuple[tuple[str, ...], ...]
    ) -> RequestKwargs:
        """The first of the operation's security alternatives the client has credentials for."""
        if not security:
            return request
        usable = [schemes for schemes in security if set(schemes) <= _NEEDS.keys()]
        for schemes in usable:
            if not self._missing(schemes):
                return self._apply(request, schemes)
        if not usable:
            raise ConfigurationError(
                f"this Vonage operation authenticates with {security}, which this client "
                "cannot send"
            )
        missing = self._missing(usable[0])
        names = " and ".join(f"{attribute} (or {env})" for attribute, env in missing)
        raise ConfigurationError(f"this Vonage operation needs {names}: pass it to the client")

    def authenticate(self, request: RequestKwargs) -> RequestKwargs:
        """Key and secret (operations that declare no security of their own)."""
        return self._apply(request, ("apiKey", "apiSecret"))

    def _apply(self, request: RequestKwargs, schemes: tuple[str, ...]) -> RequestKwargs:
        credentials = self._credentials
        if "basicAuth" in schemes:
            pair = f"{credentials.api_key}:{credentials.api_secret}".encode()
            request.setdefault("headers", {})["Authorization"] = f"Basic {b64encode(pair).decode()}"
        fields: dict[str, str] = {}
        if "apiKey" in schemes:
            fields["api_key"] = str(credentials.api_key)
        if "apiSecret" in schemes:
            fields["api_secret"] = str(credentials.api_secret)
        if fields:
            form = "data" in request or request["method"] in ("POST", "PUT")
            target = "data" if form and "json" not in request else "params"
            request.setdefault(target, {}).update(fields)  # type: ignore[misc]
        return request

    def parse_error(self, response: Response, body: Any) -> ErrorDetails:
        """Vonage's several error shapes: RFC 7807 (`title`/`detail`/`type`) and `error-code`."""
        if isinstance(body, dict):
            code = body.get("error-code") or body.get("error_code") or body.get("code")
            message = (
                body.get("detail")
                or body.get("error-code-label")
                or body.get("error_text")
                or body.get("error-text")
                or body.get("title")
                or body.get("message")
            )
            more_info = body.get("type")
            if code is not None or message is not None:
                return ErrorDetails(
                    code if isinstance(code, int | str) else None,
                    str(message) if message is not None else None,
                    str(more_info) if more_info else None,
                )
        return super().parse_error(response, body)

    def check_success(self, payload: Any) -> ErrorDetails | None:
        """A 200 SMS answer whose messages carry a non-zero status is an error."""
        messages = payload.get("messages") if isinstance(payload, dict) else None
        if not isinstance(messages, list):
            return None
        failed = [m for m in messages if isinstance(m, dict) and str(m.get("status", "0")) != "0"]
        if not failed:
            return None
        first = failed[0]
        status = str(first.get("status"))
        text = first.get("error-text") or f"message refused with status {status}"
        http_status = SMS_STATUS_HTTP.get(status, 400)
        if len(failed) < len(messages):
            text = f"{text} ({len(messages) - len(failed)} of {len(messages)} parts were sent)"
            # Some parts went out: sending again would duplicate them, so never a
            # retryable class (429, 5xx) here.
            if http_status == 429 or http_status >= 500:
                http_status = 400
        return ErrorDetails(status, str(text), None, http_status)
