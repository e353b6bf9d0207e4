"""The transport interface: what the pipeline hands an HTTP library, and what it gets back.

The pipeline builds one `Request` per attempt (method, URL, headers, body) and
asks a transport to send it under a wall-clock deadline; the transport answers
with a `Response` (status, headers, the whole body) or raises `TransportError`
saying whether the deadline passed and whether the request may have reached
the server. Downloads use `open`: the headers under the deadline, then the body
as an iterator of chunks.

    SyncTransport    HttpxTransport           (`_httpx`)   httpx.Client
    AsyncTransport   AsyncHttpxTransport      (`_httpx`)   httpx.AsyncClient, any async library
                     AiohttpTransport         (`_aiohttp`) one aiohttp.ClientSession, asyncio

`Request`, `Response` and `Headers` are trunkline's own small types, the same
whichever library sent the request: they are what `with_raw_response`,
`APIError.response` and the provider hooks see.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Mapping, MutableMapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Protocol
    from urllib.parse import SplitResult

# `SyncTransport` and `AsyncTransport`, the interface itself, are Protocols for the type
# checker (defined at the end, under TYPE_CHECKING).
__all__ = ["URL", "Headers", "Request", "Response", "TransportError"]


class Headers(MutableMapping[str, str]):
    """Case-insensitive, multi-valued HTTP headers, read like `httpx.Headers`.

    `headers["content-type"]` joins repeated values with ", "; `get_list(name)` gives
    each value; `multi_items()` every (name, value) pair as sent, names in their
    original case. Iterating yields the distinct names, lower-cased. Setting a
    name replaces every value it had. (A list of pairs passed in becomes the
    headers' own: it is not copied.)
    """

    __slots__ = ("_items", "_source")

    def __init__(
        self, headers: Mapping[str, str] | Iterable[tuple[str, str]] | None = None
    ) -> None:
        # A response's headers are copied from the library's own on first use, not before:
        # most answers are never asked for a header.
        self._items: list[tuple[str, str]] | None = None
        self._source = headers

    @property
    def _pairs(self) -> list[tuple[str, str]]:
        items = self._items
        if items is None:
            source = self._source
            if source is None:
                items = []
            elif isinstance(source, list):
                items = source
            elif isinstance(source, Headers):
                items = list(source._pairs)
            elif hasattr(source, "multi_items"):  # httpx.Headers
                items = list(source.multi_items())
            elif isinstance(source, Mapping):  # a dict; a multidict's items() repeats names
                items = list(source.items())
            else:
                items = list(source)
            self._items = items
            self._source = None
        return items

    def get_list(self, name: str) -> list[str]:
        """Every value of the header `name` (empty when absent)."""
        wanted = name.lower()
        return [value for key, value in self._pairs if key == name or key.lower() == wanted]

    def multi_items(self) -> list[tuple[str, str]]:
        """Every (name, value) pair, in order, repeated names repeated."""
        return list(self._pairs)

    def copy(self) -> Headers:
        """An independent copy."""
        copy = Headers()
        copy._items = list(self._pairs)
        return copy

    def __getitem__(self, name: str) -> str:
        values = self.get_list(name)
        if not values:
            raise KeyError(name)
        return ", ".join(values)

    def __setitem__(self, name: str, value: str) -> None:
        wanted = name.lower()
        items = [(key, v) for key, v in self._pairs if key.lower() != wanted]
        items.append((name, value))
        self._items = items

    def __delitem__(self, name: str) -> None:
        wanted = name.lower()
        items = [(key, v) for key, v in self._pairs if key.lower() != wanted]
        if len(items) == len(self._pairs):
            raise KeyError(name)
        self._items = items

    def __contains__(self, name: object) -> bool:
        if not isinstance(name, str):
            return False
        wanted = name.lower()
        for key, _ in self._pairs:  # noqa: SIM110 - any() over a generator is twice as slow
            if key == name or key.lower() == wanted:
                return True
        return False

    def __iter__(self) -> Iterator[str]:
        return iter(dict.fromkeys(key.lower() for key, _ in self._pairs))

    def __len__(self) -> int:
        return len({key.lower() for key, _ in self._pairs})

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Headers):
            mine = sorted((k.lower(), v) for k, v in self._pairs)
            return mine == sorted((k.lower(), v) for k, v in other._pairs)
        if isinstance(other, Mapping):
            return dict(self.items()) == {str(k).lower(): v for k, v in other.items()}
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        # Callers that show headers to people pass them through the Redactor first.
        return f"Headers({[name for name, _ in self._pairs]!r})"


class URL(str):
    """A URL: the text itself (it is a `str`) with its parts as properties."""

    __slots__ = ()

    @property
    def scheme(self) -> str:
        """`https`."""
        return self._split().scheme

    @property
    def host(self) -> str:
        """The host name, lower-cased (`api.twilio.com`)."""
        return self._split().hostname or ""

    @property
    def port(self) -> int | None:
        """The port if the URL names one."""
        return self._split().port

    @property
    def path(self) -> str:
        """The path, percent-decoded (as `httpx.URL.path`)."""
        from urllib.parse import unquote

        return unquote(self._split().path) or "/"

    @property
    def raw_path(self) -> str:
        """The path as sent, percent-encoded."""
        return self._split().path or "/"

    @property
    def query(self) -> str:
        """The query string as sent, without `?`."""
        return self._split().query

    @property
    def params(self) -> dict[str, list[str]]:
        """The query decoded: each name with its values."""
        from urllib.parse import parse_qs

        return parse_qs(self.query, keep_blank_values=True)

    def _split(self) -> SplitResult:
        from urllib.parse import urlsplit

        return urlsplit(self)


class Request:
    """One attempt's request, transport-neutral: what is sent, and what `sign` may change.

    `.method`, `.url` (a `URL`; assign a `str`), `.headers` (`Headers`, without the
    `Host`, `Content-Length` and `Accept-Encoding` the library adds) and `.content`
    (the encoded body, `b""` for none).
    """

    __slots__ = ("_url", "content", "headers", "method")

    def __init__(self, method: str, url: str, headers: Headers, content: bytes = b"") -> None:
        self.method = method
        self._url = URL(url)
        self.headers = headers
        self.content = content

    @property
    def url(self) -> URL:
        """The absolute URL, query included."""
        return self._url

    @url.setter
    def url(self, value: str) -> None:
        self._url = URL(value)

    def __repr__(self) -> str:
        # The query may carry credentials (Vonage): the pipeline's reprs redact it.
        return f"<Request {self.method} {self.url.split('?', 1)[0]}>"


class Response:
    """An answer, transport-neutral: `.status_code`, `.reason_phrase`, `.headers`,
    `.request` (the `Request` it answers) and `.content` (the body; `b""` while a
    download is being streamed)."""

    __slots__ = ("content", "headers", "reason_phrase", "request", "status_code")

    def __init__(
        self,
        status_code: int,
        reason_phrase: str,
        headers: Headers,
        request: Request,
        content: bytes = b"",
    ) -> None:
        self.status_code = status_code
        self.reason_phrase = reason_phrase
        self.headers = headers
        self.request = request
        self.content = content

    @property
    def encoding(self) -> str:
        """The body's text encoding: the Content-Type charset if known, else utf-8."""
        content_type = self.headers.get("content-type") or ""
        for part in content_type.split(";")[1:]:
            key, _, value = part.partition("=")
            if key.strip().lower() == "charset":
                import codecs

                charset = value.strip().strip("'\"")
                try:
                    codecs.lookup(charset)
                except LookupError:
                    break
                return charset
        return "utf-8"

    @property
    def text(self) -> str:
        """The body decoded with `encoding` (undecodable bytes replaced)."""
        return self.content.decode(self.encoding, "replace")

    def __repr__(self) -> str:
        return f"<Response [{self.status_code}]>"


class TransportError(Exception):
    """No usable answer: `timed_out` (our deadline passed, or the library's timeout fired)
    and `sent` (False only when the request provably never reached the server).
    The library's own exception is the `__cause__`."""

    def __init__(self, description: str, *, timed_out: bool, sent: bool) -> None:
        super().__init__(description)
        self.description = description
        self.timed_out = timed_out
        self.sent = sent


if TYPE_CHECKING:
    # Only for type checking: defining Protocol classes costs ~0.5 ms of import time.

    class SyncTransport(Protocol):
        """Sends requests for `SyncAPIClient`."""

        #: `httpx/0.28.1`: the library, for the User-Agent.
        product: str

        def send(self, request: Request, timeout: float | None) -> Response:
            """Send and read the whole answer within `timeout` seconds of wall clock."""
            ...

        def open(self, request: Request, timeout: float | None) -> tuple[Response, Iterator[bytes]]:
            """Send and wait (within `timeout`) for the answer's headers: a 2xx answer comes with
            an iterator over its body (each read bounded by `timeout`; closing it releases the
            connection), any other answer is read whole, as `send` does, with no chunks."""
            ...

        def close(self) -> None:
            """Close every connection this transport opened."""
            ...

    class AsyncTransport(Protocol):
        """Sends requests for `AsyncAPIClient`."""

        product: str

        async def send(self, request: Request, timeout: float | None) -> Response:
            """Send and read the whole answer within `timeout` seconds of wall clock."""
            ...

        async def open(
            self, request: Request, timeout: float | None
        ) -> tuple[Response, AsyncIterator[bytes]]:
            """`SyncTransport.open`, awaitable."""
            ...

        async def sleep(self, seconds: float) -> None:
            """Wait between attempts, in this transport's async library."""
            ...

        async def aclose(self) -> None:
            """Close every connection (and task) this transport opened."""
            ...
