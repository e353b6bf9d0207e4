"""HalLinks: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import model as _rt_model

if TYPE_CHECKING:
    from .hal_link import HalLink


def _conv_self_(value: Any) -> Any:
    from .hal_link import HalLink

    return _rt_model(HalLink)(value)


def _conv_next_(value: Any) -> Any:
    from .hal_link import HalLink

    return _rt_model(HalLink)(value)


def _conv_prev(value: Any) -> Any:
    from .hal_link import HalLink

    return _rt_model(HalLink)(value)


def _conv_first(value: Any) -> Any:
    from .hal_link import HalLink

    return _rt_model(HalLink)(value)


def _conv_last(value: Any) -> Any:
    from .hal_link import HalLink

    return _rt_model(HalLink)(value)


class HalLinks(Record):
    """HAL links; a page has `next` while more records follow.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("self_", "self"),
        ("next_", "next"),
        ("prev", "prev"),
        ("first", "first"),
        ("last", "last"),
    )

    @property
    def self_(self) -> HalLink | None:
        """The `self` field."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("self", _MISSING)
        if value is _MISSING:
            raw = self._data.get("self")
            value = cache["self"] = None if raw is None else _conv_self_(raw)
        return value

    @property
    def next_(self) -> HalLink | None:
        """The `next` field."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("next", _MISSING)
        if value is _MISSING:
            raw = self._data.get("next")
            value = cache["next"] = None if raw is None else _conv_next_(raw)
        return value

    @property
    def prev(self) -> HalLink | None:
        """The `prev` field."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("prev", _MISSING)
        if value is _MISSING:
            raw = self._data.get("prev")
            value = cache["prev"] = None if raw is None else _conv_prev(raw)
        return value

    @property
    def first(self) -> HalLink | None:
        """The `first` field."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("first", _MISSING)
        if value is _MISSING:
            raw = self._data.get("first")
            value = cache["first"] = None if raw is None else _conv_first(raw)
        return value

    @property
    def last(self) -> HalLink | None:
        """The `last` field."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("last", _MISSING)
        if value is _MISSING:
            raw = self._data.get("last")
            value = cache["last"] = None if raw is None else _conv_last(raw)
        return value
