"""The one request pipeline, sync (`SyncAPIClient`) and async (`AsyncAPIClient`).

    request(op, *args, **params)
      -> op.arguments(*args, **params)      generated `_get_kwargs`: wire names, Python values
      -> encode                              `_encode`: text for query/form, JSON types for json
      -> per-call extras                     `_options`: extra_headers/query/body, merged last
      -> provider.authorize(kwargs, security) `_provider`: the operation's credentials, into
                                             headers or fields
      -> Request -> provider.sign(request)   `_transport`: method, URL, headers, body
      -> transport.send(request, timeout)    one wall-clock deadline per attempt (downloads:
                                             `open`, following redirects, see `_redirect`)
      -> retry if the policy allows          `_retry`: safe vs create operations
      -> payload or typed error              `_response`: JSON decode, parse_error, check_success
      -> op.parse(payload)                   generated: a lazy record

The transport (`_transport`) is the only part that knows an HTTP library:
`SyncAPIClient` sends through httpx (`_httpx`); `AsyncAPIClient` through one
aiohttp session (`_aiohttp`) when the `trunkline[aiohttp]` extra is installed,
no `http_client` is given and it runs on asyncio, else (trio, an
`http_client`) through httpx. One transport (one connection pool) serves every
call; an `http_client` passed in is used as is and never closed here.
"""

from __future__ import annotations

import sys
import time
from collections.abc import AsyncIterator, Iterator, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

from ._encode import dumps_json, encode_fields, reject_naive, to_json
from ._exceptions import (
    APIConnectionError,
    APIError,
    ConfigurationError,
    InvalidParameterError,
)
from ._logging import Redactor, get_logger
from ._options import RequestOptions, merge_extras
from ._paging import AsyncPager, NextPage, Pager, PagingStrategy, strategy_for
from ._response import RawResponse, error_for, load_fast_json, read_payload
from ._retry import retry_delay, transport_error
from ._transport import Headers, Request, Response, TransportError
from ._urls import (
    Endpoint,
    check_base_url,
    endpoint,
    follow_link,
    redirect_target,
    same_origin,
    split_query,
)
from ._write import Destination, async_write_chunks, write_chunks

if TYPE_CHECKING:
    import httpx

    from ._operation import Operation
    from ._provider import Provider, RequestKwargs
    from ._transport import AsyncTransport, SyncTransport

__all__ = ["DEFAULT_MAX_RETRIES", "DEFAULT_TIMEOUT", "AsyncAPIClient", "SyncAPIClient"]

DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_RETRIES = 2

_DEBUG = 10  # logging.DEBUG
_NO_OPTIONS = RequestOptions()  # shared, never changed
MAX_REDIRECTS = 5  # followed in a row by a download
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_CREDENTIAL_HEADERS = ("authorization", "proxy-authorization", "cookie")
_FORM = "application/x-www-form-urlencoded"


def user_agent(product: str) -> str:
    """`trunkline/<version> python/<x.y> <library>/<version>`."""
    from .._version import __version__

    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    return f"trunkline/{__version__} python/{python} {product}"


# quote_plus for ASCII text, as one str.translate: every byte but urllib's always-safe
# ones as %XX, the space as "+".
_SAFE = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~"
_FORM_QUOTES = {code: f"%{code:02X}" for code in range(128) if code not in _SAFE}
_FORM_QUOTES[ord(" ")] = "+"


_QUOTED_NAMES: dict[str, str] = {}  # field names: the spec's, a few hundred at most


def _form_quote(text: str) -> str:
    if text.isascii():
        return text.translate(_FORM_QUOTES)
    from urllib.parse import quote_plus

    return quote_plus(text)


def _quoted_name(name: str) -> str:
    quoted = _QUOTED_NAMES.get(name)
    if quoted is None:
        quoted = _form_quote(name)
        if len(_QUOTED_NAMES) < 4096:
            _QUOTED_NAMES[name] = quoted
    return quoted


def encode_form(fields: Mapping[str, str | list[str]]) -> str:
    """Fields as `application/x-www-form-urlencoded` text, a list as a repeated name: byte for
    byte `urllib.parse.urlencode`, which is what httpx makes of `data=` and `params=`."""
    quote = _form_quote
    parts: list[str] = []
    for name, value in fields.items():
        key = _quoted_name(name)
        if isinstance(value, list):
            parts.extend(f"{key}={quote(item)}" for item in value)
        else:
            parts.append(f"{key}={quote(value)}")
    return "&".join(parts)


class _Call:
    """One prepared call: its encoded request (before extras and auth) and its settings."""

    __slots__ = ("endpoint", "max_retries", "op", "options", "request", "timeout")

    def __init__(
        self,
        op: Operation,
        request: RequestKwargs,
        endpoint: Endpoint,
        options: RequestOptions,
        timeout: float | None,
        max_retries: int,
    ) -> None:
        self.op = op
        self.request = request
        self.endpoint = endpoint
        self.options = options
        self.timeout = timeout
        self.max_retries = max_retries


def _copy_request(request: RequestKwargs) -> RequestKwargs:
    copy: RequestKwargs = {"method": request["method"], "url": request["url"]}
    if "params" in request:
        copy["params"] = dict(request["params"])
    if "data" in request:
        copy["data"] = dict(request["data"])
    if "headers" in request:
        copy["headers"] = dict(request["headers"])
    if "json" in request:
        body = request["json"]
        copy["json"] = dict(body) if isinstance(body, dict) else body
    return copy


class _BaseClient:
    """Configuration and every step of the pipeline that does no I/O."""

    def __init__(
        self,
        *,
        provider: Provider,
        base_url: str | None,
        timeout: float | None,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
    ) -> None:
        if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
            raise ConfigurationError(f"max_retries must be an int >= 0, not {max_retries!r}")
        if timeout is not None and not timeout > 0:
            raise ConfigurationError(f"timeout must be > 0 seconds or None, not {timeout!r}")
        self.provider = provider
        self.base_url = check_base_url(base_url)
        self.timeout = timeout
        self.max_retries = max_retries
        self._default_headers = dict(default_headers or {})
        self._header_items: list[tuple[str, str]] = []
        self._header_names: frozenset[str] = frozenset()
        self._redactor = Redactor(provider.secret_fields)
        self._endpoints: dict[str, Endpoint] = {}

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.provider.name} base_url={self.base_url!r}>"

    def _sending_with(self, product: str) -> None:
        """The headers of every request, for a transport whose library is `product`."""
        headers = Headers([("User-Agent", user_agent(product)), ("Accept", "application/json")])
        headers.update(self._default_headers)
        self._header_items = headers.multi_items()
        self._header_names = frozenset(headers)  # lower-cased

    # ------------------------------------------------------------------ preparing

    def _endpoint(self, server: str) -> Endpoint:
        found = self._endpoints.get(server)
        if found is None:
            found = endpoint(self.provider.server_url(server), self.base_url)
            self._endpoints[server] = found
        return found

    def _prepare(
        self,
        op: Operation,
        args: tuple[Any, ...],
        params: dict[str, Any],
        options: RequestOptions | None,
    ) -> _Call:
        for name, value in params.items():
            reject_naive(name, value)
        kwargs = op.arguments(*args, **params)
        where = self._endpoint(op.server)
        request: RequestKwargs = {
            "method": kwargs.get("method", op.method),
            "url": where.url + kwargs["url"],
        }
        if "params" in kwargs:
            request["params"] = encode_fields(kwargs["params"])
        if "data" in kwargs:
            request["data"] = encode_fields(kwargs["data"])
        if "json" in kwargs:
            request["json"] = to_json(kwargs["json"])
        if "headers" in kwargs:
            request["headers"] = {
                name: value if isinstance(value, str) else ", ".join(value)
                for name, value in encode_fields(kwargs["headers"]).items()
            }
        if options:
            timeout = options.get("timeout", self.timeout)
            max_retries = options.get("max_retries", self.max_retries)
        else:
            options, timeout, max_retries = _NO_OPTIONS, self.timeout, self.max_retries
        return _Call(op, request, where, options, timeout, max_retries)

    def _follow(self, call: _Call, following: NextPage) -> _Call | None:
        request = _copy_request(call.request)
        if following.link is not None:
            # The link carries the whole query: it replaces the first request's.
            url = follow_link(following.link, call.request["url"], call.endpoint.origin)
            request["url"], request["params"] = split_query(url)
        if following.params is not None:
            request.setdefault("params", {}).update(encode_fields(following.params))
        if request["url"] == call.request["url"] and request.get("params") == call.request.get(
            "params"
        ):
            return None  # a provider pointing at the same page again: stop, don't loop
        return _Call(call.op, request, call.endpoint, call.options, call.timeout, call.max_retries)

    def _pager_args(
        self, op: Operation, limit: int | None, paging: PagingStrategy | None
    ) -> dict[str, Any]:
        if op.parse_item is None:
            raise ConfigurationError(f"{op!r} is not a list operation (no _parse_item)")
        if limit is not None and (
            isinstance(limit, bool) or not isinstance(limit, int) or limit < 0
        ):
            raise InvalidParameterError(f"limit must be None or >= 0, not {limit!r}")
        return {
            "follow": self._follow,
            "strategy": paging if paging is not None else strategy_for(op.paging),
            "parse_item": op.parse_item,
            "items_key": op.items_key,
            "limit": limit,
        }

    def _build(self, call: _Call, attempt: int) -> Request:
        request = _copy_request(call.request)
        if call.options:
            merge_extras(request, call.options)
        request = self.provider.authorize(request, call.op.security)
        items = self._header_items.copy()
        given = request.get("headers")
        if given:
            defaults = self._header_names
            for name, value in given.items():
                if name.lower() in defaults:  # replaces a default header of that name
                    lowered = name.lower()
                    items = [item for item in items if item[0].lower() != lowered]
                items.append((name, value))
        url = request["url"]
        params = request.get("params")
        if params:
            url += ("&" if "?" in url else "?") + encode_form(params)
        content = b""
        content_type = None
        if "json" in request:
            content = dumps_json(request["json"])
            content_type = "application/json"
        elif request.get("data"):
            content = encode_form(request["data"]).encode("ascii")
            content_type = _FORM
        if content_type is not None and not any(
            name.lower() == "content-type" for name, _ in items
        ):
            items.append(("Content-Type", content_type))
        built = self.provider.sign(Request(request["method"], url, Headers(items), content))
        logger = get_logger()
        if logger.isEnabledFor(_DEBUG):
            redactor = self._redactor
            logger.debug(
                "request %s/%s: %s %s\n  headers: %s\n  body: %s",
                attempt + 1,
                call.max_retries + 1,
                built.method,
                redactor.url(built.url),
                redactor.headers(built.headers.multi_items()),
                redactor.body_text(built.content, built.headers.get("content-type")),
            )
        return built

    # ------------------------------------------------------------------ answers

    def _request_line(self, request: Request) -> str:
        return f"{request.method} {self._redactor.url(request.url)}"

    def _connection_error(self, failure: TransportError, request: Request) -> APIConnectionError:
        return transport_error(failure, self._request_line(request))

    def _log_response(self, response: Response, started: float) -> None:
        logger = get_logger()
        if logger.isEnabledFor(_DEBUG):
            redactor = self._redactor
            logger.debug(
                "response %s %s in %.0f ms: %s\n  headers: %s\n  body: %s",
                response.status_code,
                response.reason_phrase,
                (time.monotonic() - started) * 1000,
                self._request_line(response.request),
                redactor.headers(response.headers.multi_items()),
                redactor.body_text(response.content, response.headers.get("content-type")),
            )

    def _redirect(self, response: Response, hops: int) -> Request | None:
        """The next request of a download its answer redirects, else None.

        Twilio answers a media or recording URL with a redirect to its media store. The
        target is never fetched over plain http (`redirect_target`), credentials
        (`Authorization`, cookies) stay behind when the origin changes, and a sixth
        redirect in a row is an `APIError` naming where it pointed.
        """
        if response.status_code not in _REDIRECTS:
            return None
        location = response.headers.get("location")
        if not location:
            return None  # an error answer, as any other 3xx
        previous = response.request
        try:
            target = redirect_target(previous.url, location)
        except ValueError as bad:
            raise self._redirect_error(response, str(bad)) from None
        if hops >= MAX_REDIRECTS:
            where = target.split("?", 1)[0]
            raise self._redirect_error(
                response, f"more than {MAX_REDIRECTS} redirects in a row, the last to {where}"
            )
        headers = Headers(previous.headers)
        if not same_origin(previous.url, target):
            for name in _CREDENTIAL_HEADERS:
                headers.pop(name, None)
        if response.status_code in (307, 308):  # the same request again, elsewhere
            return Request(previous.method, target, headers, previous.content)
        headers.pop("content-type", None)
        return Request("GET", target, headers)

    def _redirect_error(self, response: Response, message: str) -> APIError:
        error = error_for(self.provider, response)
        error.message = message
        error.args = (str(error),)
        return error

    def _retrying(
        self,
        call: _Call,
        request: Request,
        error: APIError | APIConnectionError,
        retries_done: int,
    ) -> float | None:
        delay = retry_delay(call.op.retry, error, retries_done, call.max_retries)
        if delay is not None:
            get_logger().info(
                "retrying %s in %.2f s (retry %s of %s) after: %s",
                self._request_line(request),
                delay,
                retries_done + 1,
                call.max_retries,
                error,
            )
        return delay


class SyncAPIClient(_BaseClient):
    """The pipeline over httpx (an `httpx.Client`): `request`, `request_raw`, `list`, `download`."""

    def __init__(
        self,
        *,
        provider: Provider,
        base_url: str | None = None,
        timeout: float | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            provider=provider,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
        )
        import httpx

        from ._httpx import HttpxTransport, plain_http_settings

        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise ConfigurationError("http_client must be an httpx.Client")
        self._owns_http = http_client is None
        if http_client is None:
            http_client = httpx.Client(**plain_http_settings(self.base_url))
        self._http = http_client
        self._transport: SyncTransport = HttpxTransport(http_client)
        self._sending_with(self._transport.product)

    @property
    def http_client(self) -> httpx.Client:
        """The httpx client (and connection pool) every call goes through."""
        return self._http

    @property
    def transport(self) -> SyncTransport:
        """What sends the requests."""
        return self._transport

    def request(
        self, op: Operation, /, *args: Any, options: RequestOptions | None = None, **params: Any
    ) -> Any:
        """Send `op` and return its parsed record."""
        call = self._prepare(op, args, params, options)
        return op.parse(self._send(call)[1])

    def request_raw(
        self, op: Operation, /, *args: Any, options: RequestOptions | None = None, **params: Any
    ) -> RawResponse:
        """Send `op` and return the HTTP answer; `.parse()` gives what `request` returns."""
        call = self._prepare(op, args, params, options)
        response, payload = self._send(call)
        return RawResponse(response, payload, op.parse, self._redactor)

    def list(
        self,
        op: Operation,
        /,
        *args: Any,
        limit: int | None = None,
        options: RequestOptions | None = None,
        paging: PagingStrategy | None = None,
        **params: Any,
    ) -> Pager[Any]:
        """A lazy iterator over the records of a list operation (at most `limit`)."""
        pager_args = self._pager_args(op, limit, paging)
        call = self._prepare(op, args, params, options)
        return Pager(call, fetch=self._fetch, **pager_args)

    def download(
        self,
        op: Operation,
        /,
        *args: Any,
        to: Destination | None = None,
        options: RequestOptions | None = None,
        **params: Any,
    ) -> Iterator[bytes] | int:
        """Stream a download: an iterator of chunks when `to` is None, else written into `to`
        (a path or a binary file object), returning the number of bytes written.

        Never held whole in memory. `timeout` bounds the wait for the answer and each read,
        not the whole transfer; a retry can only happen before the first byte of the body.
        """
        call = self._prepare(op, args, params, options)
        response, body = self._open(call)
        chunks = self._chunks(response.request, body)
        if to is None:
            return chunks
        return write_chunks(chunks, to)

    def close(self) -> None:
        """Close the connection pool (not an `http_client` that was passed in)."""
        if self._owns_http:
            self._transport.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _fetch(self, call: _Call) -> Any:
        return self._send(call)[1]

    def _send(self, call: _Call) -> tuple[Response, Any]:
        retries_done = 0
        while True:
            request = self._build(call, retries_done)
            started = time.monotonic()
            try:
                try:
                    response = self._transport.send(request, call.timeout)
                except TransportError as failure:
                    raise self._connection_error(failure, request) from failure.__cause__
                self._log_response(response, started)
                return response, read_payload(self.provider, response, call.op.response)
            except (APIError, APIConnectionError) as error:
                delay = self._retrying(call, request, error, retries_done)
                if delay is None:
                    raise
            time.sleep(delay)
            retries_done += 1

    def _open(self, call: _Call) -> tuple[Response, Iterator[bytes]]:
        retries_done = 0
        while True:
            request = self._build(call, retries_done)
            started = time.monotonic()
            try:
                hops = 0
                while True:
                    try:
                        response, chunks = self._transport.open(request, call.timeout)
                    except TransportError as failure:
                        raise self._connection_error(failure, request) from failure.__cause__
                    self._log_response(response, started)
                    following = self._redirect(response, hops)
                    if following is None:
                        break
                    request, hops, started = following, hops + 1, time.monotonic()
                if not 200 <= response.status_code < 300:
                    raise error_for(self.provider, response)
                return response, chunks
            except (APIError, APIConnectionError) as error:
                delay = self._retrying(call, request, error, retries_done)
                if delay is None:
                    raise
            time.sleep(delay)
            retries_done += 1

    def _chunks(self, request: Request, chunks: Iterator[bytes]) -> Iterator[bytes]:
        try:
            yield from chunks
        except TransportError as failure:
            raise self._connection_error(failure, request) from failure.__cause__
        finally:
            close = getattr(chunks, "close", None)
            if close is not None:
                close()


def _on_asyncio() -> bool:
    import asyncio

    try:
        asyncio.get_running_loop()
    except RuntimeError:  # trio, or another library with no asyncio loop underneath
        return False
    return True


def _own_httpx_transport(base_url: str | None) -> AsyncTransport:
    import httpx

    from ._httpx import AsyncHttpxTransport, plain_http_settings

    return AsyncHttpxTransport(httpx.AsyncClient(**plain_http_settings(base_url)))


def _default_async_transport(base_url: str | None) -> AsyncTransport:
    """aiohttp when the `trunkline[aiohttp]` extra is installed and the environment names no
    proxy aiohttp cannot speak to (socks, https), else httpx."""
    from importlib.util import find_spec

    if find_spec("aiohttp") is None:
        return _own_httpx_transport(base_url)
    from ._aiohttp import AiohttpTransport, ProxyRoutes, environment_proxies

    proxies = ProxyRoutes(environment_proxies())
    if proxies.schemes - {"http"}:
        return _own_httpx_transport(base_url)
    return AiohttpTransport(base_url=base_url, proxies=proxies)


class AsyncAPIClient(_BaseClient):
    """The pipeline over aiohttp (the `trunkline[aiohttp]` extra) or an `httpx.AsyncClient`.

    Without `http_client`, requests go through one aiohttp session when aiohttp is
    installed and the client is used on asyncio; on trio (or without aiohttp) through
    an httpx client of its own. `http_client=` (an `httpx.AsyncClient`) selects httpx.
    """

    def __init__(
        self,
        *,
        provider: Provider,
        base_url: str | None = None,
        timeout: float | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            provider=provider,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
        )
        self._owns_http = http_client is None
        self._transport: AsyncTransport
        if http_client is not None:
            import httpx

            from ._httpx import AsyncHttpxTransport

            if not isinstance(http_client, httpx.AsyncClient):
                raise ConfigurationError("http_client must be an httpx.AsyncClient")
            self._transport = AsyncHttpxTransport(http_client)
        else:
            self._transport = _default_async_transport(self.base_url)
        load_fast_json()
        # aiohttp runs on asyncio only: checked at the first request, in the running loop.
        self._checked = not getattr(self._transport, "asyncio_only", False)
        self._sending_with(self._transport.product)

    @property
    def http_client(self) -> httpx.AsyncClient | None:
        """The httpx client every call goes through, or None when aiohttp sends them."""
        client: httpx.AsyncClient | None = getattr(self._transport, "client", None)
        return client

    @property
    def transport(self) -> AsyncTransport:
        """What sends the requests (`AiohttpTransport` or `AsyncHttpxTransport`)."""
        return self._transport

    def _ready(self) -> AsyncTransport:
        if not self._checked:
            self._checked = True
            if not _on_asyncio():
                self._transport = _own_httpx_transport(self.base_url)
                self._sending_with(self._transport.product)
        return self._transport

    async def request(
        self, op: Operation, /, *args: Any, options: RequestOptions | None = None, **params: Any
    ) -> Any:
        """Send `op` and return its parsed record."""
        call = self._prepare(op, args, params, options)
        return op.parse((await self._send(call))[1])

    async def request_raw(
        self, op: Operation, /, *args: Any, options: RequestOptions | None = None, **params: Any
    ) -> RawResponse:
        """Send `op` and return the HTTP answer; `.parse()` gives what `request` returns."""
        call = self._prepare(op, args, params, options)
        response, payload = await self._send(call)
        return RawResponse(response, payload, op.parse, self._redactor)

    def list(
        self,
        op: Operation,
        /,
        *args: Any,
        limit: int | None = None,
        options: RequestOptions | None = None,
        paging: PagingStrategy | None = None,
        **params: Any,
    ) -> AsyncPager[Any]:
        """A lazy async iterator over the records of a list operation (at most `limit`)."""
        pager_args = self._pager_args(op, limit, paging)
        call = self._prepare(op, args, params, options)
        return AsyncPager(call, fetch=self._fetch, **pager_args)

    async def download(
        self,
        op: Operation,
        /,
        *args: Any,
        to: Destination | None = None,
        options: RequestOptions | None = None,
        **params: Any,
    ) -> AsyncIterator[bytes] | int:
        """Stream a download: an async iterator of chunks when `to` is None, else written into
        `to` (a path or a file object), returning the number of bytes written."""
        call = self._prepare(op, args, params, options)
        response, body = await self._open(call)
        chunks = self._chunks(response.request, body)
        if to is None:
            return chunks
        return await async_write_chunks(chunks, to)

    async def close(self) -> None:
        """Close the connection pool (not an `http_client` that was passed in)."""
        if self._owns_http:
            await self._transport.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def _fetch(self, call: _Call) -> Any:
        return (await self._send(call))[1]

    async def _send(self, call: _Call) -> tuple[Response, Any]:
        transport = self._ready()
        retries_done = 0
        while True:
            request = self._build(call, retries_done)
            started = time.monotonic()
            try:
                try:
                    response = await transport.send(request, call.timeout)
                except TransportError as failure:
                    raise self._connection_error(failure, request) from failure.__cause__
                self._log_response(response, started)
                return response, read_payload(self.provider, response, call.op.response)
            except (APIError, APIConnectionError) as error:
                delay = self._retrying(call, request, error, retries_done)
                if delay is None:
                    raise
            await transport.sleep(delay)
            retries_done += 1

    async def _open(self, call: _Call) -> tuple[Response, AsyncIterator[bytes]]:
        transport = self._ready()
        retries_done = 0
        while True:
            request = self._build(call, retries_done)
            started = time.monotonic()
            try:
                hops = 0
                while True:
                    try:
                        response, chunks = await transport.open(request, call.timeout)
                    except TransportError as failure:
                        raise self._connection_error(failure, request) from failure.__cause__
                    self._log_response(response, started)
                    following = self._redirect(response, hops)
                    if following is None:
                        break
                    request, hops, started = following, hops + 1, time.monotonic()
                if not 200 <= response.status_code < 300:
                    raise error_for(self.provider, response)
                return response, chunks
            except (APIError, APIConnectionError) as error:
                delay = self._retrying(call, request, error, retries_done)
                if delay is None:
                    raise
            await transport.sleep(delay)
            retries_done += 1

    async def _chunks(self, request: Request, chunks: AsyncIterator[bytes]) -> AsyncIterator[bytes]:
        try:
            async for chunk in chunks:
                yield chunk
        except TransportError as failure:
            raise self._connection_error(failure, request) from failure.__cause__
        finally:
            close = getattr(chunks, "aclose", None)
            if close is not None:
                await close()
