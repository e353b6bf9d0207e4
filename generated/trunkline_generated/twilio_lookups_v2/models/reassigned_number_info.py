"""ReassignedNumberInfo: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import iso_date as _rt_iso_date

if TYPE_CHECKING:
    import datetime


class ReassignedNumberInfo(Record):
    """The `reassigned_number` package (US numbers).

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("last_verified_date", "last_verified_date"),
        ("is_number_reassigned", "is_number_reassigned"),
        ("error_code", "error_code"),
    )

    @property
    def last_verified_date(self) -> datetime.date | None:
        """The `LastVerifiedDate` the answer is about, as a date (`2020-12-27`)."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("last_verified_date", _MISSING)
        if value is _MISSING:
            raw = self._data.get("last_verified_date")
            value = cache["last_verified_date"] = None if raw is None else _rt_iso_date(raw)
        return value

    @property
    def is_number_reassigned(self) -> str | None:
        """`yes`, `no` or `no_data_available`."""
        return self._data.get("is_number_reassigned")

    @property
    def error_code(self) -> str | None:
        """Twilio's error code if the package could not be looked up; null otherwise."""
        return self._data.get("error_code")
