"""PhonePricing: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import decimal_string as _rt_decimal_string

if TYPE_CHECKING:
    import decimal


class PhonePricing(Record):
    """PhonePricing record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("country_code", "country-code"),
        ("network", "network"),
        ("phone", "phone"),
        ("price", "price"),
    )

    @property
    def country_code(self) -> str | None:
        """The number's country calling code."""
        return self._data.get("country-code")

    @property
    def network(self) -> str | None:
        """The MCC and MNC of the number's network."""
        return self._data.get("network")

    @property
    def phone(self) -> str | None:
        """The number priced."""
        return self._data.get("phone")

    @property
    def price(self) -> decimal.Decimal | None:
        """The price of a message or a minute to this number, in EUR."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("price", _MISSING)
        if value is _MISSING:
            raw = self._data.get("price")
            value = cache["price"] = None if raw is None else _rt_decimal_string(raw)
        return value
