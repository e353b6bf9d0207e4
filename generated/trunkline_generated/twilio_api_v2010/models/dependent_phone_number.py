"""DependentPhoneNumber: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import bool_value as _rt_bool_value
from ..._runtime import enum as _rt_enum
from ..._runtime import rfc2822_datetime as _rt_rfc2822_datetime
from .address_requirement import AddressRequirement
from .emergency_status import EmergencyStatus
from .http_method import HttpMethod

if TYPE_CHECKING:
    import datetime


_conv_voice_method = _rt_enum(HttpMethod)
_conv_voice_fallback_method = _rt_enum(HttpMethod)
_conv_sms_fallback_method = _rt_enum(HttpMethod)
_conv_sms_method = _rt_enum(HttpMethod)
_conv_address_requirements = _rt_enum(AddressRequirement)
_conv_status_callback_method = _rt_enum(HttpMethod)
_conv_emergency_status = _rt_enum(EmergencyStatus)


class DependentPhoneNumber(Record):
    """DependentPhoneNumber record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("sid", "sid"),
        ("account_sid", "account_sid"),
        ("friendly_name", "friendly_name"),
        ("phone_number", "phone_number"),
        ("voice_url", "voice_url"),
        ("voice_method", "voice_method"),
        ("voice_fallback_method", "voice_fallback_method"),
        ("voice_fallback_url", "voice_fallback_url"),
        ("voice_caller_id_lookup", "voice_caller_id_lookup"),
        ("date_created", "date_created"),
        ("date_updated", "date_updated"),
        ("sms_fallback_method", "sms_fallback_method"),
        ("sms_fallback_url", "sms_fallback_url"),
        ("sms_method", "sms_method"),
        ("sms_url", "sms_url"),
        ("address_requirements", "address_requirements"),
        ("capabilities", "capabilities"),
        ("status_callback", "status_callback"),
        ("status_callback_method", "status_callback_method"),
        ("api_version", "api_version"),
        ("sms_application_sid", "sms_application_sid"),
        ("voice_application_sid", "voice_application_sid"),
        ("trunk_sid", "trunk_sid"),
        ("emergency_status", "emergency_status"),
        ("emergency_address_sid", "emergency_address_sid"),
        ("uri", "uri"),
    )

    @property
    def sid(self) -> str | None:
        """The unique string that that we created to identify the DependentPhoneNumber resource."""
        return self._data.get("sid")

    @property
    def account_sid(self) -> str | None:
        """The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the
        DependentPhoneNumber resource."""
        return self._data.get("account_sid")

    @property
    def friendly_name(self) -> str | None:
        """The string that you assigned to describe the resource."""
        return self._data.get("friendly_name")

    @property
    def phone_number(self) -> str | None:
        """The phone number in [E.164](https://www.twilio.com/docs/glossary/what-e164) format,
        which consists of a + followed by the country code and subscriber number."""
        return self._data.get("phone_number")

    @property
    def voice_url(self) -> str | None:
        """The URL we call when the phone number receives a call. The `voice_url` will not be used
        if a `voice_application_sid` or a `trunk_sid` is set."""
        return self._data.get("voice_url")

    @property
    def voice_method(self) -> HttpMethod | str | None:
        """The HTTP method we use to call `voice_url`. Can be: `GET` or `POST`."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("voice_method", _MISSING)
        if value is _MISSING:
            raw = self._data.get("voice_method")
            value = cache["voice_method"] = None if raw is None else _conv_voice_method(raw)
        return value

    @property
    def voice_fallback_method(self) -> HttpMethod | str | None:
        """The HTTP method we use to call `voice_fallback_url`. Can be: `GET` or `POST`."""
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
        """The URL that we call when an error occurs retrieving or executing the TwiML requested by
        `url`."""
        return self._data.get("voice_fallback_url")

    @property
    def voice_caller_id_lookup(self) -> bool | None:
        """Whether we look up the caller's caller-ID name from the CNAM database. Can be: `true` or
        `false`. Caller ID lookups can cost $0.01 each."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("voice_caller_id_lookup", _MISSING)
        if value is _MISSING:
            raw = self._data.get("voice_caller_id_lookup")
            value = cache["voice_caller_id_lookup"] = None if raw is None else _rt_bool_value(raw)
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
    def sms_fallback_method(self) -> HttpMethod | str | None:
        """The HTTP method we use to call `sms_fallback_url`. Can be: `GET` or `POST`."""
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
        """The URL that we call when an error occurs while retrieving or executing the TwiML from
        `sms_url`."""
        return self._data.get("sms_fallback_url")

    @property
    def sms_method(self) -> HttpMethod | str | None:
        """The HTTP method we use to call `sms_url`. Can be: `GET` or `POST`."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("sms_method", _MISSING)
        if value is _MISSING:
            raw = self._data.get("sms_method")
            value = cache["sms_method"] = None if raw is None else _conv_sms_method(raw)
        return value

    @property
    def sms_url(self) -> str | None:
        """The URL we call when the phone number receives an incoming SMS message."""
        return self._data.get("sms_url")

    @property
    def address_requirements(self) -> AddressRequirement | str | None:
        """Whether the phone number requires an
        [Address](https://www.twilio.com/docs/usage/api/address) registered with Twilio. Can be:
        `none`, `any`, `local`, or `foreign`."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("address_requirements", _MISSING)
        if value is _MISSING:
            raw = self._data.get("address_requirements")
            value = cache["address_requirements"] = (
                None if raw is None else _conv_address_requirements(raw)
            )
        return value

    @property
    def capabilities(self) -> dict[str, Any] | None:
        """The set of Boolean properties that indicates whether a phone number can receive calls or
        messages. Capabilities are `Voice`, `SMS`, and `MMS` and each capability can be: `true`
        or `false`."""
        return self._data.get("capabilities")

    @property
    def status_callback(self) -> str | None:
        """The URL we call using the `status_callback_method` to send status information to your
        application."""
        return self._data.get("status_callback")

    @property
    def status_callback_method(self) -> HttpMethod | str | None:
        """The HTTP method we use to call `status_callback`. Can be: `GET` or `POST`."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("status_callback_method", _MISSING)
        if value is _MISSING:
            raw = self._data.get("status_callback_method")
            value = cache["status_callback_method"] = (
                None if raw is None else _conv_status_callback_method(raw)
            )
        return value

    @property
    def api_version(self) -> str | None:
        """The API version used to start a new TwiML session."""
        return self._data.get("api_version")

    @property
    def sms_application_sid(self) -> str | None:
        """The SID of the application that handles SMS messages sent to the phone number. If an
        `sms_application_sid` is present, we ignore all `sms_*_url` values and use those of the
        application."""
        return self._data.get("sms_application_sid")

    @property
    def voice_application_sid(self) -> str | None:
        """The SID of the application that handles calls to the phone number. If a
        `voice_application_sid` is present, we ignore all of the voice urls and use those set on
        the application. Setting a `voice_application_sid` will automatically delete your
        `trunk_sid` and vice versa."""
        return self._data.get("voice_application_sid")

    @property
    def trunk_sid(self) -> str | None:
        """The SID of the Trunk that handles calls to the phone number. If a `trunk_sid` is
        present, we ignore all of the voice urls and voice applications and use those set on the
        Trunk. Setting a `trunk_sid` will automatically delete your `voice_application_sid` and
        vice versa."""
        return self._data.get("trunk_sid")

    @property
    def emergency_status(self) -> EmergencyStatus | str | None:
        """Whether the phone number is enabled for emergency calling."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("emergency_status", _MISSING)
        if value is _MISSING:
            raw = self._data.get("emergency_status")
            value = cache["emergency_status"] = None if raw is None else _conv_emergency_status(raw)
        return value

    @property
    def emergency_address_sid(self) -> str | None:
        """The SID of the emergency address configuration that we use for emergency calling from
        the phone number."""
        return self._data.get("emergency_address_sid")

    @property
    def uri(self) -> str | None:
        """The URI of the resource, relative to `https://api.twilio.com`."""
        return self._data.get("uri")
