"""ListEventResponse: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import model as _rt_model
from ..._runtime import model_list as _rt_model_list

if TYPE_CHECKING:
    from .event import Event
    from .page_meta import PageMeta


def _conv_events(value: Any) -> Any:
    from .event import Event

    return _rt_model_list(Event)(value)


def _conv_meta(value: Any) -> Any:
    from .page_meta import PageMeta

    return _rt_model(PageMeta)(value)


class ListEventResponse(Record):
    """ListEventResponse record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("events", "events"),
        ("meta", "meta"),
    )

    @property
    def events(self) -> list[Event] | None:
        """The `events` field."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("events", _MISSING)
        if value is _MISSING:
            raw = self._data.get("events")
            value = cache["events"] = None if raw is None else _conv_events(raw)
        return value

    @property
    def meta(self) -> PageMeta | None:
        """Where a page of a Twilio v1 list sits; `next_page_url` is null on the last page."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("meta", _MISSING)
        if value is _MISSING:
            raw = self._data.get("meta")
            value = cache["meta"] = None if raw is None else _conv_meta(raw)
        return value
