"""CallList: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import int_value as _rt_int_value
from ..._runtime import model as _rt_model

if TYPE_CHECKING:
    from .call_list_embedded import CallListEmbedded
    from .hal_links import HalLinks


def _conv_links(value: Any) -> Any:
    from .hal_links import HalLinks

    return _rt_model(HalLinks)(value)


def _conv_embedded(value: Any) -> Any:
    from .call_list_embedded import CallListEmbedded

    return _rt_model(CallListEmbedded)(value)


class CallList(Record):
    """CallList record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("count", "count"),
        ("page_size", "page_size"),
        ("record_index", "record_index"),
        ("links", "_links"),
        ("embedded", "_embedded"),
    )

    @property
    def count(self) -> int | None:
        """How many calls match, across pages."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("count", _MISSING)
        if value is _MISSING:
            raw = self._data.get("count")
            value = cache["count"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def page_size(self) -> int | None:
        """How many calls a page holds."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("page_size", _MISSING)
        if value is _MISSING:
            raw = self._data.get("page_size")
            value = cache["page_size"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def record_index(self) -> int | None:
        """The index of the first call of this page."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("record_index", _MISSING)
        if value is _MISSING:
            raw = self._data.get("record_index")
            value = cache["record_index"] = None if raw is None else _rt_int_value(raw)
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
    def embedded(self) -> CallListEmbedded | None:
        """The `_embedded` field."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("_embedded", _MISSING)
        if value is _MISSING:
            raw = self._data.get("_embedded")
            value = cache["_embedded"] = None if raw is None else _conv_embedded(raw)
        return value
