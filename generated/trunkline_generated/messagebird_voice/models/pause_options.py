"""PauseOptions: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import int_value as _rt_int_value

if TYPE_CHECKING:
    pass


class PauseOptions(Record):
    """PauseOptions record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (("length", "length"),)

    @property
    def length(self) -> int | None:
        """How long to stay silent, in whole seconds (go truncates its Duration to seconds)."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("length", _MISSING)
        if value is _MISSING:
            raw = self._data.get("length")
            value = cache["length"] = None if raw is None else _rt_int_value(raw)
        return value
