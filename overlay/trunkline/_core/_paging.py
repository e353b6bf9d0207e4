"""Lazy pages: one pager (sync and async) and one small strategy per paging style.

A pager fetches a page only when the consumer reaches it, yields records
across page boundaries and stops at `limit` records without fetching more.
A strategy only reads a decoded page: where its records are and what the next
page is, either a link to follow or query parameters to change:

| strategy            | records                    | next page                                   |
| ------------------- | -------------------------- | ------------------------------------------- |
| `TwilioPaging`      | `payload[ITEMS_KEY]`       | `next_page_uri` (host-relative, null at end)|
| `TwilioV1Paging`    | `payload[meta.key]`        | `meta.next_page_url` (absolute)             |
| `MessageBirdPaging` | `data`                     | `page=currentPage+1` while < `pageCount`    |
| `VonageHALPaging`   | `_embedded.<key>`          | `_links.next.href`, else `page_index + 1`   |
| `AutoPaging`        | whichever of the above the page's shape shows             |
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from typing import Any, Generic, NamedTuple, Protocol, TypeVar

R = TypeVar("R", covariant=True)  # noqa: PLC0105 - a pager of subclass records is a pager of records

__all__ = [
    "AsyncPager",
    "AutoPaging",
    "MessageBirdPaging",
    "NextPage",
    "Page",
    "Pager",
    "PagingStrategy",
    "TwilioPaging",
    "TwilioV1Paging",
    "VonageHALPaging",
    "strategy_for",
]


class NextPage(NamedTuple):
    """How to get the next page: follow `link`, or resend with `params` changed."""

    link: str | None = None
    params: Mapping[str, Any] | None = None


class PagingStrategy(Protocol):
    """Reads one decoded page of a list operation."""

    def items(self, payload: Any, items_key: str | None) -> list[Any]:
        """The raw records of this page."""
        ...

    def next_page(self, payload: Any) -> NextPage | None:
        """The next page, or None after the last."""
        ...


def _dig(payload: Any, *keys: str) -> Any:
    for key in keys:
        if not isinstance(payload, dict):
            return None
        payload = payload.get(key)
    return payload


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _items_at(payload: Any, items_key: str | None) -> list[Any]:
    if not items_key:
        return []
    return _as_list(_dig(payload, *items_key.split(".")))


class TwilioPaging:
    """Twilio 2010 API: records under ITEMS_KEY, `next_page_uri` host-relative."""

    __slots__ = ()

    def items(self, payload: Any, items_key: str | None) -> list[Any]:
        """The raw records of this page."""
        return _items_at(payload, items_key)

    def next_page(self, payload: Any) -> NextPage | None:
        """The next page, or None after the last."""
        link = _dig(payload, "next_page_uri")
        return NextPage(link=link) if isinstance(link, str) and link else None


class TwilioV1Paging:
    """Twilio v1+ APIs: records under `meta.key`, `meta.next_page_url` absolute."""

    __slots__ = ()

    def items(self, payload: Any, items_key: str | None) -> list[Any]:
        """The raw records of this page."""
        key = _dig(payload, "meta", "key")
        return _items_at(payload, key if isinstance(key, str) else items_key)

    def next_page(self, payload: Any) -> NextPage | None:
        """The next page, or None after the last."""
        link = _dig(payload, "meta", "next_page_url")
        return NextPage(link=link) if isinstance(link, str) and link else None


class MessageBirdPaging:
    """MessageBird: records under `data`, `pagination.currentPage` < `pageCount` -> `page+1`."""

    __slots__ = ()

    def items(self, payload: Any, items_key: str | None) -> list[Any]:
        """The raw records of this page."""
        return _as_list(_dig(payload, "data"))

    def next_page(self, payload: Any) -> NextPage | None:
        """The next page, or None after the last."""
        current = _dig(payload, "pagination", "currentPage")
        count = _dig(payload, "pagination", "pageCount")
        if isinstance(current, int) and isinstance(count, int) and current < count:
            return NextPage(params={"page": current + 1})
        return None


class VonageHALPaging:
    """Vonage HAL: records under `_embedded.<key>`, next from `_links.next.href`."""

    __slots__ = ()

    def items(self, payload: Any, items_key: str | None) -> list[Any]:
        """The raw records of this page."""
        embedded = _dig(payload, "_embedded")
        if isinstance(embedded, dict):
            key = items_key.rpartition(".")[2] if items_key else None
            if key in embedded:
                return _as_list(embedded[key])
            lists = [v for v in embedded.values() if isinstance(v, list)]
            if len(lists) == 1:
                return lists[0]
        return _items_at(payload, items_key)

    def next_page(self, payload: Any) -> NextPage | None:
        """The next page, or None after the last."""
        link = _dig(payload, "_links", "next", "href")
        if isinstance(link, str) and link:
            return NextPage(link=link)
        index = _dig(payload, "page_index")
        total = _dig(payload, "total_pages")
        if isinstance(index, int) and isinstance(total, int) and index < total:
            return NextPage(params={"page_index": index + 1})
        return None


class AutoPaging:
    """Picks the strategy from each page's shape (for operations that don't name one)."""

    __slots__ = ()

    def _strategy(self, payload: Any) -> PagingStrategy:
        if isinstance(payload, dict):
            if "next_page_uri" in payload:
                return _TWILIO
            if isinstance(payload.get("meta"), dict):
                return _TWILIO_V1
            if "pagination" in payload:
                return _MESSAGEBIRD
            if "_embedded" in payload or "_links" in payload:
                return _VONAGE
        return _TWILIO

    def items(self, payload: Any, items_key: str | None) -> list[Any]:
        """The raw records of this page."""
        return self._strategy(payload).items(payload, items_key)

    def next_page(self, payload: Any) -> NextPage | None:
        """The next page, or None after the last."""
        return self._strategy(payload).next_page(payload)


_TWILIO = TwilioPaging()
_TWILIO_V1 = TwilioV1Paging()
_MESSAGEBIRD = MessageBirdPaging()
_VONAGE = VonageHALPaging()
_AUTO = AutoPaging()
# The spec's `x-trunkline.paging` -> its strategy.
_BY_NAME: dict[str, PagingStrategy] = {
    "twilio": _TWILIO,
    "twilio-v1": _TWILIO_V1,
    "messagebird": _MESSAGEBIRD,
    "vonage-hal": _VONAGE,
}


def strategy_for(name: str | None) -> PagingStrategy:
    """The strategy a spec names (`AutoPaging` when it names none)."""
    if name is None:
        return _AUTO
    try:
        return _BY_NAME[name]
    except KeyError:
        raise ValueError(f"unknown paging style {name!r}") from None


class Page(Generic[R]):
    """One fetched page: its records and the decoded body it came in."""

    __slots__ = ("items", "payload")

    def __init__(self, items: list[R], payload: Any) -> None:
        self.items = items
        self.payload = payload

    def __iter__(self) -> Iterator[R]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __repr__(self) -> str:
        return f"<Page of {len(self.items)} records>"


class _Walk:
    """The part of a walk over pages that does no I/O: cut to the limit, find the next page."""

    __slots__ = ("_items_key", "_remaining", "_strategy")

    def __init__(self, strategy: PagingStrategy, items_key: str | None, limit: int | None) -> None:
        self._strategy = strategy
        self._items_key = items_key
        self._remaining = limit

    @property
    def done(self) -> bool:
        return self._remaining == 0

    def take(self, payload: Any) -> tuple[list[Any], NextPage | None]:
        """This page's raw records (cut to the limit) and the next page, if any."""
        raw = self._strategy.items(payload, self._items_key)
        if self._remaining is not None:
            raw = raw[: self._remaining]
            self._remaining -= len(raw)
        if self._remaining == 0:
            return raw, None
        return raw, self._strategy.next_page(payload)


# A pager is given its first request and two callables of the client: `fetch`
# (request -> decoded payload, through the whole pipeline) and `follow`
# (request, NextPage -> the next request, or None if it would repeat this one).
Fetch = Callable[[Any], Any]
Follow = Callable[[Any, NextPage], Any]


class Pager(Generic[R]):
    """A lazy iterator over every record of a list operation; `.pages()` walks page by page."""

    def __init__(
        self,
        first: Any,
        *,
        fetch: Fetch,
        follow: Follow,
        strategy: PagingStrategy,
        parse_item: Callable[[Any], R],
        items_key: str | None,
        limit: int | None,
    ) -> None:
        self._first = first
        self._fetch = fetch
        self._follow = follow
        self._parse = parse_item
        self._walk_args = (strategy, items_key, limit)
        self._records: Iterator[R] | None = None

    def __iter__(self) -> Iterator[R]:
        return self

    def __next__(self) -> R:
        if self._records is None:
            self._records = self._each_record()
        return next(self._records)

    def _each_record(self) -> Iterator[R]:
        # Records are made as they are consumed, and a page is let go before the
        # next fetch: streaming any number of records holds one page at a time.
        parse = self._parse
        for raw, payload in self._raw_pages():
            del payload
            yield from map(parse, raw)
            del raw

    def pages(self) -> Iterator[Page[R]]:
        """Each page in turn, fetched as reached (a new walk from the first page)."""
        parse = self._parse
        for raw, payload in self._raw_pages():
            yield Page([parse(item) for item in raw], payload)
            del raw, payload

    def _raw_pages(self) -> Iterator[tuple[list[Any], Any]]:
        walk = _Walk(*self._walk_args)
        request = self._first
        while not walk.done:
            payload = self._fetch(request)
            raw, following = walk.take(payload)
            yield raw, payload
            del raw, payload  # not alive during the next fetch
            if following is None:
                return
            request = self._follow(request, following)
            if request is None:
                return


class AsyncPager(Generic[R]):
    """A lazy async iterator over every record of a list operation; `.pages()` page by page."""

    def __init__(
        self,
        first: Any,
        *,
        fetch: Callable[[Any], Awaitable[Any]],
        follow: Follow,
        strategy: PagingStrategy,
        parse_item: Callable[[Any], R],
        items_key: str | None,
        limit: int | None,
    ) -> None:
        self._first = first
        self._fetch = fetch
        self._follow = follow
        self._parse = parse_item
        self._walk_args = (strategy, items_key, limit)
        self._records: AsyncIterator[R] | None = None

    def __aiter__(self) -> AsyncIterator[R]:
        return self

    async def __anext__(self) -> R:
        if self._records is None:
            self._records = self._each_record()
        return await self._records.__anext__()

    async def _each_record(self) -> AsyncIterator[R]:
        parse = self._parse  # one page at a time, as in `Pager._each_record`
        async for raw, payload in self._raw_pages():
            del payload
            for record in map(parse, raw):
                yield record
            del raw

    async def pages(self) -> AsyncIterator[Page[R]]:
        """Each page in turn, fetched as reached (a new walk from the first page)."""
        parse = self._parse
        async for raw, payload in self._raw_pages():
            yield Page([parse(item) for item in raw], payload)
            del raw, payload

    async def _raw_pages(self) -> AsyncIterator[tuple[list[Any], Any]]:
        walk = _Walk(*self._walk_args)
        request = self._first
        while not walk.done:
            payload = await self._fetch(request)
            raw, following = walk.take(payload)
            yield raw, payload
            del raw, payload
            if following is None:
                return
            request = self._follow(request, following)
            if request is None:
                return
