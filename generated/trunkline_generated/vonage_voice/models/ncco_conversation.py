"""NccoConversation: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import bool_value as _rt_bool_value
from ..._runtime import enum as _rt_enum
from .http_method import HttpMethod

if TYPE_CHECKING:
    pass


_conv_event_method = _rt_enum(HttpMethod)


class NccoConversation(Record):
    """Put the call in a named conversation (a conference).

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("action", "action"),
        ("name", "name"),
        ("music_on_hold_url", "musicOnHoldUrl"),
        ("start_on_enter", "startOnEnter"),
        ("end_on_exit", "endOnExit"),
        ("record", "record"),
        ("event_url", "eventUrl"),
        ("event_method", "eventMethod"),
    )

    @property
    def action(self) -> Literal["conversation"] | None:
        """The `action` field."""
        return self._data.get("action")

    @property
    def name(self) -> str | None:
        """The conversation's name."""
        return self._data.get("name")

    @property
    def music_on_hold_url(self) -> str | None:
        """Audio to play until the conversation starts."""
        return self._data.get("musicOnHoldUrl")

    @property
    def start_on_enter(self) -> bool | None:
        """Whether the conversation starts when this leg joins."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("startOnEnter", _MISSING)
        if value is _MISSING:
            raw = self._data.get("startOnEnter")
            value = cache["startOnEnter"] = None if raw is None else _rt_bool_value(raw)
        return value

    @property
    def end_on_exit(self) -> bool | None:
        """Whether the conversation ends when this leg leaves."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("endOnExit", _MISSING)
        if value is _MISSING:
            raw = self._data.get("endOnExit")
            value = cache["endOnExit"] = None if raw is None else _rt_bool_value(raw)
        return value

    @property
    def record(self) -> bool | None:
        """Whether to record the conversation."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("record", _MISSING)
        if value is _MISSING:
            raw = self._data.get("record")
            value = cache["record"] = None if raw is None else _rt_bool_value(raw)
        return value

    @property
    def event_url(self) -> list[str] | None:
        """The webhook that receives the conversation's events."""
        return self._data.get("eventUrl")

    @property
    def event_method(self) -> HttpMethod | str | None:
        """An HTTP method of a webhook request."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("eventMethod", _MISSING)
        if value is _MISSING:
            raw = self._data.get("eventMethod")
            value = cache["eventMethod"] = None if raw is None else _conv_event_method(raw)
        return value
