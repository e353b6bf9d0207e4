"""ListQueueResponse: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import int_value as _rt_int_value
from ..._runtime import model_list as _rt_model_list

if TYPE_CHECKING:
    from .queue import Queue


def _conv_queues(value: Any) -> Any:
    from .queue import Queue

    return _rt_model_list(Queue)(value)


class ListQueueResponse(Record):
    """ListQueueResponse record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("end", "end"),
        ("first_page_uri", "first_page_uri"),
        ("next_page_uri", "next_page_uri"),
        ("page", "page"),
        ("page_size", "page_size"),
        ("previous_page_uri", "previous_page_uri"),
        ("start", "start"),
        ("uri", "uri"),
        ("queues", "queues"),
    )

    @property
    def end(self) -> int | None:
        """The index of the last record on this page."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("end", _MISSING)
        if value is _MISSING:
            raw = self._data.get("end")
            value = cache["end"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def first_page_uri(self) -> str | None:
        """The URI of the first page, relative to `https://api.twilio.com`."""
        return self._data.get("first_page_uri")

    @property
    def next_page_uri(self) -> str | None:
        """The URI of the next page, relative to `https://api.twilio.com`; null on the last page."""
        return self._data.get("next_page_uri")

    @property
    def page(self) -> int | None:
        """The index of this page, from 0."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("page", _MISSING)
        if value is _MISSING:
            raw = self._data.get("page")
            value = cache["page"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def page_size(self) -> int | None:
        """How many records a page holds."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("page_size", _MISSING)
        if value is _MISSING:
            raw = self._data.get("page_size")
            value = cache["page_size"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def previous_page_uri(self) -> str | None:
        """The URI of the previous page; null on the first page."""
        return self._data.get("previous_page_uri")

    @property
    def start(self) -> int | None:
        """The index of the first record on this page."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("start", _MISSING)
        if value is _MISSING:
            raw = self._data.get("start")
            value = cache["start"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def uri(self) -> str | None:
        """The URI of this page, relative to `https://api.twilio.com`."""
        return self._data.get("uri")

    @property
    def queues(self) -> list[Queue] | None:
        """The `queues` field."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("queues", _MISSING)
        if value is _MISSING:
            raw = self._data.get("queues")
            value = cache["queues"] = None if raw is None else _conv_queues(raw)
        return value
