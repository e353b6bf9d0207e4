"""MessageBird Voice `Client` and `AsyncClient`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from trunkline_generated.clients.messagebird import (
    AsyncMessagebirdResources,
    MessagebirdResources,
)

from .._provider_client import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    AsyncProviderClient,
    SyncProviderClient,
    env_or,
    require,
)

if TYPE_CHECKING:
    import httpx

__all__ = ["AsyncClient", "Client"]


def _access_key(access_key: str | None) -> str:
    return require(
        env_or(access_key, "MESSAGEBIRD_ACCESS_KEY"), "access_key", "MESSAGEBIRD_ACCESS_KEY"
    )


class Client(MessagebirdResources, SyncProviderClient):
    """MessageBird Voice, synchronous. The key falls back to MESSAGEBIRD_ACCESS_KEY."""

    def __init__(
        self,
        access_key: str | None = None,
        *,
        base_url: str | None = None,
        default_region: str | None = None,
        timeout: float | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
    ) -> None:
        from ._provider import MessageBirdProvider

        self._start(
            provider=MessageBirdProvider(_access_key(access_key)),
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            default_region=default_region,
        )

    def __repr__(self) -> str:
        return "trunkline.messagebird.Client()"


class AsyncClient(AsyncMessagebirdResources, AsyncProviderClient):
    """MessageBird Voice, asynchronous: the same resources and methods, awaitable."""

    def __init__(
        self,
        access_key: str | None = None,
        *,
        base_url: str | None = None,
        default_region: str | None = None,
        timeout: float | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        from ._provider import MessageBirdProvider

        self._start(
            provider=MessageBirdProvider(_access_key(access_key)),
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            default_region=default_region,
        )

    def __repr__(self) -> str:
        return "trunkline.messagebird.AsyncClient()"
