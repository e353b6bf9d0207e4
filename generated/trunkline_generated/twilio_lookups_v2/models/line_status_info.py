"""LineStatusInfo: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import int_value as _rt_int_value

if TYPE_CHECKING:
    pass


class LineStatusInfo(Record):
    """The `line_status` package.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("status", "status"),
        ("error_code", "error_code"),
    )

    @property
    def status(self) -> str | None:
        """The status of the line, e.g. `active`, `inactive`, `unreachable`, `unknown`."""
        return self._data.get("status")

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
