"""CallerNameInfo: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import int_value as _rt_int_value

if TYPE_CHECKING:
    pass


class CallerNameInfo(Record):
    """The `caller_name` package (CNAM, US numbers).

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("caller_name", "caller_name"),
        ("caller_type", "caller_type"),
        ("error_code", "error_code"),
    )

    @property
    def caller_name(self) -> str | None:
        """The name registered for the number."""
        return self._data.get("caller_name")

    @property
    def caller_type(self) -> str | None:
        """The type of the owner: `CONSUMER`, `BUSINESS` or `UNDETERMINED`."""
        return self._data.get("caller_type")

    @property
    def error_code(self) -> int | None:
        """Twilio's error code if the package could not be looked up; null otherwise."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("error_code", _MISSING)
        if value is _MISSING:
            raw = self._data.get("error_code")
            value = cache["error_code"] = None if raw is None else _rt_int_value(raw)
        return value
