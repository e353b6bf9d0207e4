"""Error: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import int_value as _rt_int_value

if TYPE_CHECKING:
    pass


class Error(Record):
    """Error record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("code", "code"),
        ("message", "message"),
        ("more_info", "more_info"),
        ("status", "status"),
    )

    @property
    def code(self) -> int | None:
        """Twilio's error code (see the [Error
        Dictionary](https://www.twilio.com/docs/api/errors))."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("code", _MISSING)
        if value is _MISSING:
            raw = self._data.get("code")
            value = cache["code"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def message(self) -> str | None:
        """What went wrong, in English."""
        return self._data.get("message")

    @property
    def more_info(self) -> str | None:
        """The documentation page of the error code."""
        return self._data.get("more_info")

    @property
    def status(self) -> int | None:
        """The HTTP status code."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("status", _MISSING)
        if value is _MISSING:
            raw = self._data.get("status")
            value = cache["status"] = None if raw is None else _rt_int_value(raw)
        return value
