"""Call: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import enum as _rt_enum
from ..._runtime import iso_datetime as _rt_iso_datetime
from .call_status import CallStatus

if TYPE_CHECKING:
    import datetime


_conv_status = _rt_enum(CallStatus)


class Call(Record):
    """Call record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("id", "id"),
        ("status", "status"),
        ("source", "source"),
        ("destination", "destination"),
        ("number_id", "numberId"),
        ("created_at", "createdAt"),
        ("updated_at", "updatedAt"),
        ("ended_at", "endedAt"),
        ("links", "_links"),
    )

    @property
    def id(self) -> str | None:
        """The unique id of the call."""
        return self._data.get("id")

    @property
    def status(self) -> CallStatus | str | None:
        """Where the call is in its life. node's typings also list `queued`."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("status", _MISSING)
        if value is _MISSING:
            raw = self._data.get("status")
            value = cache["status"] = None if raw is None else _conv_status(raw)
        return value

    @property
    def source(self) -> str | None:
        """The caller ID (a number without a leading `+`, or a SIP address)."""
        return self._data.get("source")

    @property
    def destination(self) -> str | None:
        """The number or SIP address called."""
        return self._data.get("destination")

    @property
    def number_id(self) -> str | None:
        """The id of the MessageBird number that took an inbound call."""
        return self._data.get("numberId")

    @property
    def created_at(self) -> datetime.datetime | None:
        """When the call was created."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("createdAt", _MISSING)
        if value is _MISSING:
            raw = self._data.get("createdAt")
            value = cache["createdAt"] = None if raw is None else _rt_iso_datetime(raw)
        return value

    @property
    def updated_at(self) -> datetime.datetime | None:
        """When the call was last updated."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("updatedAt", _MISSING)
        if value is _MISSING:
            raw = self._data.get("updatedAt")
            value = cache["updatedAt"] = None if raw is None else _rt_iso_datetime(raw)
        return value

    @property
    def ended_at(self) -> datetime.datetime | None:
        """When the call ended; missing or null while it goes on."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("endedAt", _MISSING)
        if value is _MISSING:
            raw = self._data.get("endedAt")
            value = cache["endedAt"] = None if raw is None else _rt_iso_datetime(raw)
        return value

    @property
    def links(self) -> dict[str, Any] | None:
        """Links to related resources, as paths relative to the host."""
        return self._data.get("_links")
