"""TrunkingNumber: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import model as _rt_model
from ..._runtime import model_list as _rt_model_list

if TYPE_CHECKING:
    from .number_type_price import NumberTypePrice
    from .outbound_prefix_price_with_origin import OutboundPrefixPriceWithOrigin


def _conv_terminating_prefix_prices(value: Any) -> Any:
    from .outbound_prefix_price_with_origin import OutboundPrefixPriceWithOrigin

    return _rt_model_list(OutboundPrefixPriceWithOrigin)(value)


def _conv_originating_call_price(value: Any) -> Any:
    from .number_type_price import NumberTypePrice

    return _rt_model(NumberTypePrice)(value)


class TrunkingNumber(Record):
    """TrunkingNumber record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("destination_number", "destination_number"),
        ("origination_number", "origination_number"),
        ("country", "country"),
        ("iso_country", "iso_country"),
        ("terminating_prefix_prices", "terminating_prefix_prices"),
        ("originating_call_price", "originating_call_price"),
        ("price_unit", "price_unit"),
        ("url", "url"),
    )

    @property
    def destination_number(self) -> str | None:
        """The destination phone number in [E.164](https://www.twilio.com/docs/glossary/what-e164)
        format, which consists of a + followed by the country code and subscriber number."""
        return self._data.get("destination_number")

    @property
    def origination_number(self) -> str | None:
        """The origination phone number in [E.164](https://www.twilio.com/docs/glossary/what-e164)
        format, which consists of a + followed by the country code and subscriber number."""
        return self._data.get("origination_number")

    @property
    def country(self) -> str | None:
        """The name of the country."""
        return self._data.get("country")

    @property
    def iso_country(self) -> str | None:
        """The [ISO country code](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)."""
        return self._data.get("iso_country")

    @property
    def terminating_prefix_prices(self) -> list[OutboundPrefixPriceWithOrigin] | None:
        """The list of [TerminatingPrefixPrice](https://www.twilio.com/docs/voice/pricing#outbound-
        prefix-price-with-origin) records that apply to this destination (and origination)
        number."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("terminating_prefix_prices", _MISSING)
        if value is _MISSING:
            raw = self._data.get("terminating_prefix_prices")
            value = cache["terminating_prefix_prices"] = (
                None if raw is None else _conv_terminating_prefix_prices(raw)
            )
        return value

    @property
    def originating_call_price(self) -> NumberTypePrice | None:
        """The [OriginatingCallPrice](https://www.twilio.com/docs/voice/pricing#inbound-call-price)
        record."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("originating_call_price", _MISSING)
        if value is _MISSING:
            raw = self._data.get("originating_call_price")
            value = cache["originating_call_price"] = (
                None if raw is None else _conv_originating_call_price(raw)
            )
        return value

    @property
    def price_unit(self) -> str | None:
        """The currency in which prices are measured, specified in [ISO
        4127](https://www.iso.org/iso/home/standards/currency_codes.htm) format (e.g. `usd`,
        `eur`, `jpy`)."""
        return self._data.get("price_unit")

    @property
    def url(self) -> str | None:
        """The absolute URL of the resource."""
        return self._data.get("url")
