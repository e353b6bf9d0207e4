"""PageMeta: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import int_value as _rt_int_value

if TYPE_CHECKING:
    pass


class PageMeta(Record):
    """Where a page of a v1 list sits: its own URL and the URLs of its neighbours.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("first_page_url", "first_page_url"),
        ("key", "key"),
        ("next_page_url", "next_page_url"),
        ("page", "page"),
        ("page_size", "page_size"),
        ("previous_page_url", "previous_page_url"),
        ("url", "url"),
    )

    @property
    def first_page_url(self) -> str | None:
        """The `first_page_url` field."""
        return self._data.get("first_page_url")

    @property
    def key(self) -> str | None:
        """The name of the property that holds the records."""
        return self._data.get("key")

    @property
    def next_page_url(self) -> str | None:
        """The next page, absolute; null on the last page."""
        return self._data.get("next_page_url")

    @property
    def page(self) -> int | None:
        """The `page` field."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("page", _MISSING)
        if value is _MISSING:
            raw = self._data.get("page")
            value = cache["page"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def page_size(self) -> int | None:
        """The `page_size` field."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("page_size", _MISSING)
        if value is _MISSING:
            raw = self._data.get("page_size")
            value = cache["page_size"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def previous_page_url(self) -> str | None:
        """The `previous_page_url` field."""
        return self._data.get("previous_page_url")

    @property
    def url(self) -> str | None:
        """The `url` field."""
        return self._data.get("url")
