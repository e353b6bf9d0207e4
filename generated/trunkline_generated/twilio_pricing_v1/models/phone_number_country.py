"""PhoneNumberCountry: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import model_list as _rt_model_list

if TYPE_CHECKING:
    from .number_type_price import NumberTypePrice


def _conv_phone_number_prices(value: Any) -> Any:
    from .number_type_price import NumberTypePrice

    return _rt_model_list(NumberTypePrice)(value)


class PhoneNumberCountry(Record):
    """PhoneNumberCountry record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("country", "country"),
        ("iso_country", "iso_country"),
        ("phone_number_prices", "phone_number_prices"),
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
    def phone_number_prices(self) -> list[NumberTypePrice] | None:
        """The list of [PhoneNumberPrice](https://www.twilio.com/docs/phone-numbers/pricing#phone-
        number-price) records."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("phone_number_prices", _MISSING)
        if value is _MISSING:
            raw = self._data.get("phone_number_prices")
            value = cache["phone_number_prices"] = (
                None if raw is None else _conv_phone_number_prices(raw)
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
