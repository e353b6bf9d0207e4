"""DataSession: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import int_value as _rt_int_value
from ..._runtime import iso_datetime as _rt_iso_datetime

if TYPE_CHECKING:
    import datetime


class DataSession(Record):
    """DataSession record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("sid", "sid"),
        ("sim_sid", "sim_sid"),
        ("account_sid", "account_sid"),
        ("radio_link", "radio_link"),
        ("operator_mcc", "operator_mcc"),
        ("operator_mnc", "operator_mnc"),
        ("operator_country", "operator_country"),
        ("operator_name", "operator_name"),
        ("cell_id", "cell_id"),
        ("cell_location_estimate", "cell_location_estimate"),
        ("packets_uploaded", "packets_uploaded"),
        ("packets_downloaded", "packets_downloaded"),
        ("last_updated", "last_updated"),
        ("start", "start"),
        ("end", "end"),
        ("imei", "imei"),
    )

    @property
    def sid(self) -> str | None:
        """The unique string that we created to identify the DataSession resource."""
        return self._data.get("sid")

    @property
    def sim_sid(self) -> str | None:
        """The SID of the [Sim resource](https://www.twilio.com/docs/iot/wireless/api/sim-resource)
        that the Data Session is for."""
        return self._data.get("sim_sid")

    @property
    def account_sid(self) -> str | None:
        """The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the
        DataSession resource."""
        return self._data.get("account_sid")

    @property
    def radio_link(self) -> str | None:
        """The generation of wireless technology that the device was using."""
        return self._data.get("radio_link")

    @property
    def operator_mcc(self) -> str | None:
        """The 'mobile country code' is the unique ID of the home country where the Data Session
        took place. See: [MCC/MNC lookup](http://mcc-mnc.com/)."""
        return self._data.get("operator_mcc")

    @property
    def operator_mnc(self) -> str | None:
        """The 'mobile network code' is the unique ID specific to the mobile operator network where
        the Data Session took place."""
        return self._data.get("operator_mnc")

    @property
    def operator_country(self) -> str | None:
        """The three letter country code representing where the device's Data Session took place.
        This is determined by looking up the `operator_mcc`."""
        return self._data.get("operator_country")

    @property
    def operator_name(self) -> str | None:
        """The friendly name of the mobile operator network that the
        [SIM](https://www.twilio.com/docs/iot/wireless/api/sim-resource)-connected device is
        attached to. This is determined by looking up the `operator_mnc`."""
        return self._data.get("operator_name")

    @property
    def cell_id(self) -> str | None:
        """The unique ID of the cellular tower that the device was attached to at the moment when
        the Data Session was last updated."""
        return self._data.get("cell_id")

    @property
    def cell_location_estimate(self) -> dict[str, Any] | None:
        """An object that describes the estimated location in latitude and longitude where the
        device's Data Session took place. The location is derived from the `cell_id` when the
        Data Session was last updated. See [Cell Location Estimate
        Object](https://www.twilio.com/docs/iot/wireless/api/datasession-resource#cell-location-
        estimate-object)."""
        return self._data.get("cell_location_estimate")

    @property
    def packets_uploaded(self) -> int | None:
        """The number of packets uploaded by the device between the `start` time and when the Data
        Session was last updated."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("packets_uploaded", _MISSING)
        if value is _MISSING:
            raw = self._data.get("packets_uploaded")
            value = cache["packets_uploaded"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def packets_downloaded(self) -> int | None:
        """The number of packets downloaded by the device between the `start` time and when the
        Data Session was last updated."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("packets_downloaded", _MISSING)
        if value is _MISSING:
            raw = self._data.get("packets_downloaded")
            value = cache["packets_downloaded"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def last_updated(self) -> datetime.datetime | None:
        """The date that the resource was last updated, given as GMT in [ISO
        8601](https://www.iso.org/iso-8601-date-and-time-format.html) format."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("last_updated", _MISSING)
        if value is _MISSING:
            raw = self._data.get("last_updated")
            value = cache["last_updated"] = None if raw is None else _rt_iso_datetime(raw)
        return value

    @property
    def start(self) -> datetime.datetime | None:
        """The date that the Data Session started, given as GMT in [ISO
        8601](https://www.iso.org/iso-8601-date-and-time-format.html) format."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("start", _MISSING)
        if value is _MISSING:
            raw = self._data.get("start")
            value = cache["start"] = None if raw is None else _rt_iso_datetime(raw)
        return value

    @property
    def end(self) -> datetime.datetime | None:
        """The date that the record ended, given as GMT in [ISO
        8601](https://www.iso.org/iso-8601-date-and-time-format.html) format."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("end", _MISSING)
        if value is _MISSING:
            raw = self._data.get("end")
            value = cache["end"] = None if raw is None else _rt_iso_datetime(raw)
        return value

    @property
    def imei(self) -> str | None:
        """The 'international mobile equipment identity' is the unique ID of the device using the
        SIM to connect. An IMEI is a 15-digit string: 14 digits for the device identifier plus a
        check digit calculated using the Luhn formula."""
        return self._data.get("imei")
