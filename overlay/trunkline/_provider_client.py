"""What every provider's `Client` / `AsyncClient` shares.

The core pipeline (and with it httpx) is imported when a client is built, not
when `trunkline.<provider>` is imported: `from trunkline.twilio import Client`
stays cheap.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from importlib import import_module
from types import TracebackType
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ._core._exceptions import ConfigurationError

if TYPE_CHECKING:
    import httpx

    from ._core import AsyncAPIClient, Operation, Provider, SyncAPIClient

__all__ = ["AsyncProviderClient", "SyncProviderClient", "env_or"]

DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_RETRIES = 2


def env_or(value: str | None, name: str) -> str | None:
    """`value` if given, else the environment variable `name` (empty counts as unset)."""
    if value:
        return value
    return os.environ.get(name) or None


def require(value: str | None, what: str, env: str) -> str:
    """A credential that must be present, or a ConfigurationError naming how to give it."""
    if not value:
        raise ConfigurationError(f"missing {what}: pass it to the client or set {env}")
    return value


def _region(region: str | None) -> str | None:
    """`default_region=`: an ISO 3166 alpha-2 code national numbers are read in."""
    if region is None:
        return None
    if not isinstance(region, str) or len(region) != 2 or not region.isalpha():
        raise ConfigurationError(
            f"default_region must be an ISO 3166 alpha-2 code such as 'US', not {region!r}"
        )
    return region.upper()


class _ProviderClientBase:
    """The root of a provider's resource tree (the generated `<Provider>Resources` mixin adds
    the resources): operations, resource classes and the path parameters the client fills in."""

    # Resource key ("calls", "queues.members") -> "module:Class" of the overlay's subclass,
    # for the resources whose behaviour goes beyond the spec. Set per client class.
    _overrides: ClassVar[Mapping[str, str]] = {}
    _resource_classes: ClassVar[dict[str, type]]
    # Wire name -> value of each path parameter the client supplies (Twilio's AccountSid).
    _path_params: Mapping[str, str] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._resource_classes = {}  # per client class: sync and async trees differ

    def _setup(self, path_params: Mapping[str, str]) -> None:
        self._path_params = path_params
        self._operations: dict[tuple[str, str], Operation] = {}

    _borrowed = False  # a view made by `_acting_as`: the pool belongs to the client it came from

    def _acting_as(self, path_params: Mapping[str, str]) -> Self:
        """The same client (credentials, connection pool, operations) filling in other path
        parameters; its resource tree is its own, built as it is touched."""
        from ._core._resource import _Resource

        clone = object.__new__(type(self))
        clone.__dict__.update(
            (key, value)
            for key, value in self.__dict__.items()
            if not isinstance(value, _Resource)  # cached resources hold the original client
        )
        clone._path_params = dict(path_params)
        clone._borrowed = True
        return clone

    def _resource(self, key: str, module: str, name: str) -> Any:
        """The resource at `key` of this client's tree (made by the tree's cached attributes)."""
        from ._core._resource import resource_class

        cls = resource_class(self._overrides, self._resource_classes, key, module, name)
        return cls(self)

    def _operation(self, package: str, ref: str) -> Operation:
        key = (package, ref)
        try:
            return self._operations[key]
        except KeyError:
            pass
        from ._core import Operation

        base = f"trunkline_generated.{package}"
        module = import_module(f"{base}.api.{ref}")
        package_module = import_module(base)
        operation = Operation.from_module(module, server=package_module.SERVERS[0])
        records: Mapping[str, str] | None = getattr(package_module, "RECORDS", None)
        if records:  # the spec's `x-trunkline-record`: the overlay's record subclasses
            operation = _with_overlay_records(operation, records)
        self._operations[key] = operation
        return operation


def _with_overlay_records(operation: Operation, overrides: Mapping[str, str]) -> Operation:
    """The operation parsing into the overlay's record subclasses where it names them."""
    changes = {}
    for field in ("parse", "parse_item"):
        parser = getattr(operation, field)
        if isinstance(parser, type):
            target = overrides.get(f"{parser.__module__}:{parser.__qualname__}")
            if target is not None:
                module, _, name = target.partition(":")
                changes[field] = getattr(import_module(module), name)
    return operation.replace(**changes) if changes else operation


class SyncProviderClient(_ProviderClientBase):
    """Base of every provider's sync `Client`."""

    _api: SyncAPIClient

    def _start(
        self,
        *,
        provider: Provider,
        base_url: str | None,
        timeout: float | None,
        max_retries: int,
        http_client: httpx.Client | None,
        path_params: Mapping[str, str] | None = None,
        default_region: str | None = None,
    ) -> None:
        from ._core import SyncAPIClient

        self._setup(path_params or {})
        provider.default_region = _region(default_region)
        self._api = SyncAPIClient(
            provider=provider,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
        )

    def close(self) -> None:
        """Close the connection pool (not an `http_client` you passed in, nor the pool of the
        client a `with_account` view came from)."""
        if not self._borrowed:
            self._api.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncProviderClient(_ProviderClientBase):
    """Base of every provider's `AsyncClient`."""

    _api: AsyncAPIClient

    def _start(
        self,
        *,
        provider: Provider,
        base_url: str | None,
        timeout: float | None,
        max_retries: int,
        http_client: httpx.AsyncClient | None,
        path_params: Mapping[str, str] | None = None,
        default_region: str | None = None,
    ) -> None:
        from ._core import AsyncAPIClient

        self._setup(path_params or {})
        provider.default_region = _region(default_region)
        self._api = AsyncAPIClient(
            provider=provider,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
        )

    async def close(self) -> None:
        """Close the connection pool (not an `http_client` you passed in, nor the pool of the
        client a `with_account` view came from)."""
        if not self._borrowed:
            await self._api.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
