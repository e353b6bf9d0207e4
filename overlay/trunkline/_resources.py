"""The verbs a resource offers, bound to generated operations; sync and async side by side.

A provider's resource is a small class that names its generated operations
and mixes in the verbs the API allows:

    class Calls(Create[Call], Get[Call], Update[Call], Delete, List[Call]):
        _ops = {"create": "calls.create_call", "get": "calls.fetch_call", ...}

Nothing here imports httpx or the generated code: operations load on first use.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

if TYPE_CHECKING:
    from typing import Generic

    from ._core import AsyncPager, Operation, Pager, RequestOptions
    from ._provider_client import AsyncProviderClient, SyncProviderClient
else:

    class Generic:
        """Runtime stand-in for `typing.Generic` (type checkers see the real one).

        Subscripting a real Generic builds typing aliases for every base of every
        resource class, a few milliseconds at import; here `Create["Call"]` is `Create`.
        """

        __slots__ = ()

        def __class_getitem__(cls, item: object) -> type:
            return cls


R = TypeVar("R")

__all__ = [
    "AsyncCreate",
    "AsyncDelete",
    "AsyncGet",
    "AsyncList",
    "AsyncResource",
    "AsyncUpdate",
    "Create",
    "Delete",
    "Get",
    "List",
    "Resource",
    "Update",
]


class _Base:
    # verb -> "tag.module" inside the resource's generated package
    _ops: ClassVar[Mapping[str, str]]
    # the generated package, e.g. "twilio_api_v2010"
    _package: ClassVar[str]

    _raw: bool

    def _operation(self, verb: str) -> Operation:
        return self._client._operation(self._package, self._ops[verb])  # type: ignore[attr-defined,no-any-return]

    def _args(self) -> tuple[Any, ...]:
        """Path arguments every operation of this resource starts with (Twilio's account)."""
        return self._client._path_prefix  # type: ignore[attr-defined,no-any-return]

    @property
    def with_raw_response(self) -> Any:
        """The same methods, returning the HTTP response (`.parse()` gives the usual result)."""
        clone = object.__new__(type(self))
        clone.__dict__.update(self.__dict__)
        clone._raw = True
        return clone


class Resource(_Base):
    """A resource of a sync client."""

    def __init__(self, client: SyncProviderClient) -> None:
        self._client = client
        self._raw = False

    def _call(self, verb: str, args: tuple[Any, ...], params: dict[str, Any]) -> Any:
        options = _options(params)
        op = self._operation(verb)
        api = self._client._api
        if self._raw:
            return api.request_raw(op, *self._args(), *args, options=options, **params)
        return self._finish(verb, api.request(op, *self._args(), *args, options=options, **params))

    def _finish(self, verb: str, result: Any) -> Any:
        """Provider hook: reshape what an operation returns (MessageBird's `data[0]`)."""
        return result


class AsyncResource(_Base):
    """A resource of an async client."""

    def __init__(self, client: AsyncProviderClient) -> None:
        self._client = client
        self._raw = False

    async def _call(self, verb: str, args: tuple[Any, ...], params: dict[str, Any]) -> Any:
        options = _options(params)
        op = self._operation(verb)
        api = self._client._api
        if self._raw:
            return await api.request_raw(op, *self._args(), *args, options=options, **params)
        result = await api.request(op, *self._args(), *args, options=options, **params)
        return self._finish(verb, result)

    def _finish(self, verb: str, result: Any) -> Any:
        return result


_OPTION_NAMES = ("extra_headers", "extra_query", "extra_body", "timeout", "max_retries")


def _options(params: dict[str, Any]) -> RequestOptions | None:
    """Take the per-call options out of `params`."""
    if not any(name in params for name in _OPTION_NAMES):
        return None
    taken = {name: params.pop(name) for name in _OPTION_NAMES if name in params}
    return cast("RequestOptions", taken)


def _page_size(
    resource: List[Any] | AsyncList[Any],
    filters: dict[str, Any],
    limit: int | None,
    page_size: int | None,
) -> None:
    # (a `limit` that is no count is refused by the pipeline, naming it)
    if page_size is None and type(limit) is int and limit > 0 and resource._max_page_size:
        page_size = min(limit, resource._max_page_size)
    if page_size is not None:
        filters[resource._page_size_param] = page_size


# --------------------------------------------------------------------------- sync verbs


class Create(Resource, Generic[R]):
    def create(self, **params: Any) -> R:
        """Create one (never retried after it may have reached the provider)."""
        return self._call("create", (), params)  # type: ignore[no-any-return]


class Get(Resource, Generic[R]):
    def get(self, sid: str, **options: Any) -> R:
        """Fetch one by its id."""
        return self._call("get", (sid,), options)  # type: ignore[no-any-return]


class Update(Resource, Generic[R]):
    def update(self, sid: str, **params: Any) -> R:
        """Change one by its id."""
        return self._call("update", (sid,), params)  # type: ignore[no-any-return]


class Delete(Resource):
    def delete(self, sid: str, **options: Any) -> None:
        """Delete one by its id."""
        self._call("delete", (sid,), options)


class List(Resource, Generic[R]):
    # The generated keyword that sets the page size (Twilio `PageSize` -> "page_size").
    _page_size_param: ClassVar[str] = "page_size"
    # The largest page the API serves: with `limit` and no `page_size`, pages are sized
    # to the limit (up to this), so `limit=500` is one request, not ten of the default 50.
    _max_page_size: ClassVar[int | None] = None

    def list(
        self, *, limit: int | None = None, page_size: int | None = None, **filters: Any
    ) -> Pager[R]:
        """A lazy iterator over every record matching `filters`, fetching pages as consumed."""
        options = _options(filters)
        _page_size(self, filters, limit, page_size)
        return self._client._api.list(
            self._operation("list"),
            *self._args(),
            limit=limit,
            options=options,
            paging=self._client._paging,
            **filters,
        )


# --------------------------------------------------------------------------- async verbs


class AsyncCreate(AsyncResource, Generic[R]):
    async def create(self, **params: Any) -> R:
        """Create one (never retried after it may have reached the provider)."""
        return await self._call("create", (), params)  # type: ignore[no-any-return]


class AsyncGet(AsyncResource, Generic[R]):
    async def get(self, sid: str, **options: Any) -> R:
        """Fetch one by its id."""
        return await self._call("get", (sid,), options)  # type: ignore[no-any-return]


class AsyncUpdate(AsyncResource, Generic[R]):
    async def update(self, sid: str, **params: Any) -> R:
        """Change one by its id."""
        return await self._call("update", (sid,), params)  # type: ignore[no-any-return]


class AsyncDelete(AsyncResource):
    async def delete(self, sid: str, **options: Any) -> None:
        """Delete one by its id."""
        await self._call("delete", (sid,), options)


class AsyncList(AsyncResource, Generic[R]):
    _page_size_param: ClassVar[str] = "page_size"
    _max_page_size: ClassVar[int | None] = None

    def list(
        self, *, limit: int | None = None, page_size: int | None = None, **filters: Any
    ) -> AsyncPager[R]:
        """A lazy async iterator over every record matching `filters`."""
        options = _options(filters)
        _page_size(self, filters, limit, page_size)
        return self._client._api.list(
            self._operation("list"),
            *self._args(),
            limit=limit,
            options=options,
            paging=self._client._paging,
            **filters,
        )
