"""Vonage's hooks into the core pipeline: key/secret auth, error shapes, SMS status errata."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._core import ErrorDetails, Provider, RequestKwargs

if TYPE_CHECKING:
    import httpx

__all__ = ["VonageProvider"]

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


class VonageProvider(Provider):
    """`api_key` + `api_secret` in the form body (never in the URL, where logs keep it)."""

    name = "vonage"
    request_id_header = "X-Request-Id"

    def __init__(self, api_key: str, api_secret: str) -> None:
        self._api_key = api_key
        self._api_secret = api_secret

    def __repr__(self) -> str:
        return f"VonageProvider(api_key={self._api_key!r})"

    def authenticate(self, request: RequestKwargs) -> RequestKwargs:
        """Form requests carry the credentials in the body; anything else in the query."""
        form = "data" in request or request["method"] in ("POST", "PUT")
        if form and "json" not in request:
            fields = request.setdefault("data", {})
            fields["api_key"] = self._api_key
            fields["api_secret"] = self._api_secret
            return request
        query = request.setdefault("params", {})
        query["api_key"] = self._api_key
        query["api_secret"] = self._api_secret
        return request

    def parse_error(self, response: httpx.Response, body: Any) -> ErrorDetails:
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
