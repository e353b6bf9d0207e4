"""UsageTrigger: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import decimal_string as _rt_decimal_string
from ..._runtime import enum as _rt_enum
from ..._runtime import rfc2822_datetime as _rt_rfc2822_datetime
from .http_method import HttpMethod
from .usage_trigger_field import UsageTriggerField
from .usage_trigger_recurring import UsageTriggerRecurring

if TYPE_CHECKING:
    import datetime
    import decimal


_conv_callback_method = _rt_enum(HttpMethod)
_conv_recurring = _rt_enum(UsageTriggerRecurring)
_conv_trigger_by = _rt_enum(UsageTriggerField)


class UsageTrigger(Record):
    """UsageTrigger record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("account_sid", "account_sid"),
        ("api_version", "api_version"),
        ("callback_method", "callback_method"),
        ("callback_url", "callback_url"),
        ("current_value", "current_value"),
        ("date_created", "date_created"),
        ("date_fired", "date_fired"),
        ("date_updated", "date_updated"),
        ("friendly_name", "friendly_name"),
        ("recurring", "recurring"),
        ("sid", "sid"),
        ("trigger_by", "trigger_by"),
        ("trigger_value", "trigger_value"),
        ("uri", "uri"),
        ("usage_category", "usage_category"),
        ("usage_record_uri", "usage_record_uri"),
    )

    @property
    def account_sid(self) -> str | None:
        """The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that the trigger
        monitors."""
        return self._data.get("account_sid")

    @property
    def api_version(self) -> str | None:
        """The API version used to create the resource."""
        return self._data.get("api_version")

    @property
    def callback_method(self) -> HttpMethod | str | None:
        """The HTTP method we use to call `callback_url`. Can be: `GET` or `POST`."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("callback_method", _MISSING)
        if value is _MISSING:
            raw = self._data.get("callback_method")
            value = cache["callback_method"] = None if raw is None else _conv_callback_method(raw)
        return value

    @property
    def callback_url(self) -> str | None:
        """The URL we call using the `callback_method` when the trigger fires."""
        return self._data.get("callback_url")

    @property
    def current_value(self) -> decimal.Decimal | None:
        """The current value of the field the trigger is watching."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("current_value", _MISSING)
        if value is _MISSING:
            raw = self._data.get("current_value")
            value = cache["current_value"] = None if raw is None else _rt_decimal_string(raw)
        return value

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
    def date_fired(self) -> datetime.datetime | None:
        """The date and time in GMT that the trigger was last fired specified in [RFC
        2822](https://www.ietf.org/rfc/rfc2822.txt) format."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("date_fired", _MISSING)
        if value is _MISSING:
            raw = self._data.get("date_fired")
            value = cache["date_fired"] = None if raw is None else _rt_rfc2822_datetime(raw)
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
        """The string that you assigned to describe the trigger."""
        return self._data.get("friendly_name")

    @property
    def recurring(self) -> UsageTriggerRecurring | str | None:
        """The frequency of a recurring UsageTrigger. Can be: `daily`, `monthly`, or `yearly` for
        recurring triggers or empty for non-recurring triggers. A trigger will only fire once
        during each period. Recurring times are in GMT."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("recurring", _MISSING)
        if value is _MISSING:
            raw = self._data.get("recurring")
            value = cache["recurring"] = None if raw is None else _conv_recurring(raw)
        return value

    @property
    def sid(self) -> str | None:
        """The unique string that that we created to identify the UsageTrigger resource."""
        return self._data.get("sid")

    @property
    def trigger_by(self) -> UsageTriggerField | str | None:
        """The field in the [UsageRecord](https://www.twilio.com/docs/usage/api/usage-record)
        resource that fires the trigger. Can be: `count`, `usage`, or `price`, as described in
        the [UsageRecords documentation](https://www.twilio.com/docs/usage/api/usage-
        record#usage-count-price)."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("trigger_by", _MISSING)
        if value is _MISSING:
            raw = self._data.get("trigger_by")
            value = cache["trigger_by"] = None if raw is None else _conv_trigger_by(raw)
        return value

    @property
    def trigger_value(self) -> decimal.Decimal | None:
        """The value at which the trigger will fire. Must be a positive, numeric value."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("trigger_value", _MISSING)
        if value is _MISSING:
            raw = self._data.get("trigger_value")
            value = cache["trigger_value"] = None if raw is None else _rt_decimal_string(raw)
        return value

    @property
    def uri(self) -> str | None:
        """The URI of the resource, relative to `https://api.twilio.com`."""
        return self._data.get("uri")

    @property
    def usage_category(self) -> str | None:
        """The usage category the trigger watches. Must be one of the supported [usage
        categories](https://www.twilio.com/docs/usage/api/usage-record#usage-categories)."""
        return self._data.get("usage_category")

    @property
    def usage_record_uri(self) -> str | None:
        """The URI of the [UsageRecord](https://www.twilio.com/docs/usage/api/usage-record)
        resource this trigger watches, relative to `https://api.twilio.com`."""
        return self._data.get("usage_record_uri")
