"""Recording: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import enum as _rt_enum
from ..._runtime import int_value as _rt_int_value
from ..._runtime import iso_datetime as _rt_iso_datetime
from .recording_format import RecordingFormat
from .recording_status import RecordingStatus

if TYPE_CHECKING:
    import datetime


_conv_format_ = _rt_enum(RecordingFormat)
_conv_status = _rt_enum(RecordingStatus)


class Recording(Record):
    """Recording record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("id", "id"),
        ("format_", "format"),
        ("leg_id", "legId"),
        ("status", "status"),
        ("duration", "duration"),
        ("type_", "type"),
        ("created_at", "createdAt"),
        ("updated_at", "updatedAt"),
        ("deleted_at", "deletedAt"),
        ("links", "_links"),
    )

    @property
    def id(self) -> str | None:
        """The unique id of the recording."""
        return self._data.get("id")

    @property
    def format_(self) -> RecordingFormat | str | None:
        """The file format of a recording."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("format", _MISSING)
        if value is _MISSING:
            raw = self._data.get("format")
            value = cache["format"] = None if raw is None else _conv_format_(raw)
        return value

    @property
    def leg_id(self) -> str | None:
        """The id of the leg recorded (go's tag spells it `legID`)."""
        return self._data.get("legId")

    @property
    def status(self) -> RecordingStatus | str | None:
        """Where the recording is; go lists the first four, php also `queued`, `paused` and
        `canceled`."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("status", _MISSING)
        if value is _MISSING:
            raw = self._data.get("status")
            value = cache["status"] = None if raw is None else _conv_status(raw)
        return value

    @property
    def duration(self) -> int | None:
        """How long the recording is, in whole seconds."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("duration", _MISSING)
        if value is _MISSING:
            raw = self._data.get("duration")
            value = cache["duration"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def type_(self) -> str | None:
        """What was recorded, e.g. `call`."""
        return self._data.get("type")

    @property
    def created_at(self) -> datetime.datetime | None:
        """When the recording was created."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("createdAt", _MISSING)
        if value is _MISSING:
            raw = self._data.get("createdAt")
            value = cache["createdAt"] = None if raw is None else _rt_iso_datetime(raw)
        return value

    @property
    def updated_at(self) -> datetime.datetime | None:
        """When the recording was last updated."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("updatedAt", _MISSING)
        if value is _MISSING:
            raw = self._data.get("updatedAt")
            value = cache["updatedAt"] = None if raw is None else _rt_iso_datetime(raw)
        return value

    @property
    def deleted_at(self) -> datetime.datetime | None:
        """When the recording was deleted; null while it exists."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("deletedAt", _MISSING)
        if value is _MISSING:
            raw = self._data.get("deletedAt")
            value = cache["deletedAt"] = None if raw is None else _rt_iso_datetime(raw)
        return value

    @property
    def links(self) -> dict[str, Any] | None:
        """Links to related resources, as paths relative to the host."""
        return self._data.get("_links")
