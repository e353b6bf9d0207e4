"""CallFlow: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import bool_value as _rt_bool_value
from ..._runtime import iso_datetime as _rt_iso_datetime

if TYPE_CHECKING:
    import datetime


class CallFlow(Record):
    """CallFlow record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("id", "id"),
        ("title", "title"),
        ("record", "record"),
        ("default", "default"),
        ("steps", "steps"),
        ("created_at", "createdAt"),
        ("updated_at", "updatedAt"),
        ("links", "_links"),
    )

    @property
    def id(self) -> str | None:
        """The unique id of the call flow."""
        return self._data.get("id")

    @property
    def title(self) -> str | None:
        """The call flow's name."""
        return self._data.get("title")

    @property
    def record(self) -> bool | None:
        """Whether every call this flow runs is recorded in full."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("record", _MISSING)
        if value is _MISSING:
            raw = self._data.get("record")
            value = cache["record"] = None if raw is None else _rt_bool_value(raw)
        return value

    @property
    def default(self) -> bool | None:
        """Whether this flow serves inbound numbers that have none of their own."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("default", _MISSING)
        if value is _MISSING:
            raw = self._data.get("default")
            value = cache["default"] = None if raw is None else _rt_bool_value(raw)
        return value

    @property
    def steps(self) -> list[dict[str, Any]] | None:
        """The steps, run in order."""
        return self._data.get("steps")

    @property
    def created_at(self) -> datetime.datetime | None:
        """When the call flow was created."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("createdAt", _MISSING)
        if value is _MISSING:
            raw = self._data.get("createdAt")
            value = cache["createdAt"] = None if raw is None else _rt_iso_datetime(raw)
        return value

    @property
    def updated_at(self) -> datetime.datetime | None:
        """When the call flow was last updated."""
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
