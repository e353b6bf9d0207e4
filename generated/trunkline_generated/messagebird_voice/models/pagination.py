"""Pagination: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import Record

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
        return self._data.get("totalCount")

    @property
    def page_count(self) -> int | None:
        """Number of pages."""
        return self._data.get("pageCount")

    @property
    def current_page(self) -> int | None:
        """The page returned, 1-based."""
        return self._data.get("currentPage")

    @property
    def per_page(self) -> int | None:
        """Page size."""
        return self._data.get("perPage")
