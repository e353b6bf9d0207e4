"""From an HTTP answer to a payload or a typed error, and `RawResponse`.

Whatever comes back, the caller gets the decoded JSON payload or an `APIError`
subclass: an HTML 502 page, an empty 520, a 499, or a 200 whose body is not
JSON never surfaces as a `JSONDecodeError`.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ._exceptions import APIError, error_class_for_status
from ._provider import ErrorDetails

if TYPE_CHECKING:
    from ._logging import Redactor
    from ._provider import Provider
    from ._transport import Headers, Request, Response

__all__ = ["RawResponse", "decode_error_body", "error_for", "read_payload"]


# Importing orjson costs ~5 ms, which a single small answer would pay in full: until
# something loads it (a page of this size, or an async client, which sends many small
# requests), small answers use the stdlib decoder, already loaded by httpx and aiohttp.
ORJSON_FROM = 16 * 1024


def loads_json(content: bytes) -> Any:
    """Decode a JSON body: orjson for pages (and once loaded), else the stdlib (ValueError
    if bad)."""
    if "orjson" not in sys.modules and len(content) < ORJSON_FROM:
        import json

        return json.loads(content)
    import orjson

    return orjson.loads(content)


def load_fast_json() -> None:
    """Load orjson now (for a client that will decode many answers): ~4x the stdlib's speed."""
    import orjson  # noqa: F401


def _blank(content: bytes) -> bool:
    # not content.strip(): the same answer without copying a page-sized body
    return not content or content.isspace()


def read_payload(provider: Provider, response: Response, kind: str = "json") -> Any:
    """The payload of a 2xx answer, or raise its typed `APIError`: decoded JSON (None when
    empty), or the text for an operation that answers with text."""
    status = response.status_code
    if not 200 <= status < 300:
        raise error_for(provider, response)
    content = response.content
    if kind == "text":
        return response.text
    if _blank(content):
        payload = None
    else:
        try:
            payload = loads_json(content)
        except ValueError:
            text = content.decode("utf-8", "replace")
            details = ErrorDetails(None, "the answer is not valid JSON")
            raise _api_error(provider, response, text, details) from None
    reported = provider.check_success(payload)
    if reported is not None:
        raise _api_error(provider, response, payload, reported)
    return payload


def error_for(provider: Provider, response: Response) -> APIError:
    """The typed error of a non-2xx answer."""
    body = decode_error_body(response)
    return _api_error(provider, response, body, _error_details(provider, response, body))


def decode_error_body(response: Response) -> Any:
    """An error answer's body: decoded JSON if it is JSON, else its text (None when empty)."""
    content = response.content
    if _blank(content):
        return None
    try:
        return loads_json(content)
    except ValueError:
        return response.text


def _error_details(provider: Provider, response: Response, body: Any) -> ErrorDetails:
    try:
        return provider.parse_error(response, body)
    except Exception:  # a hook tripping on an unexpected error shape must not hide the error
        from ._logging import get_logger

        get_logger().debug("%s.parse_error failed", type(provider).__name__, exc_info=True)
        return ErrorDetails(None, None)


def _api_error(
    provider: Provider, response: Response, body: Any, details: ErrorDetails
) -> APIError:
    status = response.status_code
    cls = error_class_for_status(details.status if details.status is not None else status)
    message = details.message or response.reason_phrase or f"HTTP {status}"
    header = provider.request_id_header
    return cls(
        message,
        status_code=status,
        provider=provider.name,
        code=details.code,
        more_info=details.more_info,
        request_id=response.headers.get(header) if header else None,
        body=body,
        response=response,
    )


class RawResponse:
    """An answer as it came: `.status_code`, `.headers`, `.http_request`; `.parse()` the record.

    The same whichever library sent it: `.headers` is a case-insensitive `Headers`
    mapping (`raw.headers["twilio-request-id"]`), `.http_request` the `Request`
    trunkline built and signed (`.method`, `.url` with `.path`, `.headers`,
    `.content`), `.http_response` the whole `Response`.
    """

    __slots__ = ("_parse", "_parsed", "_payload", "_redactor", "http_response")

    _unparsed: Any = object()

    def __init__(
        self,
        http_response: Response,
        payload: Any,
        parse: Callable[[Any], Any],
        redactor: Redactor,
    ) -> None:
        self.http_response = http_response
        self._payload = payload
        self._parse = parse
        self._parsed: Any = RawResponse._unparsed
        self._redactor = redactor

    @property
    def status_code(self) -> int:
        """The HTTP status."""
        return self.http_response.status_code

    @property
    def headers(self) -> Headers:
        """The response headers."""
        return self.http_response.headers

    @property
    def http_request(self) -> Request:
        """The request that was sent (the last attempt's)."""
        return self.http_response.request

    @property
    def content(self) -> bytes:
        """The raw body."""
        return self.http_response.content

    def parse(self) -> Any:
        """What the plain method returns (parsed once, then cached)."""
        if self._parsed is RawResponse._unparsed:
            self._parsed = self._parse(self._payload)
        return self._parsed

    def __repr__(self) -> str:
        request = self.http_request
        return (
            f"<RawResponse [{self.status_code}] {request.method} {self._redactor.url(request.url)}>"
        )
