"""The pipeline on each of its backends, driven from plain (sync) test code.

    "httpx"        SyncAPIClient over its own httpx.Client
    "httpx-async"  AsyncAPIClient over an httpx.AsyncClient (what `http_client=` and trio get)
    "aiohttp"      AsyncAPIClient over its own aiohttp session (the default with the extra)

An async client is wrapped in `Blocking`, which runs each call to completion on
the client's own event loop, so one test body, parametrised over `BACKENDS`,
proves a promise on every backend.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Iterator
from types import TracebackType
from typing import Any, Self

import httpx

from trunkline._core import AsyncAPIClient, SyncAPIClient

BACKENDS = ("httpx", "httpx-async", "aiohttp")
ASYNC_BACKENDS = ("httpx-async", "aiohttp")
# The library named in the User-Agent.
LIBRARY = {"httpx": "httpx", "httpx-async": "httpx", "aiohttp": "aiohttp"}


def async_api(backend: str, **settings: Any) -> AsyncAPIClient:
    """An AsyncAPIClient on `backend` (for "httpx-async" over an httpx.AsyncClient it owns
    no more than a user's: close it with `close_async_api`)."""
    if backend == "aiohttp":
        api = AsyncAPIClient(**settings)
        assert type(api.transport).__name__ == "AiohttpTransport"
        return api
    if backend == "httpx-async":
        ssl = {}
        base_url = settings.get("base_url")
        if base_url is not None and base_url.startswith("http://"):
            from trunkline._core._httpx import plain_http_settings

            ssl = plain_http_settings(base_url)
        return AsyncAPIClient(http_client=httpx.AsyncClient(**ssl), **settings)
    raise ValueError(f"not an async backend: {backend!r}")


async def close_async_api(api: AsyncAPIClient) -> None:
    """Close the client and, on "httpx-async", the httpx client made for it."""
    await api.close()
    if api.http_client is not None:
        await api.http_client.aclose()


def make_api(backend: str, **settings: Any) -> SyncAPIClient | Blocking:
    """The pipeline on `backend`, with SyncAPIClient's interface."""
    if backend == "httpx":
        return SyncAPIClient(**settings)
    return Blocking(async_api(backend, **settings))


class Blocking:
    """An AsyncAPIClient called like a SyncAPIClient: every call runs on one event loop."""

    def __init__(self, api: AsyncAPIClient) -> None:
        self.api = api
        self._runner = asyncio.Runner()
        self._closed = False

    def __getattr__(self, name: str) -> Any:
        return getattr(self.api, name)  # base_url, transport, _build, _prepare, ...

    def run(self, awaitable: Any) -> Any:
        """Run one coroutine to completion on this client's loop."""
        return self._runner.run(_complete(awaitable))

    def request(self, *args: Any, **kwargs: Any) -> Any:
        return self.run(self.api.request(*args, **kwargs))

    def request_raw(self, *args: Any, **kwargs: Any) -> Any:
        return self.run(self.api.request_raw(*args, **kwargs))

    def list(self, *args: Any, **kwargs: Any) -> BlockingPager:
        return BlockingPager(self, self.api.list(*args, **kwargs))

    def download(self, *args: Any, **kwargs: Any) -> Any:
        result = self.run(self.api.download(*args, **kwargs))
        if isinstance(result, int):
            return result
        return self.iterate(result)

    def iterate(self, chunks: AsyncIterator[Any]) -> Iterator[Any]:
        """An async iterator, consumed item by item on this client's loop."""
        try:
            while True:
                try:
                    yield self.run(chunks.__anext__())
                except StopAsyncIteration:
                    return
        finally:
            close = getattr(chunks, "aclose", None)
            if close is not None and not self._closed:
                self.run(close())

    def close(self) -> None:
        if self._closed:
            return
        try:
            self.run(close_async_api(self.api))
        finally:
            self._closed = True
            self._runner.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class BlockingPager:
    """An AsyncPager consumed like a Pager."""

    def __init__(self, owner: Blocking, pager: Any) -> None:
        self._owner = owner
        self._pager = pager

    def __iter__(self) -> Iterator[Any]:
        return self

    def __next__(self) -> Any:
        try:
            return self._owner.run(self._pager.__anext__())
        except StopAsyncIteration:
            raise StopIteration from None

    def pages(self) -> Iterator[Any]:
        return self._owner.iterate(self._pager.pages())


async def _complete(awaitable: Any) -> Any:
    return await awaitable


# `api_factory(provider=..., base_url=..., **settings)`, the conftest fixture's type
MakeAPI = Callable[..., SyncAPIClient | Blocking]
API = SyncAPIClient | Blocking
