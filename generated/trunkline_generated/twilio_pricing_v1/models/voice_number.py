"""VoiceNumber: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import model as _rt_model

if TYPE_CHECKING:
    from .number_type_price import NumberTypePrice
    from .outbound_call_price import OutboundCallPrice


def _conv_outbound_call_price(value: Any) -> Any:
    from .outbound_call_price import OutboundCallPrice

    return _rt_model(OutboundCallPrice)(value)


def _conv_inbound_call_price(value: Any) -> Any:
    from .number_type_price import NumberTypePrice

    return _rt_model(NumberTypePrice)(value)


class VoiceNumber(Record):
    """VoiceNumber record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("number", "number"),
        ("country", "country"),
        ("iso_country", "iso_country"),
        ("outbound_call_price", "outbound_call_price"),
        ("inbound_call_price", "inbound_call_price"),
        ("price_unit", "price_unit"),
        ("url", "url"),
    )

    @property
    def number(self) -> str | None:
        """The phone number."""
        return self._data.get("number")

    @property
    def country(self) -> str | None:
        """The name of the country."""
        return self._data.get("country")

    @property
    def iso_country(self) -> str | None:
        """The [ISO country code](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)."""
        return self._data.get("iso_country")

    @property
    def outbound_call_price(self) -> OutboundCallPrice | None:
        """The OutboundCallPrice record, with the `base_price` and `current_price` per minute to
        call this number."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("outbound_call_price", _MISSING)
        if value is _MISSING:
            raw = self._data.get("outbound_call_price")
            value = cache["outbound_call_price"] = (
                None if raw is None else _conv_outbound_call_price(raw)
            )
        return value

    @property
    def inbound_call_price(self) -> NumberTypePrice | None:
        """The [InboundCallPrice](https://www.twilio.com/docs/voice/pricing#inbound-call-price)
        record. If `null` (or its prices are `null`), the phone number is not a Twilio number
        owned by this account."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("inbound_call_price", _MISSING)
        if value is _MISSING:
            raw = self._data.get("inbound_call_price")
            value = cache["inbound_call_price"] = (
                None if raw is None else _conv_inbound_call_price(raw)
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
