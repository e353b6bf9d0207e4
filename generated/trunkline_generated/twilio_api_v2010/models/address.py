"""Address: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import bool_value as _rt_bool_value
from ..._runtime import rfc2822_datetime as _rt_rfc2822_datetime

if TYPE_CHECKING:
    import datetime


class Address(Record):
    """Address record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("account_sid", "account_sid"),
        ("city", "city"),
        ("customer_name", "customer_name"),
        ("date_created", "date_created"),
        ("date_updated", "date_updated"),
        ("friendly_name", "friendly_name"),
        ("iso_country", "iso_country"),
        ("postal_code", "postal_code"),
        ("region", "region"),
        ("sid", "sid"),
        ("street", "street"),
        ("uri", "uri"),
        ("emergency_enabled", "emergency_enabled"),
        ("validated", "validated"),
        ("verified", "verified"),
        ("street_secondary", "street_secondary"),
    )

    @property
    def account_sid(self) -> str | None:
        """The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that is
        responsible for the Address resource."""
        return self._data.get("account_sid")

    @property
    def city(self) -> str | None:
        """The city in which the address is located."""
        return self._data.get("city")

    @property
    def customer_name(self) -> str | None:
        """The name associated with the address.This property has a maximum length of 16 4-byte
        characters, or 21 3-byte characters."""
        return self._data.get("customer_name")

    @property
    def date_created(self) -> datetime.datetime | None:
        """The date and time in GMT that the resource was created specified in [RFC
        2822](https://www.ietf.org/rfc/rfc2822.txt) format."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("date_created", _MISSING)
        if value is _MISSING:
            raw = self._data.get("date_created")
            value = cache["date_created"] = None if raw is None else _rt_rfc2822_datetime(raw)
        return value

    @property
    def date_updated(self) -> datetime.datetime | None:
        """The date and time in GMT that the resource was last updated specified in [RFC
        2822](https://www.ietf.org/rfc/rfc2822.txt) format."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("date_updated", _MISSING)
        if value is _MISSING:
            raw = self._data.get("date_updated")
            value = cache["date_updated"] = None if raw is None else _rt_rfc2822_datetime(raw)
        return value

    @property
    def friendly_name(self) -> str | None:
        """The string that you assigned to describe the resource."""
        return self._data.get("friendly_name")

    @property
    def iso_country(self) -> str | None:
        """The ISO country code of the address."""
        return self._data.get("iso_country")

    @property
    def postal_code(self) -> str | None:
        """The postal code of the address."""
        return self._data.get("postal_code")

    @property
    def region(self) -> str | None:
        """The state or region of the address."""
        return self._data.get("region")

    @property
    def sid(self) -> str | None:
        """The unique string that that we created to identify the Address resource."""
        return self._data.get("sid")

    @property
    def street(self) -> str | None:
        """The number and street address of the address."""
        return self._data.get("street")

    @property
    def uri(self) -> str | None:
        """The URI of the resource, relative to `https://api.twilio.com`."""
        return self._data.get("uri")

    @property
    def emergency_enabled(self) -> bool | None:
        """Whether emergency calling has been enabled on this number."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("emergency_enabled", _MISSING)
        if value is _MISSING:
            raw = self._data.get("emergency_enabled")
            value = cache["emergency_enabled"] = None if raw is None else _rt_bool_value(raw)
        return value

    @property
    def validated(self) -> bool | None:
        """Whether the address has been validated to comply with local regulation. In countries
        that require valid addresses, an invalid address will not be accepted. `true` indicates
        the Address has been validated. `false` indicate the country doesn't require validation
        or the Address is not valid."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("validated", _MISSING)
        if value is _MISSING:
            raw = self._data.get("validated")
            value = cache["validated"] = None if raw is None else _rt_bool_value(raw)
        return value

    @property
    def verified(self) -> bool | None:
        """Whether the address has been verified to comply with regulation. In countries that
        require valid addresses, an invalid address will not be accepted. `true` indicates the
        Address has been verified. `false` indicate the country doesn't require verified or the
        Address is not valid."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("verified", _MISSING)
        if value is _MISSING:
            raw = self._data.get("verified")
            value = cache["verified"] = None if raw is None else _rt_bool_value(raw)
        return value

    @property
    def street_secondary(self) -> str | None:
        """The additional number and street address of the address."""
        return self._data.get("street_secondary")
