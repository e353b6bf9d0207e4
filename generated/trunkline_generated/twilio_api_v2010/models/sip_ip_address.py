"""SipIpAddress: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import int_value as _rt_int_value
from ..._runtime import rfc2822_datetime as _rt_rfc2822_datetime

if TYPE_CHECKING:
    import datetime


class SipIpAddress(Record):
    """SipIpAddress record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("sid", "sid"),
        ("account_sid", "account_sid"),
        ("friendly_name", "friendly_name"),
        ("ip_address", "ip_address"),
        ("cidr_prefix_length", "cidr_prefix_length"),
        ("ip_access_control_list_sid", "ip_access_control_list_sid"),
        ("date_created", "date_created"),
        ("date_updated", "date_updated"),
        ("uri", "uri"),
    )

    @property
    def sid(self) -> str | None:
        """A 34 character string that uniquely identifies this resource."""
        return self._data.get("sid")

    @property
    def account_sid(self) -> str | None:
        """The unique id of the Account that is responsible for this resource."""
        return self._data.get("account_sid")

    @property
    def friendly_name(self) -> str | None:
        """A human readable descriptive text for this resource, up to 255 characters long."""
        return self._data.get("friendly_name")

    @property
    def ip_address(self) -> str | None:
        """An IP address in dotted decimal notation from which you want to accept traffic. Any SIP
        requests from this IP address will be allowed by Twilio. IPv4 only supported today."""
        return self._data.get("ip_address")

    @property
    def cidr_prefix_length(self) -> int | None:
        """An integer representing the length of the CIDR prefix to use with this IP address when
        accepting traffic. By default the entire IP address is used."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("cidr_prefix_length", _MISSING)
        if value is _MISSING:
            raw = self._data.get("cidr_prefix_length")
            value = cache["cidr_prefix_length"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def ip_access_control_list_sid(self) -> str | None:
        """The unique id of the IpAccessControlList resource that includes this resource."""
        return self._data.get("ip_access_control_list_sid")

    @property
    def date_created(self) -> datetime.datetime | None:
        """The date that this resource was created, given as GMT in [RFC
        2822](https://www.php.net/manual/en/class.datetime.php#datetime.constants.rfc2822)
        format."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("date_created", _MISSING)
        if value is _MISSING:
            raw = self._data.get("date_created")
            value = cache["date_created"] = None if raw is None else _rt_rfc2822_datetime(raw)
        return value

    @property
    def date_updated(self) -> datetime.datetime | None:
        """The date that this resource was last updated, given as GMT in [RFC
        2822](https://www.php.net/manual/en/class.datetime.php#datetime.constants.rfc2822)
        format."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("date_updated", _MISSING)
        if value is _MISSING:
            raw = self._data.get("date_updated")
            value = cache["date_updated"] = None if raw is None else _rt_rfc2822_datetime(raw)
        return value

    @property
    def uri(self) -> str | None:
        """The URI for this resource, relative to `https://api.twilio.com`"""
        return self._data.get("uri")
