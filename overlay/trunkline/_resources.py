"""The verbs a resource offers, bound to generated operations; sync and async side by side.

A provider's resource is a small class that names its generated operations,
mixes in the verbs the API allows, and states each verb's typed signature for
type checkers, from the operation's generated `Params`:

    class Calls(Create, Get, Update, Delete, List):
        _ops = {"create": "calls.create_call", "get": "calls.fetch_call", ...}

        if TYPE_CHECKING:
            def create(self, **params: Unpack[create_call.Params]) -> Call: ...

The verbs here are defined for run time only (`if not TYPE_CHECKING`), so that
signature is the one users and mypy see. Nothing here imports httpx or the
generated code: operations load on first use.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, cast

if TYPE_CHECKING:
    from ._core import AsyncPager, Operation, Pager, RequestOptions
    from ._provider_client import AsyncProviderClient, SyncProviderClient

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
    resource: List | AsyncList,
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


class Create(Resource):
    if not TYPE_CHECKING:

        def create(self, **params):
            """Create one (never retried after it may have reached the provider)."""
            return self._call("create", (), params)


class Get(Resource):
    if not TYPE_CHECKING:

        def get(self, sid, **options):
            """Fetch one by its id."""
            return self._call("get", (sid,), options)


class Update(Resource):
    if not TYPE_CHECKING:

        def update(self, sid, **params):
            """Change one by its id."""
            return self._call("update", (sid,), params)


class Delete(Resource):
    if not TYPE_CHECKING:

        def delete(self, sid, **options):
            """Delete one by its id."""
            self._call("delete", (sid,), options)


class List(Resource):
    # The generated keyword that sets the page size (Twilio `PageSize` -> "page_size").
    _page_size_param: ClassVar[str] = "page_size"
    # The largest page the API serves: with `limit` and no `page_size`, pages are sized
    # to the limit (up to this), so `limit=500` is one request, not ten of the default 50.
    _max_page_size: ClassVar[int | None] = None

    def _list(
        self, limit: int | None, page_size: int | None, filters: dict[str, Any]
    ) -> Pager[Any]:
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

    if not TYPE_CHECKING:

        def list(self, *, limit=None, page_size=None, **filters):
            """A lazy iterator over every record matching `filters`, fetching pages as consumed."""
            return self._list(limit, page_size, filters)


# --------------------------------------------------------------------------- async verbs


class AsyncCreate(AsyncResource):
    if not TYPE_CHECKING:

        async def create(self, **params):
            """Create one (never retried after it may have reached the provider)."""
            return await self._call("create", (), params)


class AsyncGet(AsyncResource):
    if not TYPE_CHECKING:

        async def get(self, sid, **options):
            """Fetch one by its id."""
            return await self._call("get", (sid,), options)


class AsyncUpdate(AsyncResource):
    if not TYPE_CHECKING:

        async def update(self, sid, **params):
            """Change one by its id."""
            return await self._call("update", (sid,), params)


class AsyncDelete(AsyncResource):
    if not TYPE_CHECKING:

        async def delete(self, sid, **options):
            """Delete one by its id."""
            await self._call("delete", (sid,), options)


class AsyncList(AsyncResource):
    _page_size_param: ClassVar[str] = "page_size"
    _max_page_size: ClassVar[int | None] = None

    def _list(
        self, limit: int | None, page_size: int | None, filters: dict[str, Any]
    ) -> AsyncPager[Any]:
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

    if not TYPE_CHECKING:

        def list(self, *, limit=None, page_size=None, **filters):
            """A lazy async iterator over every record matching `filters`."""
            return self._list(limit, page_size, filters)
