"""SmsPumpingRiskInfo: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import bool_value as _rt_bool_value
from ..._runtime import int_value as _rt_int_value
from ..._runtime import iso_datetime as _rt_iso_datetime

if TYPE_CHECKING:
    import datetime


class SmsPumpingRiskInfo(Record):
    """The `sms_pumping_risk` package.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("carrier_risk_category", "carrier_risk_category"),
        ("number_blocked", "number_blocked"),
        ("number_blocked_date", "number_blocked_date"),
        ("number_blocked_last_3_months", "number_blocked_last_3_months"),
        ("sms_pumping_risk_score", "sms_pumping_risk_score"),
        ("error_code", "error_code"),
    )

    @property
    def carrier_risk_category(self) -> str | None:
        """The risk of the number's carrier, e.g. `low`, `moderate`, `high`."""
        return self._data.get("carrier_risk_category")

    @property
    def number_blocked(self) -> bool | None:
        """Whether Verify Fraud Guard blocks the number now."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("number_blocked", _MISSING)
        if value is _MISSING:
            raw = self._data.get("number_blocked")
            value = cache["number_blocked"] = None if raw is None else _rt_bool_value(raw)
        return value

    @property
    def number_blocked_date(self) -> datetime.datetime | None:
        """When the number was last blocked."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("number_blocked_date", _MISSING)
        if value is _MISSING:
            raw = self._data.get("number_blocked_date")
            value = cache["number_blocked_date"] = None if raw is None else _rt_iso_datetime(raw)
        return value

    @property
    def number_blocked_last_3_months(self) -> bool | None:
        """Whether the number was blocked in the last three months."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("number_blocked_last_3_months", _MISSING)
        if value is _MISSING:
            raw = self._data.get("number_blocked_last_3_months")
            value = cache["number_blocked_last_3_months"] = (
                None if raw is None else _rt_bool_value(raw)
            )
        return value

    @property
    def sms_pumping_risk_score(self) -> int | None:
        """The risk score, from 0 (lowest) to 100."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("sms_pumping_risk_score", _MISSING)
        if value is _MISSING:
            raw = self._data.get("sms_pumping_risk_score")
            value = cache["sms_pumping_risk_score"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def error_code(self) -> int | None:
        """Twilio's error code if the package could not be looked up; null otherwise."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("error_code", _MISSING)
        if value is _MISSING:
            raw = self._data.get("error_code")
            value = cache["error_code"] = None if raw is None else _rt_int_value(raw)
        return value
