"""QueueMember: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import int_value as _rt_int_value
from ..._runtime import rfc2822_datetime as _rt_rfc2822_datetime

if TYPE_CHECKING:
    import datetime


class QueueMember(Record):
    """QueueMember record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("call_sid", "call_sid"),
        ("date_enqueued", "date_enqueued"),
        ("position", "position"),
        ("uri", "uri"),
        ("wait_time", "wait_time"),
        ("queue_sid", "queue_sid"),
    )

    @property
    def call_sid(self) -> str | None:
        """The SID of the [Call](https://www.twilio.com/docs/voice/api/call-resource) the Member
        resource is associated with."""
        return self._data.get("call_sid")

    @property
    def date_enqueued(self) -> datetime.datetime | None:
        """The date that the member was enqueued, given in RFC 2822 format."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("date_enqueued", _MISSING)
        if value is _MISSING:
            raw = self._data.get("date_enqueued")
            value = cache["date_enqueued"] = None if raw is None else _rt_rfc2822_datetime(raw)
        return value

    @property
    def position(self) -> int | None:
        """This member's current position in the queue."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("position", _MISSING)
        if value is _MISSING:
            raw = self._data.get("position")
            value = cache["position"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def uri(self) -> str | None:
        """The URI of the resource, relative to `https://api.twilio.com`."""
        return self._data.get("uri")

    @property
    def wait_time(self) -> int | None:
        """The number of seconds the member has been in the queue."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("wait_time", _MISSING)
        if value is _MISSING:
            raw = self._data.get("wait_time")
            value = cache["wait_time"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def queue_sid(self) -> str | None:
        """The SID of the Queue the member is in."""
        return self._data.get("queue_sid")
