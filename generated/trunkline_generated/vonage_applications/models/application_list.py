"""ApplicationList: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import int_value as _rt_int_value
from ..._runtime import model as _rt_model

if TYPE_CHECKING:
    from .application_list_embedded import ApplicationListEmbedded
    from .hal_links import HalLinks


def _conv_links(value: Any) -> Any:
    from .hal_links import HalLinks

    return _rt_model(HalLinks)(value)


def _conv_embedded(value: Any) -> Any:
    from .application_list_embedded import ApplicationListEmbedded

    return _rt_model(ApplicationListEmbedded)(value)


class ApplicationList(Record):
    """ApplicationList record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("page_size", "page_size"),
        ("page", "page"),
        ("total_items", "total_items"),
        ("total_pages", "total_pages"),
        ("links", "_links"),
        ("embedded", "_embedded"),
    )

    @property
    def page_size(self) -> int | None:
        """How many applications a page holds."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("page_size", _MISSING)
        if value is _MISSING:
            raw = self._data.get("page_size")
            value = cache["page_size"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def page(self) -> int | None:
        """This page's number, 1-based."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("page", _MISSING)
        if value is _MISSING:
            raw = self._data.get("page")
            value = cache["page"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def total_items(self) -> int | None:
        """How many applications there are, across pages."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("total_items", _MISSING)
        if value is _MISSING:
            raw = self._data.get("total_items")
            value = cache["total_items"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def total_pages(self) -> int | None:
        """How many pages there are."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("total_pages", _MISSING)
        if value is _MISSING:
            raw = self._data.get("total_pages")
            value = cache["total_pages"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def links(self) -> HalLinks | None:
        """HAL links; a page has `next` while more records follow."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("_links", _MISSING)
        if value is _MISSING:
            raw = self._data.get("_links")
            value = cache["_links"] = None if raw is None else _conv_links(raw)
        return value

    @property
    def embedded(self) -> ApplicationListEmbedded | None:
        """The `_embedded` field."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("_embedded", _MISSING)
        if value is _MISSING:
            raw = self._data.get("_embedded")
            value = cache["_embedded"] = None if raw is None else _conv_embedded(raw)
        return value
