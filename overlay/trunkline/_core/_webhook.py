"""What the providers' `webhooks.parse` share: a request's parts, checked and decoded.

Each provider's `parse(method, url, headers, body, ...)` takes the request as
the application received it; this module turns those parts into what the
validators need (a case-insensitive header lookup, the form or query fields,
the JSON body) and a verified body into a payload model, raising
`WebhookPayloadError` when it does not fit.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar
from urllib.parse import parse_qs, urlsplit

from ._exceptions import (
    ConfigurationError,
    InvalidParameterError,
    WebhookPayloadError,
    WebhookVerificationError,
)

if TYPE_CHECKING:
    from pydantic import BaseModel

__all__ = [
    "Body",
    "Headers",
    "Request",
    "fields_of",
    "json_of",
    "payload",
    "request",
    "secret_from",
]

Headers: TypeAlias = Mapping[str, str] | Iterable[tuple[str, str]]
"""Request headers: a mapping (any case) or (name, value) pairs."""
Body: TypeAlias = bytes | bytearray | memoryview | str | None
"""The raw request body, exactly as received."""

M = TypeVar("M", bound="BaseModel")


class Request:
    """One webhook request: method, full URL, headers by lower-case name, raw body."""

    __slots__ = ("body", "headers", "method", "url")

    def __init__(self, method: str, url: str, headers: dict[str, str], body: bytes) -> None:
        """Keep the checked parts."""
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body

    def header(self, name: str) -> str | None:
        """A header's value (None: absent)."""
        return self.headers.get(name.lower())

    @property
    def content_type(self) -> str:
        """The media type of the body, lower case, without parameters."""
        return (self.header("content-type") or "").split(";")[0].strip().lower()

    def __repr__(self) -> str:
        return f"<webhook request {self.method} {urlsplit(self.url).path} ({len(self.body)} bytes)>"


def _header_map(headers: Headers) -> dict[str, str]:
    items: Iterable[Any]
    if isinstance(headers, Mapping):
        items = headers.items()
    elif isinstance(headers, str | bytes) or not isinstance(headers, Iterable):
        raise InvalidParameterError(
            f"headers must be a mapping or (name, value) pairs, not {type(headers).__name__}"
        )
    else:
        items = headers
    out: dict[str, str] = {}
    for item in items:
        if not (isinstance(item, tuple | list) and len(item) == 2):
            raise InvalidParameterError("headers must be (name, value) pairs")
        name, value = item
        if isinstance(name, bytes):
            name = name.decode("latin-1")
        if isinstance(value, bytes):
            value = value.decode("latin-1")
        if not isinstance(name, str) or not isinstance(value, str):
            raise InvalidParameterError("header names and values must be str")
        key = name.lower()
        out[key] = f"{out[key]}, {value}" if key in out else value
    return out


def request(method: str, url: str, headers: Headers, body: Body) -> Request:
    """The parts of a request, checked: bad types raise InvalidParameterError."""
    if not isinstance(method, str) or not method.strip():
        raise InvalidParameterError("method must be the HTTP method, e.g. 'POST'")
    if not isinstance(url, str) or "://" not in url:
        raise InvalidParameterError(
            "url must be the full URL the provider requested (scheme, host, path and query)"
        )
    if body is None:
        raw = b""
    elif isinstance(body, str):
        raw = body.encode("utf-8")
    elif isinstance(body, bytes | bytearray | memoryview):
        raw = bytes(body)
    else:
        raise InvalidParameterError(f"body must be bytes, not {type(body).__name__}")
    return Request(method.strip().upper(), url, _header_map(headers), raw)


def secret_from(value: str | Sequence[str] | None, env: str, what: str) -> str | Sequence[str]:
    """`value`, else the environment variable `env`; ConfigurationError naming both if neither."""
    if value is None:
        value = os.environ.get(env) or None
    if value is None:
        raise ConfigurationError(f"{what} is needed to verify webhooks: pass it, or set {env}")
    return value


def _first(values: dict[str, list[str]]) -> dict[str, str]:
    return {name: found[0] for name, found in values.items() if found}


def query_fields(url: str) -> dict[str, str]:
    """The URL's query parameters, the first value of each."""
    return _first(parse_qs(urlsplit(url).query, keep_blank_values=True))


def form_fields(body: bytes) -> dict[str, list[str]]:
    """A form body's fields, every value of each."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise WebhookPayloadError("the form body is not UTF-8") from None
    return parse_qs(text, keep_blank_values=True)


def json_of(req: Request) -> Any:
    """The JSON body, decoded (WebhookPayloadError when it is not JSON)."""
    try:
        return json.loads(req.body)
    except ValueError:
        raise WebhookPayloadError(
            f"the body is not JSON ({req.content_type or 'no Content-Type'})"
        ) from None


def fields_of(req: Request) -> dict[str, str]:
    """The webhook's fields: the query of a GET, the form or JSON object of a POST."""
    if req.method == "GET" or not req.body:
        return query_fields(req.url)
    if req.content_type == "application/json":
        data = json_of(req)
        if not isinstance(data, dict):
            raise WebhookPayloadError("the JSON body is not an object")
        return {str(k): v if isinstance(v, str) else json.dumps(v) for k, v in data.items()}
    return _first(form_fields(req.body))


def payload(model: type[M], data: Any) -> M:
    """`data` validated into `model`; WebhookPayloadError naming the first bad field."""
    from pydantic import ValidationError

    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first.get("loc", ())) or "the payload"
        raise WebhookPayloadError(
            f"the webhook is signed but does not fit {model.__name__}: {where}: "
            f"{first.get('msg', 'invalid')} ({exc.error_count()} problem(s))"
        ) from None


def not_signed(what: str) -> WebhookVerificationError:
    """The error for a request without the provider's signature."""
    return WebhookVerificationError(f"the request is not signed: no {what}")
