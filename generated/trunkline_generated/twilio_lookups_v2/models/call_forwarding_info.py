"""CallForwardingInfo: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import bool_value as _rt_bool_value
from ..._runtime import int_value as _rt_int_value

if TYPE_CHECKING:
    pass


class CallForwardingInfo(Record):
    """The `call_forwarding` package.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("call_forwarding_enabled", "call_forwarding_enabled"),
        ("error_code", "error_code"),
    )

    @property
    def call_forwarding_enabled(self) -> bool | None:
        """Whether unconditional call forwarding is on for the number."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("call_forwarding_enabled", _MISSING)
        if value is _MISSING:
            raw = self._data.get("call_forwarding_enabled")
            value = cache["call_forwarding_enabled"] = None if raw is None else _rt_bool_value(raw)
        return value

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
