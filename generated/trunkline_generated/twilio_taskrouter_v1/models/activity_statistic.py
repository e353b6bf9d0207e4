"""ActivityStatistic: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import int_value as _rt_int_value

if TYPE_CHECKING:
    pass


class ActivityStatistic(Record):
    """How many Workers are in one Activity right now.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("sid", "sid"),
        ("friendly_name", "friendly_name"),
        ("workers", "workers"),
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
    def workers(self) -> int | None:
        """The number of Workers in the Activity."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("workers", _MISSING)
        if value is _MISSING:
            raw = self._data.get("workers")
            value = cache["workers"] = None if raw is None else _rt_int_value(raw)
        return value
