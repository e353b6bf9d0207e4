"""The one request pipeline, sync (`SyncAPIClient`) and async (`AsyncAPIClient`).

    request(op, *args, **params)
      -> op.arguments(*args, **params)      generated `_get_kwargs`: wire names, Python values
      -> encode                              `_encode`: text for query/form, JSON types for json
      -> per-call extras                     `_options`: extra_headers/query/body, merged last
      -> provider.authorize(kwargs, security) `_provider`: the operation's credentials, into
                                             headers or fields
      -> httpx.Request -> provider.sign(request)
      -> send under a wall-clock deadline    `_deadline` (sync) / a cancel scope (async)
      -> retry if the policy allows          `_retry`: safe vs create operations
      -> payload or typed error              `_response`: JSON decode, parse_error, check_success
      -> op.parse(payload)                   generated: a lazy record

One httpx client (one connection pool) serves every call; an `http_client`
passed in is used as is and never closed here.
"""

from __future__ import annotations

import sys
import time
from collections.abc import AsyncIterator, Iterator, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import httpx

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
from ._response import RawResponse, error_for, read_payload
from ._retry import retry_delay, transport_error
from ._urls import Endpoint, check_base_url, endpoint, follow_link, split_query
from ._write import CHUNK_SIZE, Destination, async_write_chunks, write_chunks

if TYPE_CHECKING:
    from ._operation import Operation
    from ._provider import Provider, RequestKwargs

__all__ = ["DEFAULT_MAX_RETRIES", "DEFAULT_TIMEOUT", "AsyncAPIClient", "SyncAPIClient"]

DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_RETRIES = 2

_DEBUG = 10  # logging.DEBUG


def user_agent() -> str:
    """`trunkline/<version> python/<x.y> httpx/<version>`."""
    from .._version import __version__

    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    return f"trunkline/{__version__} python/{python} httpx/{httpx.__version__}"


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

    _http: httpx.Client | httpx.AsyncClient

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
        self._headers = httpx.Headers({"User-Agent": user_agent(), "Accept": "application/json"})
        if default_headers:
            self._headers.update(default_headers)
        self._redactor = Redactor(provider.secret_fields)
        self._endpoints: dict[str, Endpoint] = {}

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.provider.name} base_url={self.base_url!r}>"

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
        options = options or RequestOptions()
        timeout = options.get("timeout", self.timeout)
        max_retries = options.get("max_retries", self.max_retries)
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

    def _build(self, call: _Call, attempt: int) -> httpx.Request:
        request = _copy_request(call.request)
        if call.options:
            merge_extras(request, call.options)
        request = self.provider.authorize(request, call.op.security)
        headers = self._headers.copy()
        if "headers" in request:
            headers.update(request["headers"])
        content = None
        if "json" in request:
            content = dumps_json(request["json"])
            if "content-type" not in headers:
                headers["Content-Type"] = "application/json"
        built = self._http.build_request(
            request["method"],
            request["url"],
            params=request.get("params"),
            data=request.get("data") or None,
            content=content,
            headers=headers,
            timeout=call.timeout,
        )
        built = self.provider.sign(built)
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

    def _request_line(self, request: httpx.Request) -> str:
        return f"{request.method} {self._redactor.url(request.url)}"

    def _log_response(self, response: httpx.Response, content: bytes, started: float) -> None:
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
                redactor.body_text(content, response.headers.get("content-type")),
            )

    def _retrying(
        self,
        call: _Call,
        request: httpx.Request,
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
    """The pipeline over an `httpx.Client`: `request`, `request_raw`, `list`."""

    _http: httpx.Client

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
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise ConfigurationError("http_client must be an httpx.Client")
        self._owns_http = http_client is None
        self._http = (
            http_client
            if http_client is not None
            else httpx.Client(**_plain_http_settings(self.base_url))
        )

    @property
    def http_client(self) -> httpx.Client:
        """The httpx client (and connection pool) every call goes through."""
        return self._http

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
        response = self._open(call)
        chunks = self._chunks(response)
        if to is None:
            return chunks
        return write_chunks(chunks, to)

    def close(self) -> None:
        """Close the connection pool (not an `http_client` that was passed in)."""
        if self._owns_http:
            self._http.close()

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

    def _send(self, call: _Call) -> tuple[httpx.Response, Any]:
        retries_done = 0
        while True:
            request = self._build(call, retries_done)
            try:
                response, content = self._attempt(request, call.timeout)
                return response, read_payload(self.provider, response, content, call.op.response)
            except (APIError, APIConnectionError) as error:
                delay = self._retrying(call, request, error, retries_done)
                if delay is None:
                    raise
            time.sleep(delay)
            retries_done += 1

    def _open(self, call: _Call) -> httpx.Response:
        retries_done = 0
        while True:
            request = self._build(call, retries_done)
            try:
                return self._open_attempt(request, call.timeout)
            except (APIError, APIConnectionError) as error:
                delay = self._retrying(call, request, error, retries_done)
                if delay is None:
                    raise
            time.sleep(delay)
            retries_done += 1

    def _open_attempt(self, request: httpx.Request, timeout: float | None) -> httpx.Response:
        """Send and wait for a 2xx answer's headers (the deadline covers this far)."""
        from ._deadline import start_deadline

        deadline = None if timeout is None else start_deadline(timeout)
        if deadline is not None:
            request.extensions["trace"] = deadline.trace
        started = time.monotonic()
        try:
            response = self._http.send(request, stream=True)
            if deadline is not None:
                deadline.attach(response.extensions.get("network_stream"))
            if not 200 <= response.status_code < 300:
                try:
                    content = response.read()
                finally:
                    response.close()
                self._log_response(response, content, started)
                raise error_for(self.provider, response, content)
        except httpx.HTTPError as exc:
            expired = deadline is not None and deadline.expired
            raise transport_error(exc, self._request_line(request), expired=expired) from exc
        finally:
            if deadline is not None:
                deadline.cancel()
        self._log_response(response, b"", started)
        return response

    def _chunks(self, response: httpx.Response) -> Iterator[bytes]:
        try:
            yield from response.iter_bytes(CHUNK_SIZE)
        except httpx.HTTPError as exc:
            raise transport_error(exc, self._request_line(response.request)) from exc
        finally:
            response.close()

    def _attempt(
        self, request: httpx.Request, timeout: float | None
    ) -> tuple[httpx.Response, bytes]:
        from ._deadline import start_deadline

        deadline = None if timeout is None else start_deadline(timeout)
        if deadline is not None:
            request.extensions["trace"] = deadline.trace
        started = time.monotonic()
        try:
            response = self._http.send(request, stream=True)
            try:
                if deadline is not None:
                    deadline.attach(response.extensions.get("network_stream"))
                content = response.read()
            finally:
                response.close()
                _drop_stream(response)
        except httpx.HTTPError as exc:
            expired = deadline is not None and deadline.expired
            raise transport_error(exc, self._request_line(request), expired=expired) from exc
        finally:
            if deadline is not None:
                deadline.cancel()
        self._log_response(response, content, started)
        return response, content


_EMPTY_STREAM = httpx.ByteStream(b"")


def _drop_stream(response: httpx.Response) -> None:
    # httpx's bound stream points back at its response: a cycle that keeps the
    # whole body alive until the cyclic GC runs. The body is read and the stream
    # closed, so let it go and the response is freed as soon as we drop it.
    response.stream = _EMPTY_STREAM


def _plain_http_settings(base_url: str | None) -> dict[str, Any]:
    """Settings for our own httpx client: for a plain-http `base_url`, no CA bundle to load.

    Loading the CA bundle costs ~90 ms at client construction. With an `http://`
    base_url (the sandbox, a local server) every request goes to that origin, since
    base_url replaces every host and next-page links are re-rooted at it, so TLS is
    never used. The context has no trust roots: a TLS connection, if one were ever
    made, would fail verification instead of passing unverified.
    """
    if base_url is None or not base_url.startswith("http://"):
        return {}
    import ssl

    return {"verify": ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)}


def _default_async_http_client(base_url: str | None) -> httpx.AsyncClient:
    # aiohttp's transport when the `trunkline[aiohttp]` extra is installed.
    settings = _plain_http_settings(base_url)
    try:
        from httpx_aiohttp import HttpxAiohttpClient
    except ImportError:
        return httpx.AsyncClient(**settings)
    return HttpxAiohttpClient(**settings)


class AsyncAPIClient(_BaseClient):
    """The pipeline over an `httpx.AsyncClient` (aiohttp's transport when installed)."""

    _http: httpx.AsyncClient

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
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise ConfigurationError("http_client must be an httpx.AsyncClient")
        self._owns_http = http_client is None
        self._http = (
            http_client if http_client is not None else _default_async_http_client(self.base_url)
        )

    @property
    def http_client(self) -> httpx.AsyncClient:
        """The httpx client (and connection pool) every call goes through."""
        return self._http

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
        response = await self._open(call)
        chunks = self._chunks(response)
        if to is None:
            return chunks
        return await async_write_chunks(chunks, to)

    async def _open(self, call: _Call) -> httpx.Response:
        import anyio

        retries_done = 0
        while True:
            request = self._build(call, retries_done)
            try:
                return await self._open_attempt(request, call.timeout)
            except (APIError, APIConnectionError) as error:
                delay = self._retrying(call, request, error, retries_done)
                if delay is None:
                    raise
            await anyio.sleep(delay)
            retries_done += 1

    async def _open_attempt(self, request: httpx.Request, timeout: float | None) -> httpx.Response:
        import anyio

        started = time.monotonic()
        try:
            with anyio.fail_after(timeout):
                response = await self._http.send(request, stream=True)
                if not 200 <= response.status_code < 300:
                    try:
                        content = await response.aread()
                    finally:
                        with anyio.CancelScope(shield=True):
                            await response.aclose()
                    self._log_response(response, content, started)
                    raise error_for(self.provider, response, content)
        except TimeoutError as exc:
            raise transport_error(exc, self._request_line(request), expired=True) from exc
        except httpx.HTTPError as exc:
            raise transport_error(exc, self._request_line(request)) from exc
        self._log_response(response, b"", started)
        return response

    async def _chunks(self, response: httpx.Response) -> AsyncIterator[bytes]:
        try:
            async for chunk in response.aiter_bytes(CHUNK_SIZE):
                yield chunk
        except httpx.HTTPError as exc:
            raise transport_error(exc, self._request_line(response.request)) from exc
        finally:
            await response.aclose()

    async def close(self) -> None:
        """Close the connection pool (not an `http_client` that was passed in)."""
        if self._owns_http:
            await self._http.aclose()

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

    async def _send(self, call: _Call) -> tuple[httpx.Response, Any]:
        import anyio

        retries_done = 0
        while True:
            request = self._build(call, retries_done)
            try:
                response, content = await self._attempt(request, call.timeout)
                return response, read_payload(self.provider, response, content, call.op.response)
            except (APIError, APIConnectionError) as error:
                delay = self._retrying(call, request, error, retries_done)
                if delay is None:
                    raise
            await anyio.sleep(delay)
            retries_done += 1

    async def _attempt(
        self, request: httpx.Request, timeout: float | None
    ) -> tuple[httpx.Response, bytes]:
        import anyio

        started = time.monotonic()
        try:
            with anyio.fail_after(timeout):
                response = await self._http.send(request, stream=True)
                try:
                    content = await response.aread()
                finally:
                    with anyio.CancelScope(shield=True):
                        await response.aclose()
                    _drop_stream(response)
        except TimeoutError as exc:
            raise transport_error(exc, self._request_line(request), expired=True) from exc
        except httpx.HTTPError as exc:
            raise transport_error(exc, self._request_line(request)) from exc
        except Exception as exc:
            # httpx-aiohttp lets a few aiohttp errors through unmapped.
            if not type(exc).__module__.startswith("aiohttp"):
                raise
            raise transport_error(exc, self._request_line(request)) from exc
        self._log_response(response, content, started)
        return response, content
