"""Leg: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import enum as _rt_enum
from ..._runtime import int_value as _rt_int_value
from ..._runtime import iso_datetime as _rt_iso_datetime
from ..._runtime import number_value as _rt_number_value
from .leg_direction import LegDirection
from .leg_status import LegStatus

if TYPE_CHECKING:
    import datetime


_conv_status = _rt_enum(LegStatus)
_conv_direction = _rt_enum(LegDirection)


class Leg(Record):
    """Leg record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("id", "id"),
        ("call_id", "callId"),
        ("source", "source"),
        ("destination", "destination"),
        ("status", "status"),
        ("direction", "direction"),
        ("cost", "cost"),
        ("currency", "currency"),
        ("duration", "duration"),
        ("created_at", "createdAt"),
        ("updated_at", "updatedAt"),
        ("answered_at", "answeredAt"),
        ("ended_at", "endedAt"),
        ("links", "_links"),
    )

    @property
    def id(self) -> str | None:
        """The unique id of the leg."""
        return self._data.get("id")

    @property
    def call_id(self) -> str | None:
        """The id of the call the leg belongs to (go's tag spells it `callID`)."""
        return self._data.get("callId")

    @property
    def source(self) -> str | None:
        """The number or SIP address making the connection."""
        return self._data.get("source")

    @property
    def destination(self) -> str | None:
        """The number or SIP address connected to."""
        return self._data.get("destination")

    @property
    def status(self) -> LegStatus | str | None:
        """Where the leg is in its life."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("status", _MISSING)
        if value is _MISSING:
            raw = self._data.get("status")
            value = cache["status"] = None if raw is None else _conv_status(raw)
        return value

    @property
    def direction(self) -> LegDirection | str | None:
        """`incoming`: someone called a number; `outgoing`: a transfer, or a call started through
        the API."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("direction", _MISSING)
        if value is _MISSING:
            raw = self._data.get("direction")
            value = cache["direction"] = None if raw is None else _conv_direction(raw)
        return value

    @property
    def cost(self) -> float | None:
        """What the leg cost, in `currency`."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("cost", _MISSING)
        if value is _MISSING:
            raw = self._data.get("cost")
            value = cache["cost"] = None if raw is None else _rt_number_value(raw)
        return value

    @property
    def currency(self) -> str | None:
        """The ISO 4217 code of `cost`'s currency."""
        return self._data.get("currency")

    @property
    def duration(self) -> int | None:
        """How long the leg lasted, in whole seconds."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("duration", _MISSING)
        if value is _MISSING:
            raw = self._data.get("duration")
            value = cache["duration"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def created_at(self) -> datetime.datetime | None:
        """When the leg was created."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("createdAt", _MISSING)
        if value is _MISSING:
            raw = self._data.get("createdAt")
            value = cache["createdAt"] = None if raw is None else _rt_iso_datetime(raw)
        return value

    @property
    def updated_at(self) -> datetime.datetime | None:
        """When the leg was last updated."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("updatedAt", _MISSING)
        if value is _MISSING:
            raw = self._data.get("updatedAt")
            value = cache["updatedAt"] = None if raw is None else _rt_iso_datetime(raw)
        return value

    @property
    def answered_at(self) -> datetime.datetime | None:
        """When the leg was answered; null if it was not."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("answeredAt", _MISSING)
        if value is _MISSING:
            raw = self._data.get("answeredAt")
            value = cache["answeredAt"] = None if raw is None else _rt_iso_datetime(raw)
        return value

    @property
    def ended_at(self) -> datetime.datetime | None:
        """When the leg ended; null while it goes on."""
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
