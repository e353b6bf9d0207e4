"""Carrier: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import enum as _rt_enum
from ..._runtime import int_value as _rt_int_value
from .phone_number_type import PhoneNumberType

if TYPE_CHECKING:
    pass


_conv_type_ = _rt_enum(PhoneNumberType)


class Carrier(Record):
    """The carrier of a phone number.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("name", "name"),
        ("type_", "type"),
        ("mobile_country_code", "mobile_country_code"),
        ("mobile_network_code", "mobile_network_code"),
        ("error_code", "error_code"),
    )

    @property
    def name(self) -> str | None:
        """The name of the carrier."""
        return self._data.get("name")

    @property
    def type_(self) -> PhoneNumberType | str | None:
        """The type of the number: `landline`, `mobile` or `voip`."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("type", _MISSING)
        if value is _MISSING:
            raw = self._data.get("type")
            value = cache["type"] = None if raw is None else _conv_type_(raw)
        return value

    @property
    def mobile_country_code(self) -> str | None:
        """The Mobile Country Code of the carrier (mobile numbers only)."""
        return self._data.get("mobile_country_code")

    @property
    def mobile_network_code(self) -> str | None:
        """The Mobile Network Code of the carrier (mobile numbers only)."""
        return self._data.get("mobile_network_code")

    @property
    def error_code(self) -> int | None:
        """Twilio's error code if the carrier could not be looked up; null otherwise."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("error_code", _MISSING)
        if value is _MISSING:
            raw = self._data.get("error_code")
            value = cache["error_code"] = None if raw is None else _rt_int_value(raw)
        return value
