"""The httpx transports: every sync client, and async clients given an `http_client` (or on trio,
or without aiohttp installed).

Sync attempts are bounded by `_deadline`'s watchdog (httpx's own timeouts are
per phase: a trickling server never trips them); async ones by an anyio cancel
scope, which works on asyncio and trio alike.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx

from ._transport import Headers, Request, Response, TransportError
from ._write import CHUNK_SIZE

__all__ = ["AsyncHttpxTransport", "HttpxTransport", "plain_http_settings"]

_EMPTY_STREAM = httpx.ByteStream(b"")


def plain_http_settings(base_url: str | None) -> dict[str, Any]:
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


def _build(
    client: httpx.Client | httpx.AsyncClient, request: Request, timeout: float | None
) -> Any:
    # build_request merges what a user's own client adds (its headers, cookies, auth).
    return client.build_request(
        request.method,
        request.url,
        content=request.content or None,
        headers=request.headers.multi_items(),
        timeout=timeout,
    )


def _answer(response: httpx.Response, request: Request, content: bytes) -> Response:
    return Response(
        response.status_code,
        response.reason_phrase,
        Headers(response.headers.multi_items()),
        request,
        content,
    )


def _failure(exc: Exception, *, expired: bool = False) -> TransportError:
    """httpx's exception as a TransportError; `expired`: our own deadline ended the attempt."""
    description = str(exc) or type(exc).__name__
    if isinstance(exc, httpx.ConnectTimeout | httpx.PoolTimeout):
        return TransportError(description, timed_out=True, sent=False)
    if isinstance(exc, httpx.ConnectError):
        return TransportError(description, timed_out=expired, sent=False)
    timed_out = expired or isinstance(exc, httpx.TimeoutException | TimeoutError)
    return TransportError(description, timed_out=timed_out, sent=True)


def _drop_stream(response: httpx.Response) -> None:
    # httpx's bound stream points back at its response: a cycle that keeps the
    # whole body alive until the cyclic GC runs. The body is read and the stream
    # closed, so let it go and the response is freed as soon as we drop it.
    response.stream = _EMPTY_STREAM


class HttpxTransport:
    """Requests through an `httpx.Client`, each under a wall-clock `Deadline`."""

    def __init__(self, client: httpx.Client) -> None:
        self.client = client
        self.product = f"httpx/{httpx.__version__}"

    def send(self, request: Request, timeout: float | None) -> Response:
        """Send and read the whole answer within `timeout` seconds of wall clock."""
        from ._deadline import start_deadline

        built = _build(self.client, request, timeout)
        deadline = None if timeout is None else start_deadline(timeout)
        if deadline is not None:
            built.extensions["trace"] = deadline.trace
        try:
            response = self.client.send(built, stream=True)
            try:
                if deadline is not None:
                    deadline.attach(response.extensions.get("network_stream"))
                content = response.read()
            finally:
                response.close()
                _drop_stream(response)
        except httpx.HTTPError as exc:
            expired = deadline is not None and deadline.expired
            raise _failure(exc, expired=expired) from exc
        finally:
            if deadline is not None:
                deadline.cancel()
        return _answer(response, request, content)

    def open(self, request: Request, timeout: float | None) -> tuple[Response, Iterator[bytes]]:
        """The answer's headers within `timeout`; a 2xx body streamed, any other read whole."""
        from ._deadline import start_deadline

        built = _build(self.client, request, timeout)
        deadline = None if timeout is None else start_deadline(timeout)
        if deadline is not None:
            built.extensions["trace"] = deadline.trace
        try:
            response = self.client.send(built, stream=True)
            if deadline is not None:
                deadline.attach(response.extensions.get("network_stream"))
            if not 200 <= response.status_code < 300:
                try:
                    content = response.read()
                finally:
                    response.close()
                return _answer(response, request, content), iter(())
        except httpx.HTTPError as exc:
            expired = deadline is not None and deadline.expired
            raise _failure(exc, expired=expired) from exc
        finally:
            if deadline is not None:
                deadline.cancel()
        return _answer(response, request, b""), self._chunks(response)

    def _chunks(self, response: httpx.Response) -> Iterator[bytes]:
        try:
            yield from response.iter_bytes(CHUNK_SIZE)
        except httpx.HTTPError as exc:
            raise _failure(exc) from exc
        finally:
            response.close()

    def close(self) -> None:
        """Close the client's connection pool."""
        self.client.close()


class _Progress:
    """httpcore `trace` extension (async): whether the request has started to go out."""

    __slots__ = ("sent",)

    def __init__(self) -> None:
        self.sent = False

    async def trace(self, event: str, info: dict[str, Any]) -> None:
        # http11.send_request_headers.started / http2.send_request_headers.started
        if event.endswith(".send_request_headers.started"):
            self.sent = True


class AsyncHttpxTransport:
    """Requests through an `httpx.AsyncClient`, each under an anyio cancel scope (any library).

    When the scope ends an attempt, the `trace` extension tells whether the request had
    begun to go out: a deadline that passed while connecting (or waiting for the pool)
    leaves a create free to be tried again.
    """

    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client
        self.product = f"httpx/{httpx.__version__}"

    async def send(self, request: Request, timeout: float | None) -> Response:
        """Send and read the whole answer within `timeout` seconds of wall clock."""
        import anyio

        built = _build(self.client, request, timeout)
        progress = _Progress()
        built.extensions["trace"] = progress.trace
        try:
            with anyio.fail_after(timeout):
                response = await self.client.send(built, stream=True)
                try:
                    content = await response.aread()
                finally:
                    with anyio.CancelScope(shield=True):
                        await response.aclose()
                    _drop_stream(response)
        except TimeoutError as exc:
            raise TransportError("timed out", timed_out=True, sent=progress.sent) from exc
        except httpx.HTTPError as exc:
            raise _failure(exc) from exc
        return _answer(response, request, content)

    async def open(
        self, request: Request, timeout: float | None
    ) -> tuple[Response, AsyncIterator[bytes]]:
        """The answer's headers within `timeout`; a 2xx body streamed, any other read whole."""
        import anyio

        built = _build(self.client, request, timeout)
        progress = _Progress()
        built.extensions["trace"] = progress.trace
        try:
            with anyio.fail_after(timeout):
                response = await self.client.send(built, stream=True)
                if not 200 <= response.status_code < 300:
                    try:
                        content = await response.aread()
                    finally:
                        with anyio.CancelScope(shield=True):
                            await response.aclose()
                    return _answer(response, request, content), _no_chunks()
        except TimeoutError as exc:
            raise TransportError("timed out", timed_out=True, sent=progress.sent) from exc
        except httpx.HTTPError as exc:
            raise _failure(exc) from exc
        return _answer(response, request, b""), self._chunks(response)

    async def _chunks(self, response: httpx.Response) -> AsyncIterator[bytes]:
        try:
            async for chunk in response.aiter_bytes(CHUNK_SIZE):
                yield chunk
        except httpx.HTTPError as exc:
            raise _failure(exc) from exc
        finally:
            await response.aclose()

    async def sleep(self, seconds: float) -> None:
        """Wait between attempts (anyio: asyncio or trio)."""
        import anyio

        await anyio.sleep(seconds)

    async def aclose(self) -> None:
        """Close the client's connection pool."""
        await self.client.aclose()


async def _no_chunks() -> AsyncIterator[bytes]:
    return
    yield  # an async generator that yields nothing
