"""AvailablePhoneNumber: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import bool_value as _rt_bool_value
from ..._runtime import decimal_string as _rt_decimal_string
from ..._runtime import model as _rt_model

if TYPE_CHECKING:
    import decimal

    from .phone_number_capabilities import PhoneNumberCapabilities


def _conv_capabilities(value: Any) -> Any:
    from .phone_number_capabilities import PhoneNumberCapabilities

    return _rt_model(PhoneNumberCapabilities)(value)


class AvailablePhoneNumber(Record):
    """AvailablePhoneNumber record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("friendly_name", "friendly_name"),
        ("phone_number", "phone_number"),
        ("lata", "lata"),
        ("locality", "locality"),
        ("rate_center", "rate_center"),
        ("latitude", "latitude"),
        ("longitude", "longitude"),
        ("region", "region"),
        ("postal_code", "postal_code"),
        ("iso_country", "iso_country"),
        ("address_requirements", "address_requirements"),
        ("beta", "beta"),
        ("capabilities", "capabilities"),
    )

    @property
    def friendly_name(self) -> str | None:
        """A formatted version of the phone number."""
        return self._data.get("friendly_name")

    @property
    def phone_number(self) -> str | None:
        """The phone number in [E.164](https://www.twilio.com/docs/glossary/what-e164) format,
        which consists of a + followed by the country code and subscriber number."""
        return self._data.get("phone_number")

    @property
    def lata(self) -> str | None:
        """The [LATA](https://en.wikipedia.org/wiki/Local_access_and_transport_area) of this phone
        number. Available for only phone numbers from the US and Canada."""
        return self._data.get("lata")

    @property
    def locality(self) -> str | None:
        """The locality or city of this phone number's location."""
        return self._data.get("locality")

    @property
    def rate_center(self) -> str | None:
        """The [rate center](https://en.wikipedia.org/wiki/Telephone_exchange) of this phone
        number. Available for only phone numbers from the US and Canada."""
        return self._data.get("rate_center")

    @property
    def latitude(self) -> decimal.Decimal | None:
        """The latitude of this phone number's location. Available for only phone numbers from the
        US and Canada."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("latitude", _MISSING)
        if value is _MISSING:
            raw = self._data.get("latitude")
            value = cache["latitude"] = None if raw is None else _rt_decimal_string(raw)
        return value

    @property
    def longitude(self) -> decimal.Decimal | None:
        """The longitude of this phone number's location. Available for only phone numbers from the
        US and Canada."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("longitude", _MISSING)
        if value is _MISSING:
            raw = self._data.get("longitude")
            value = cache["longitude"] = None if raw is None else _rt_decimal_string(raw)
        return value

    @property
    def region(self) -> str | None:
        """The two-letter state or province abbreviation of this phone number's location. Available
        for only phone numbers from the US and Canada."""
        return self._data.get("region")

    @property
    def postal_code(self) -> str | None:
        """The postal or ZIP code of this phone number's location. Available for only phone numbers
        from the US and Canada."""
        return self._data.get("postal_code")

    @property
    def iso_country(self) -> str | None:
        """The [ISO country code](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2) of this phone
        number."""
        return self._data.get("iso_country")

    @property
    def address_requirements(self) -> str | None:
        """The type of [Address](https://www.twilio.com/docs/usage/api/address) resource the phone
        number requires. Can be: `none`, `any`, `local`, or `foreign`. `none` means no address
        is required. `any` means an address is required, but it can be anywhere in the world.
        `local` means an address in the phone number's country is required. `foreign` means an
        address outside of the phone number's country is required."""
        return self._data.get("address_requirements")

    @property
    def beta(self) -> bool | None:
        """Whether the phone number is new to the Twilio platform. Can be: `true` or `false`."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("beta", _MISSING)
        if value is _MISSING:
            raw = self._data.get("beta")
            value = cache["beta"] = None if raw is None else _rt_bool_value(raw)
        return value

    @property
    def capabilities(self) -> PhoneNumberCapabilities | None:
        """The set of Boolean properties that indicate whether a phone number can receive calls or
        messages. Capabilities are: `Voice`, `SMS`, and `MMS` and each capability can be: `true`
        or `false`."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("capabilities", _MISSING)
        if value is _MISSING:
            raw = self._data.get("capabilities")
            value = cache["capabilities"] = None if raw is None else _conv_capabilities(raw)
        return value
