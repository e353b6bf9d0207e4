"""Transcription: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import enum as _rt_enum
from ..._runtime import iso_datetime as _rt_iso_datetime
from .transcription_status import TranscriptionStatus

if TYPE_CHECKING:
    import datetime


_conv_status = _rt_enum(TranscriptionStatus)


class Transcription(Record):
    """Transcription record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("id", "id"),
        ("recording_id", "recordingId"),
        ("leg_id", "legId"),
        ("status", "status"),
        ("error", "error"),
        ("created_at", "createdAt"),
        ("updated_at", "updatedAt"),
        ("links", "_links"),
    )

    @property
    def id(self) -> str | None:
        """The unique id of the transcription."""
        return self._data.get("id")

    @property
    def recording_id(self) -> str | None:
        """The id of the recording transcribed."""
        return self._data.get("recordingId")

    @property
    def leg_id(self) -> str | None:
        """The id of the recording's leg (py reads it)."""
        return self._data.get("legId")

    @property
    def status(self) -> TranscriptionStatus | str | None:
        """Where the transcription is."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("status", _MISSING)
        if value is _MISSING:
            raw = self._data.get("status")
            value = cache["status"] = None if raw is None else _conv_status(raw)
        return value

    @property
    def error(self) -> str | None:
        """What went wrong, if the transcription failed."""
        return self._data.get("error")

    @property
    def created_at(self) -> datetime.datetime | None:
        """When the transcription was asked for."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("createdAt", _MISSING)
        if value is _MISSING:
            raw = self._data.get("createdAt")
            value = cache["createdAt"] = None if raw is None else _rt_iso_datetime(raw)
        return value

    @property
    def updated_at(self) -> datetime.datetime | None:
        """When the transcription was last updated."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("updatedAt", _MISSING)
        if value is _MISSING:
            raw = self._data.get("updatedAt")
            value = cache["updatedAt"] = None if raw is None else _rt_iso_datetime(raw)
        return value

    @property
    def links(self) -> dict[str, Any] | None:
        """Links to related resources, as paths relative to the host."""
        return self._data.get("_links")
