"""Pagination: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import int_value as _rt_int_value

if TYPE_CHECKING:
    pass


class Pagination(Record):
    """Where a page sits in the list (all 0 on the odd single read).

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("total_count", "totalCount"),
        ("page_count", "pageCount"),
        ("current_page", "currentPage"),
        ("per_page", "perPage"),
    )

    @property
    def total_count(self) -> int | None:
        """Items across all pages."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("totalCount", _MISSING)
        if value is _MISSING:
            raw = self._data.get("totalCount")
            value = cache["totalCount"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def page_count(self) -> int | None:
        """Number of pages."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("pageCount", _MISSING)
        if value is _MISSING:
            raw = self._data.get("pageCount")
            value = cache["pageCount"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def current_page(self) -> int | None:
        """The page returned, 1-based."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("currentPage", _MISSING)
        if value is _MISSING:
            raw = self._data.get("currentPage")
            value = cache["currentPage"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def per_page(self) -> int | None:
        """Page size."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("perPage", _MISSING)
        if value is _MISSING:
            raw = self._data.get("perPage")
            value = cache["perPage"] = None if raw is None else _rt_int_value(raw)
        return value
