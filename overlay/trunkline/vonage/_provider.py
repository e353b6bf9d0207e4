"""Vonage's hooks into the core pipeline: key/secret auth, error shapes, SMS status errata."""

from __future__ import annotations

import time
from base64 import b64encode
from typing import TYPE_CHECKING, Any, NamedTuple

from .._core import ErrorDetails, Provider, RequestKwargs
from .._core._exceptions import ConfigurationError

if TYPE_CHECKING:
    from .._core import Response
    from ._application_jwt import ApplicationJWT

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


# Verify answers HTTP 200 with a non-zero `status` when it refuses; each maps to the HTTP
# status it means. https://developer.vonage.com/en/api/verify#response-codes
VERIFY_STATUS_HTTP = {
    "1": 429,  # Throttled
    "2": 400,  # Your request is incomplete and missing a parameter
    "3": 400,  # Invalid value for a parameter
    "4": 401,  # Invalid credentials
    "5": 500,  # Internal error
    "6": 422,  # The destination number is not in a supported network
    "7": 403,  # The number is blacklisted
    "8": 403,  # The api_key is barred from this service
    "9": 402,  # Partner quota exceeded
    "10": 409,  # Concurrent verifications to the same number are not allowed
    "15": 422,  # The destination number is not in a supported network
    "16": 400,  # The code inserted does not match the expected value
    "17": 429,  # The wrong code was provided too many times
    "18": 429,  # Too many request_ids provided
    "19": 409,  # No more events are left to execute / cancel too early
    "101": 404,  # No response found
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
    "signature": (("signature_secret", "VONAGE_SIGNATURE_SECRET"),),
    "bearerAuth": (
        ("application_id", "VONAGE_APPLICATION_ID"),
        ("private_key", "VONAGE_PRIVATE_KEY"),
    ),
}


class VonageProvider(Provider):
    """Per operation, the credentials its spec asks for: key and secret in the form body (or the
    query of a GET; never in the URL of a POST, where logs keep it), or HTTP Basic."""

    name = "vonage"
    request_id_header = "X-Request-Id"

    def __init__(self, credentials: VonageCredentials) -> None:
        self._credentials = credentials
        self._jwt: ApplicationJWT | None = None

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
        if self._credentials.signature_secret:
            # A signature secret set means the account signs its requests: prefer that.
            usable.sort(key=lambda schemes: "signature" not in schemes)
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
        if "bearerAuth" in schemes:
            if self._jwt is None:
                from ._application_jwt import ApplicationJWT

                self._jwt = ApplicationJWT(
                    str(credentials.application_id), str(credentials.private_key)
                )
            request.setdefault("headers", {})["Authorization"] = self._jwt.bearer()
        fields: dict[str, str | list[str]] = {}
        if "apiKey" in schemes:
            fields["api_key"] = str(credentials.api_key)
        if "apiSecret" in schemes:
            fields["api_secret"] = str(credentials.api_secret)
        if fields:
            form = "data" in request or request["method"] in ("POST", "PUT")
            target = "data" if form and "json" not in request else "params"
            where = request.setdefault(target, {})  # type: ignore[misc]
            where.update(fields)
            if "signature" in schemes:
                self._sign(where)
        return request

    def _sign(self, fields: dict[str, str | list[str]]) -> None:
        """Signed requests: a `timestamp`, then `sig` over every field (the dashboard's
        method), in place of the API secret."""
        from ._signatures import sms_signature

        fields["timestamp"] = str(int(time.time()))
        fields["sig"] = sms_signature(
            fields, str(self._credentials.signature_secret), self._credentials.signature_method
        )

    def phone_number(self, value: Any, kind: str, name: str) -> Any:
        """E.164 digits without `+` (`447911123456`), as Vonage takes them; addresses, short
        codes and sender ids unchanged."""
        from ..phone import phone_input

        return phone_input(value, name, self.default_region, plus=False)

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
        """Errors Vonage reports inside a 200: an SMS answer whose messages carry a non-zero
        status (naming every refused part; the parts that were sent stay in the error's
        `body`), and a Verify answer with a non-zero `status` and its `error_text`."""
        if not isinstance(payload, dict):
            return None
        status = payload.get("status")
        # Verify's refusals carry `error_text` (Number Insight's own statuses are data)
        if (
            isinstance(status, str)
            and status.isdigit()
            and status != "0"
            and "error_text" in payload
        ):
            code = VERIFY_STATUS_HTTP.get(status, 400)
            return ErrorDetails(status, str(payload["error_text"]), None, code)
        messages = payload.get("messages")
        if not isinstance(messages, list):
            return None
        failed = [
            (number, m)
            for number, m in enumerate(messages, start=1)
            if isinstance(m, dict) and str(m.get("status", "0")) != "0"
        ]
        if not failed:
            return None
        first = failed[0][1]
        status = str(first.get("status"))
        http_status = SMS_STATUS_HTTP.get(status, 400)
        total = len(messages)
        refusals = [
            (f"part {number} of {total}: " if total > 1 else "")
            + str(m.get("error-text") or f"refused with status {m.get('status')}")
            for number, m in failed
        ]
        text = "; ".join(refusals)
        if len(failed) < total:
            sent = [m.get("message-id") for m in messages if str(m.get("status", "0")) == "0"]
            shown = ", ".join(map(str, sent))
            text = f"{text} ({total - len(failed)} of {total} parts were sent: {shown})"
            # Some parts went out: sending again would duplicate them, so never a
            # retryable class (429, 5xx) here.
            if http_status == 429 or http_status >= 500:
                http_status = 400
        return ErrorDetails(status, text, None, http_status)
