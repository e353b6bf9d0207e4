"""ActivityDuration: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import int_value as _rt_int_value

if TYPE_CHECKING:
    pass


class ActivityDuration(Record):
    """How long Workers spent in one Activity during the interval, in seconds.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("sid", "sid"),
        ("friendly_name", "friendly_name"),
        ("avg", "avg"),
        ("min_", "min"),
        ("max_", "max"),
        ("total", "total"),
    )

    @property
    def sid(self) -> str | None:
        """The SID of the Activity."""
        return self._data.get("sid")

    @property
    def friendly_name(self) -> str | None:
        """The `friendly_name` of the Activity."""
        return self._data.get("friendly_name")

    @property
    def avg(self) -> int | None:
        """The average time, in seconds."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("avg", _MISSING)
        if value is _MISSING:
            raw = self._data.get("avg")
            value = cache["avg"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def min_(self) -> int | None:
        """The shortest time, in seconds."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("min", _MISSING)
        if value is _MISSING:
            raw = self._data.get("min")
            value = cache["min"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def max_(self) -> int | None:
        """The longest time, in seconds."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("max", _MISSING)
        if value is _MISSING:
            raw = self._data.get("max")
            value = cache["max"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def total(self) -> int | None:
        """The total time, in seconds."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("total", _MISSING)
        if value is _MISSING:
            raw = self._data.get("total")
            value = cache["total"] = None if raw is None else _rt_int_value(raw)
        return value
