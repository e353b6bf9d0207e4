"""OutboundCallPrice: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import decimal_string as _rt_decimal_string

if TYPE_CHECKING:
    import decimal


class OutboundCallPrice(Record):
    """The price per minute to call one number.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("base_price", "base_price"),
        ("current_price", "current_price"),
    )

    @property
    def base_price(self) -> decimal.Decimal | None:
        """The retail price per minute, in `price_unit`."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("base_price", _MISSING)
        if value is _MISSING:
            raw = self._data.get("base_price")
            value = cache["base_price"] = None if raw is None else _rt_decimal_string(raw)
        return value

    @property
    def current_price(self) -> decimal.Decimal | None:
        """The price per minute that applies to this account (after volume or custom discounts), in
        `price_unit`."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("current_price", _MISSING)
        if value is _MISSING:
            raw = self._data.get("current_price")
            value = cache["current_price"] = None if raw is None else _rt_decimal_string(raw)
        return value
