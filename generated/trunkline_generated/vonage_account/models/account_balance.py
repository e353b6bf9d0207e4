"""AccountBalance: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import bool_value as _rt_bool_value
from ..._runtime import decimal_string as _rt_decimal_string

if TYPE_CHECKING:
    import decimal


class AccountBalance(Record):
    """AccountBalance record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("value", "value"),
        ("auto_reload", "autoReload"),
    )

    @property
    def value(self) -> decimal.Decimal | None:
        """The balance, in EUR (a JSON number)."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("value", _MISSING)
        if value is _MISSING:
            raw = self._data.get("value")
            value = cache["value"] = None if raw is None else _rt_decimal_string(raw)
        return value

    @property
    def auto_reload(self) -> bool | None:
        """Whether auto-reload is on."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("autoReload", _MISSING)
        if value is _MISSING:
            raw = self._data.get("autoReload")
            value = cache["autoReload"] = None if raw is None else _rt_bool_value(raw)
        return value
