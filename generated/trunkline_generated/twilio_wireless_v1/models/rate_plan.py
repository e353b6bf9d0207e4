"""RatePlan: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import bool_value as _rt_bool_value
from ..._runtime import int_value as _rt_int_value
from ..._runtime import iso_datetime as _rt_iso_datetime

if TYPE_CHECKING:
    import datetime


class RatePlan(Record):
    """RatePlan record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("sid", "sid"),
        ("unique_name", "unique_name"),
        ("account_sid", "account_sid"),
        ("friendly_name", "friendly_name"),
        ("data_enabled", "data_enabled"),
        ("data_metering", "data_metering"),
        ("data_limit", "data_limit"),
        ("messaging_enabled", "messaging_enabled"),
        ("voice_enabled", "voice_enabled"),
        ("national_roaming_enabled", "national_roaming_enabled"),
        ("national_roaming_data_limit", "national_roaming_data_limit"),
        ("international_roaming", "international_roaming"),
        ("international_roaming_data_limit", "international_roaming_data_limit"),
        ("date_created", "date_created"),
        ("date_updated", "date_updated"),
        ("url", "url"),
    )

    @property
    def sid(self) -> str | None:
        """The unique string that we created to identify the RatePlan resource."""
        return self._data.get("sid")

    @property
    def unique_name(self) -> str | None:
        """An application-defined string that uniquely identifies the resource. It can be used in
        place of the resource's `sid` in the URL to address the resource."""
        return self._data.get("unique_name")

    @property
    def account_sid(self) -> str | None:
        """The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the
        RatePlan resource."""
        return self._data.get("account_sid")

    @property
    def friendly_name(self) -> str | None:
        """The string that you assigned to describe the resource."""
        return self._data.get("friendly_name")

    @property
    def data_enabled(self) -> bool | None:
        """Whether SIMs can use GPRS/3G/4G/LTE data connectivity."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("data_enabled", _MISSING)
        if value is _MISSING:
            raw = self._data.get("data_enabled")
            value = cache["data_enabled"] = None if raw is None else _rt_bool_value(raw)
        return value

    @property
    def data_metering(self) -> str | None:
        """The model used to meter data usage. Can be: `payg` and `quota-1`, `quota-10`, and
        `quota-50`. Learn more about the available [data metering
        models](https://www.twilio.com/docs/iot/wireless/api/rateplan-resource#payg-vs-quota-
        data-plans)."""
        return self._data.get("data_metering")

    @property
    def data_limit(self) -> int | None:
        """The total data usage (download and upload combined) in Megabytes that the Network allows
        during one month on the home network (T-Mobile USA). The metering period begins the day
        of activation and ends on the same day in the following month. Can be up to 2TB."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("data_limit", _MISSING)
        if value is _MISSING:
            raw = self._data.get("data_limit")
            value = cache["data_limit"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def messaging_enabled(self) -> bool | None:
        """Whether SIMs can make, send, and receive SMS using
        [Commands](https://www.twilio.com/docs/iot/wireless/api/command-resource)."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("messaging_enabled", _MISSING)
        if value is _MISSING:
            raw = self._data.get("messaging_enabled")
            value = cache["messaging_enabled"] = None if raw is None else _rt_bool_value(raw)
        return value

    @property
    def voice_enabled(self) -> bool | None:
        """Deprecated. Whether SIMs can make and receive voice calls."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("voice_enabled", _MISSING)
        if value is _MISSING:
            raw = self._data.get("voice_enabled")
            value = cache["voice_enabled"] = None if raw is None else _rt_bool_value(raw)
        return value

    @property
    def national_roaming_enabled(self) -> bool | None:
        """Whether SIMs can roam on networks other than the home network (T-Mobile USA) in the
        United States. See [national
        roaming](https://www.twilio.com/docs/iot/wireless/api/rateplan-resource#national-
        roaming)."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("national_roaming_enabled", _MISSING)
        if value is _MISSING:
            raw = self._data.get("national_roaming_enabled")
            value = cache["national_roaming_enabled"] = None if raw is None else _rt_bool_value(raw)
        return value

    @property
    def national_roaming_data_limit(self) -> int | None:
        """The total data usage (download and upload combined) in Megabytes that the Network allows
        during one month on non-home networks in the United States. The metering period begins
        the day of activation and ends on the same day in the following month. Can be up to 2TB."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("national_roaming_data_limit", _MISSING)
        if value is _MISSING:
            raw = self._data.get("national_roaming_data_limit")
            value = cache["national_roaming_data_limit"] = (
                None if raw is None else _rt_int_value(raw)
            )
        return value

    @property
    def international_roaming(self) -> list[str] | None:
        """The list of services that SIMs capable of using GPRS/3G/4G/LTE data connectivity can use
        outside of the United States. Can contain: `data` and `messaging`."""
        return self._data.get("international_roaming")

    @property
    def international_roaming_data_limit(self) -> int | None:
        """The total data usage (download and upload combined) in Megabytes that the Network allows
        during one month when roaming outside the United States. Can be up to 2TB."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("international_roaming_data_limit", _MISSING)
        if value is _MISSING:
            raw = self._data.get("international_roaming_data_limit")
            value = cache["international_roaming_data_limit"] = (
                None if raw is None else _rt_int_value(raw)
            )
        return value

    @property
    def date_created(self) -> datetime.datetime | None:
        """The date and time in GMT when the resource was created specified in [ISO
        8601](https://www.iso.org/iso-8601-date-and-time-format.html) format."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("date_created", _MISSING)
        if value is _MISSING:
            raw = self._data.get("date_created")
            value = cache["date_created"] = None if raw is None else _rt_iso_datetime(raw)
        return value

    @property
    def date_updated(self) -> datetime.datetime | None:
        """The date and time in GMT when the resource was last updated specified in [ISO
        8601](https://www.iso.org/iso-8601-date-and-time-format.html) format."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("date_updated", _MISSING)
        if value is _MISSING:
            raw = self._data.get("date_updated")
            value = cache["date_updated"] = None if raw is None else _rt_iso_datetime(raw)
        return value

    @property
    def url(self) -> str | None:
        """The absolute URL of the resource."""
        return self._data.get("url")
