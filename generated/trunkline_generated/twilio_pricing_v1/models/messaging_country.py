"""MessagingCountry: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import model_list as _rt_model_list

if TYPE_CHECKING:
    from .number_type_price import NumberTypePrice
    from .outbound_sms_price import OutboundSmsPrice


def _conv_outbound_sms_prices(value: Any) -> Any:
    from .outbound_sms_price import OutboundSmsPrice

    return _rt_model_list(OutboundSmsPrice)(value)


def _conv_inbound_sms_prices(value: Any) -> Any:
    from .number_type_price import NumberTypePrice

    return _rt_model_list(NumberTypePrice)(value)


class MessagingCountry(Record):
    """MessagingCountry record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("country", "country"),
        ("iso_country", "iso_country"),
        ("outbound_sms_prices", "outbound_sms_prices"),
        ("inbound_sms_prices", "inbound_sms_prices"),
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
    def outbound_sms_prices(self) -> list[OutboundSmsPrice] | None:
        """The list of [OutboundSMSPrice](https://www.twilio.com/docs/sms/api/pricing#outbound-sms-
        price) records that represent the price to send a message for each MCC/MNC applicable in
        this country."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("outbound_sms_prices", _MISSING)
        if value is _MISSING:
            raw = self._data.get("outbound_sms_prices")
            value = cache["outbound_sms_prices"] = (
                None if raw is None else _conv_outbound_sms_prices(raw)
            )
        return value

    @property
    def inbound_sms_prices(self) -> list[NumberTypePrice] | None:
        """The list of [InboundPrice](https://www.twilio.com/docs/sms/api/pricing#inbound-price)
        records that describe the price to receive an inbound SMS to the different Twilio phone
        number types supported in this country."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("inbound_sms_prices", _MISSING)
        if value is _MISSING:
            raw = self._data.get("inbound_sms_prices")
            value = cache["inbound_sms_prices"] = (
                None if raw is None else _conv_inbound_sms_prices(raw)
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
