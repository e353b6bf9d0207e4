"""Sim: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import enum as _rt_enum
from ..._runtime import iso_datetime as _rt_iso_datetime
from .http_method import HttpMethod
from .sim_reset_status import SimResetStatus
from .sim_status import SimStatus

if TYPE_CHECKING:
    import datetime


_conv_status = _rt_enum(SimStatus)
_conv_reset_status = _rt_enum(SimResetStatus)
_conv_commands_callback_method = _rt_enum(HttpMethod)
_conv_sms_fallback_method = _rt_enum(HttpMethod)
_conv_sms_method = _rt_enum(HttpMethod)
_conv_voice_fallback_method = _rt_enum(HttpMethod)
_conv_voice_method = _rt_enum(HttpMethod)


class Sim(Record):
    """Sim record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("sid", "sid"),
        ("unique_name", "unique_name"),
        ("account_sid", "account_sid"),
        ("rate_plan_sid", "rate_plan_sid"),
        ("friendly_name", "friendly_name"),
        ("iccid", "iccid"),
        ("e_id", "e_id"),
        ("status", "status"),
        ("reset_status", "reset_status"),
        ("commands_callback_url", "commands_callback_url"),
        ("commands_callback_method", "commands_callback_method"),
        ("sms_fallback_method", "sms_fallback_method"),
        ("sms_fallback_url", "sms_fallback_url"),
        ("sms_method", "sms_method"),
        ("sms_url", "sms_url"),
        ("voice_fallback_method", "voice_fallback_method"),
        ("voice_fallback_url", "voice_fallback_url"),
        ("voice_method", "voice_method"),
        ("voice_url", "voice_url"),
        ("date_created", "date_created"),
        ("date_updated", "date_updated"),
        ("url", "url"),
        ("links", "links"),
        ("ip_address", "ip_address"),
    )

    @property
    def sid(self) -> str | None:
        """The unique string that we created to identify the Sim resource."""
        return self._data.get("sid")

    @property
    def unique_name(self) -> str | None:
        """An application-defined string that uniquely identifies the resource. It can be used in
        place of the resource's `sid` in the URL to address the resource."""
        return self._data.get("unique_name")

    @property
    def account_sid(self) -> str | None:
        """The SID of the [Account](https://www.twilio.com/docs/iam/api/account) to which the Sim
        resource belongs."""
        return self._data.get("account_sid")

    @property
    def rate_plan_sid(self) -> str | None:
        """The SID of the [RatePlan
        resource](https://www.twilio.com/docs/iot/wireless/api/rateplan-resource) to which the
        Sim resource is assigned."""
        return self._data.get("rate_plan_sid")

    @property
    def friendly_name(self) -> str | None:
        """The string that you assigned to describe the Sim resource."""
        return self._data.get("friendly_name")

    @property
    def iccid(self) -> str | None:
        """The [ICCID](https://en.wikipedia.org/wiki/SIM_card#ICCID) associated with the SIM."""
        return self._data.get("iccid")

    @property
    def e_id(self) -> str | None:
        """Deprecated."""
        return self._data.get("e_id")

    @property
    def status(self) -> SimStatus | str | None:
        """The status of the Sim resource. Can be: `new`, `ready`, `active`, `deactivated`,
        `canceled`, `deleted`, `scheduled`, or `updating`. See [Status
        Values](https://www.twilio.com/docs/iot/wireless/api/sim-resource#status-values) for the
        description of each status."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("status", _MISSING)
        if value is _MISSING:
            raw = self._data.get("status")
            value = cache["status"] = None if raw is None else _conv_status(raw)
        return value

    @property
    def reset_status(self) -> SimResetStatus | str | None:
        """The connectivity reset status of the SIM. Can be: null or `resetting`. When a
        connectivity reset is initiated on a SIM, this property is `resetting`. After the reset
        completes, it is null."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("reset_status", _MISSING)
        if value is _MISSING:
            raw = self._data.get("reset_status")
            value = cache["reset_status"] = None if raw is None else _conv_reset_status(raw)
        return value

    @property
    def commands_callback_url(self) -> str | None:
        """The URL we call using the `commands_callback_method` when the SIM originates a machine-
        to-machine [Command](https://www.twilio.com/docs/iot/wireless/api/command-resource).
        Your server should respond with an HTTP status code in the 200 range; any response body
        will be ignored."""
        return self._data.get("commands_callback_url")

    @property
    def commands_callback_method(self) -> HttpMethod | str | None:
        """The HTTP method Twilio uses to request a callback URL."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("commands_callback_method", _MISSING)
        if value is _MISSING:
            raw = self._data.get("commands_callback_method")
            value = cache["commands_callback_method"] = (
                None if raw is None else _conv_commands_callback_method(raw)
            )
        return value

    @property
    def sms_fallback_method(self) -> HttpMethod | str | None:
        """The HTTP method Twilio uses to request a callback URL."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("sms_fallback_method", _MISSING)
        if value is _MISSING:
            raw = self._data.get("sms_fallback_method")
            value = cache["sms_fallback_method"] = (
                None if raw is None else _conv_sms_fallback_method(raw)
            )
        return value

    @property
    def sms_fallback_url(self) -> str | None:
        """Deprecated."""
        return self._data.get("sms_fallback_url")

    @property
    def sms_method(self) -> HttpMethod | str | None:
        """The HTTP method Twilio uses to request a callback URL."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("sms_method", _MISSING)
        if value is _MISSING:
            raw = self._data.get("sms_method")
            value = cache["sms_method"] = None if raw is None else _conv_sms_method(raw)
        return value

    @property
    def sms_url(self) -> str | None:
        """Deprecated."""
        return self._data.get("sms_url")

    @property
    def voice_fallback_method(self) -> HttpMethod | str | None:
        """The HTTP method Twilio uses to request a callback URL."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("voice_fallback_method", _MISSING)
        if value is _MISSING:
            raw = self._data.get("voice_fallback_method")
            value = cache["voice_fallback_method"] = (
                None if raw is None else _conv_voice_fallback_method(raw)
            )
        return value

    @property
    def voice_fallback_url(self) -> str | None:
        """Deprecated. The URL we call using the `voice_fallback_method` when an error occurs while
        retrieving or executing the TwiML requested from `voice_url`."""
        return self._data.get("voice_fallback_url")

    @property
    def voice_method(self) -> HttpMethod | str | None:
        """The HTTP method Twilio uses to request a callback URL."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("voice_method", _MISSING)
        if value is _MISSING:
            raw = self._data.get("voice_method")
            value = cache["voice_method"] = None if raw is None else _conv_voice_method(raw)
        return value

    @property
    def voice_url(self) -> str | None:
        """Deprecated. The URL we call using the `voice_method` when the SIM-connected device makes
        a voice call."""
        return self._data.get("voice_url")

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
        """The date and time in GMT when the Sim resource was last updated specified in [ISO
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

    @property
    def links(self) -> dict[str, Any] | None:
        """The URLs of related subresources."""
        return self._data.get("links")

    @property
    def ip_address(self) -> str | None:
        """Deprecated."""
        return self._data.get("ip_address")
