"""LastSimSwapInfo: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import bool_value as _rt_bool_value
from ..._runtime import iso_datetime as _rt_iso_datetime

if TYPE_CHECKING:
    import datetime


class LastSimSwapInfo(Record):
    """When the number's SIM was last changed.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("last_sim_swap_date", "last_sim_swap_date"),
        ("swapped_period", "swapped_period"),
        ("swapped_in_period", "swapped_in_period"),
    )

    @property
    def last_sim_swap_date(self) -> datetime.datetime | None:
        """When the SIM was last changed, if the carrier tells."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("last_sim_swap_date", _MISSING)
        if value is _MISSING:
            raw = self._data.get("last_sim_swap_date")
            value = cache["last_sim_swap_date"] = None if raw is None else _rt_iso_datetime(raw)
        return value

    @property
    def swapped_period(self) -> str | None:
        """The period `swapped_in_period` is about, as an ISO 8601 duration (`PT24H`)."""
        return self._data.get("swapped_period")

    @property
    def swapped_in_period(self) -> bool | None:
        """Whether the SIM was changed within `swapped_period`."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("swapped_in_period", _MISSING)
        if value is _MISSING:
            raw = self._data.get("swapped_in_period")
            value = cache["swapped_in_period"] = None if raw is None else _rt_bool_value(raw)
        return value
