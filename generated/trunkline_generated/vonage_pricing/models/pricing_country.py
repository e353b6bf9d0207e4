"""PricingCountry: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import decimal_string as _rt_decimal_string
from ..._runtime import model_list as _rt_model_list

if TYPE_CHECKING:
    import decimal

    from .pricing_network import PricingNetwork


def _conv_networks(value: Any) -> Any:
    from .pricing_network import PricingNetwork

    return _rt_model_list(PricingNetwork)(value)


class PricingCountry(Record):
    """PricingCountry record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("country_code", "countryCode"),
        ("country_name", "countryName"),
        ("country_display_name", "countryDisplayName"),
        ("currency", "currency"),
        ("default_price", "defaultPrice"),
        ("dialing_prefix", "dialingPrefix"),
        ("networks", "networks"),
    )

    @property
    def country_code(self) -> str | None:
        """The country, ISO 3166-1 alpha-2."""
        return self._data.get("countryCode")

    @property
    def country_name(self) -> str | None:
        """The country's name."""
        return self._data.get("countryName")

    @property
    def country_display_name(self) -> str | None:
        """The country's name, for display."""
        return self._data.get("countryDisplayName")

    @property
    def currency(self) -> str | None:
        """The currency of the prices (the account's, `EUR` by default)."""
        return self._data.get("currency")

    @property
    def default_price(self) -> decimal.Decimal | None:
        """The price when no network price applies."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("defaultPrice", _MISSING)
        if value is _MISSING:
            raw = self._data.get("defaultPrice")
            value = cache["defaultPrice"] = None if raw is None else _rt_decimal_string(raw)
        return value

    @property
    def dialing_prefix(self) -> str | None:
        """The country's dialling prefix."""
        return self._data.get("dialingPrefix")

    @property
    def networks(self) -> list[PricingNetwork] | None:
        """The `networks` field."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("networks", _MISSING)
        if value is _MISSING:
            raw = self._data.get("networks")
            value = cache["networks"] = None if raw is None else _conv_networks(raw)
        return value
