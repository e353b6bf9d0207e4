"""VoiceCountry: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import model_list as _rt_model_list

if TYPE_CHECKING:
    from .number_type_price import NumberTypePrice
    from .outbound_prefix_price import OutboundPrefixPrice


def _conv_outbound_prefix_prices(value: Any) -> Any:
    from .outbound_prefix_price import OutboundPrefixPrice

    return _rt_model_list(OutboundPrefixPrice)(value)


def _conv_inbound_call_prices(value: Any) -> Any:
    from .number_type_price import NumberTypePrice

    return _rt_model_list(NumberTypePrice)(value)


class VoiceCountry(Record):
    """VoiceCountry record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("country", "country"),
        ("iso_country", "iso_country"),
        ("outbound_prefix_prices", "outbound_prefix_prices"),
        ("inbound_call_prices", "inbound_call_prices"),
        ("price_unit", "price_unit"),
        ("url", "url"),
    )

    @property
    def country(self) -> str | None:
        """The name of the country."""
        return self._data.get("country")

    @property
    def iso_country(self) -> str | None:
        """The [ISO country code](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)."""
        return self._data.get("iso_country")

    @property
    def outbound_prefix_prices(self) -> list[OutboundPrefixPrice] | None:
        """The list of OutboundPrefixPrice records, which include a list of the `prefixes`, the
        `friendly_name`, `base_price`, and the `current_price` for those prefixes."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("outbound_prefix_prices", _MISSING)
        if value is _MISSING:
            raw = self._data.get("outbound_prefix_prices")
            value = cache["outbound_prefix_prices"] = (
                None if raw is None else _conv_outbound_prefix_prices(raw)
            )
        return value

    @property
    def inbound_call_prices(self) -> list[NumberTypePrice] | None:
        """The list of [InboundCallPrice](https://www.twilio.com/docs/voice/pricing#inbound-call-
        price) records."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("inbound_call_prices", _MISSING)
        if value is _MISSING:
            raw = self._data.get("inbound_call_prices")
            value = cache["inbound_call_prices"] = (
                None if raw is None else _conv_inbound_call_prices(raw)
            )
        return value

    @property
    def price_unit(self) -> str | None:
        """The currency in which prices are measured, specified in [ISO
        4127](http://www.iso.org/iso/home/standards/currency_codes.htm) format (e.g. `usd`,
        `eur`, `jpy`)."""
        return self._data.get("price_unit")

    @property
    def url(self) -> str | None:
        """The absolute URL of the resource."""
        return self._data.get("url")
