"""PricingNetwork: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import decimal_string as _rt_decimal_string

if TYPE_CHECKING:
    import decimal


class PricingNetwork(Record):
    """The price to one network.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("type_", "type"),
        ("price", "price"),
        ("currency", "currency"),
        ("mcc", "mcc"),
        ("mnc", "mnc"),
        ("network_code", "networkCode"),
        ("network_name", "networkName"),
    )

    @property
    def type_(self) -> str | None:
        """The kind of network (`mobile`, `landline`)."""
        return self._data.get("type")

    @property
    def price(self) -> decimal.Decimal | None:
        """The price of a message or a minute to this network."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("price", _MISSING)
        if value is _MISSING:
            raw = self._data.get("price")
            value = cache["price"] = None if raw is None else _rt_decimal_string(raw)
        return value

    @property
    def currency(self) -> str | None:
        """The currency of `price`."""
        return self._data.get("currency")

    @property
    def mcc(self) -> str | None:
        """The operator's Mobile Country Code."""
        return self._data.get("mcc")

    @property
    def mnc(self) -> str | None:
        """The operator's Mobile Network Code."""
        return self._data.get("mnc")

    @property
    def network_code(self) -> str | None:
        """MCC and MNC together, the operator's unique reference."""
        return self._data.get("networkCode")

    @property
    def network_name(self) -> str | None:
        """The operator's name."""
        return self._data.get("networkName")
