"""IncomingPhoneNumber: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import bool_value as _rt_bool_value
from ..._runtime import enum as _rt_enum
from ..._runtime import model as _rt_model
from ..._runtime import rfc2822_datetime as _rt_rfc2822_datetime
from .address_requirement import AddressRequirement
from .emergency_address_status import EmergencyAddressStatus
from .emergency_status import EmergencyStatus
from .http_method import HttpMethod
from .voice_receive_mode import VoiceReceiveMode

if TYPE_CHECKING:
    import datetime

    from .phone_number_capabilities import PhoneNumberCapabilities

_conv_address_requirements = _rt_enum(AddressRequirement)
_conv_sms_fallback_method = _rt_enum(HttpMethod)
_conv_sms_method = _rt_enum(HttpMethod)
_conv_status_callback_method = _rt_enum(HttpMethod)
_conv_voice_receive_mode = _rt_enum(VoiceReceiveMode)
_conv_voice_fallback_method = _rt_enum(HttpMethod)
_conv_voice_method = _rt_enum(HttpMethod)
_conv_emergency_status = _rt_enum(EmergencyStatus)
_conv_emergency_address_status = _rt_enum(EmergencyAddressStatus)


def _conv_capabilities(value: Any) -> Any:
    from .phone_number_capabilities import PhoneNumberCapabilities

    return _rt_model(PhoneNumberCapabilities)(value)


class IncomingPhoneNumber(Record):
    """IncomingPhoneNumber record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("account_sid", "account_sid"),
        ("address_sid", "address_sid"),
        ("address_requirements", "address_requirements"),
        ("api_version", "api_version"),
        ("beta", "beta"),
        ("capabilities", "capabilities"),
        ("date_created", "date_created"),
        ("date_updated", "date_updated"),
        ("friendly_name", "friendly_name"),
        ("identity_sid", "identity_sid"),
        ("phone_number", "phone_number"),
        ("origin", "origin"),
        ("sid", "sid"),
        ("sms_application_sid", "sms_application_sid"),
        ("sms_fallback_method", "sms_fallback_method"),
        ("sms_fallback_url", "sms_fallback_url"),
        ("sms_method", "sms_method"),
        ("sms_url", "sms_url"),
        ("status_callback", "status_callback"),
        ("status_callback_method", "status_callback_method"),
        ("trunk_sid", "trunk_sid"),
        ("uri", "uri"),
        ("voice_receive_mode", "voice_receive_mode"),
        ("voice_application_sid", "voice_application_sid"),
        ("voice_caller_id_lookup", "voice_caller_id_lookup"),
        ("voice_fallback_method", "voice_fallback_method"),
        ("voice_fallback_url", "voice_fallback_url"),
        ("voice_method", "voice_method"),
        ("voice_url", "voice_url"),
        ("emergency_status", "emergency_status"),
        ("emergency_address_sid", "emergency_address_sid"),
        ("emergency_address_status", "emergency_address_status"),
        ("bundle_sid", "bundle_sid"),
        ("status", "status"),
        ("type_", "type"),
    )

    @property
    def account_sid(self) -> str | None:
        """The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created this
        IncomingPhoneNumber resource."""
        return self._data.get("account_sid")

    @property
    def address_sid(self) -> str | None:
        """The SID of the Address resource associated with the phone number."""
        return self._data.get("address_sid")

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
    def api_version(self) -> str | None:
        """The API version used to start a new TwiML session."""
        return self._data.get("api_version")

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
        messages. Capabilities are `Voice`, `SMS`, and `MMS` and each capability can be: `true`
        or `false`."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("capabilities", _MISSING)
        if value is _MISSING:
            raw = self._data.get("capabilities")
            value = cache["capabilities"] = None if raw is None else _conv_capabilities(raw)
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
    def friendly_name(self) -> str | None:
        """The string that you assigned to describe the resource."""
        return self._data.get("friendly_name")

    @property
    def identity_sid(self) -> str | None:
        """The SID of the Identity resource that we associate with the phone number. Some regions
        require an Identity to meet local regulations."""
        return self._data.get("identity_sid")

    @property
    def phone_number(self) -> str | None:
        """The phone number in [E.164](https://www.twilio.com/docs/glossary/what-e164) format,
        which consists of a + followed by the country code and subscriber number."""
        return self._data.get("phone_number")

    @property
    def origin(self) -> str | None:
        """The phone number's origin. `twilio` identifies Twilio-owned phone numbers and `hosted`
        identifies hosted phone numbers."""
        return self._data.get("origin")

    @property
    def sid(self) -> str | None:
        """The unique string that that we created to identify this IncomingPhoneNumber resource."""
        return self._data.get("sid")

    @property
    def sms_application_sid(self) -> str | None:
        """The SID of the application that handles SMS messages sent to the phone number. If an
        `sms_application_sid` is present, we ignore all `sms_*_url` values and use those of the
        application."""
        return self._data.get("sms_application_sid")

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
    def trunk_sid(self) -> str | None:
        """The SID of the Trunk that handles calls to the phone number. If a `trunk_sid` is
        present, we ignore all of the voice urls and voice applications and use those set on the
        Trunk. Setting a `trunk_sid` will automatically delete your `voice_application_sid` and
        vice versa."""
        return self._data.get("trunk_sid")

    @property
    def uri(self) -> str | None:
        """The URI of the resource, relative to `https://api.twilio.com`."""
        return self._data.get("uri")

    @property
    def voice_receive_mode(self) -> VoiceReceiveMode | str | None:
        """The `voice_receive_mode` field."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("voice_receive_mode", _MISSING)
        if value is _MISSING:
            raw = self._data.get("voice_receive_mode")
            value = cache["voice_receive_mode"] = (
                None if raw is None else _conv_voice_receive_mode(raw)
            )
        return value

    @property
    def voice_application_sid(self) -> str | None:
        """The SID of the application that handles calls to the phone number. If a
        `voice_application_sid` is present, we ignore all of the voice urls and use those set on
        the application. Setting a `voice_application_sid` will automatically delete your
        `trunk_sid` and vice versa."""
        return self._data.get("voice_application_sid")

    @property
    def voice_caller_id_lookup(self) -> bool | None:
        """Whether we look up the caller's caller-ID name from the CNAM database ($0.01 per look
        up). Can be: `true` or `false`."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("voice_caller_id_lookup", _MISSING)
        if value is _MISSING:
            raw = self._data.get("voice_caller_id_lookup")
            value = cache["voice_caller_id_lookup"] = None if raw is None else _rt_bool_value(raw)
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
    def voice_url(self) -> str | None:
        """The URL we call when the phone number receives a call. The `voice_url` will not be used
        if a `voice_application_sid` or a `trunk_sid` is set."""
        return self._data.get("voice_url")

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
        this phone number."""
        return self._data.get("emergency_address_sid")

    @property
    def emergency_address_status(self) -> EmergencyAddressStatus | str | None:
        """The status of address registration with emergency services. A registered emergency
        address will be used during handling of emergency calls from this number."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("emergency_address_status", _MISSING)
        if value is _MISSING:
            raw = self._data.get("emergency_address_status")
            value = cache["emergency_address_status"] = (
                None if raw is None else _conv_emergency_address_status(raw)
            )
        return value

    @property
    def bundle_sid(self) -> str | None:
        """The SID of the Bundle resource that you associate with the phone number. Some regions
        require a Bundle to meet local Regulations."""
        return self._data.get("bundle_sid")

    @property
    def status(self) -> str | None:
        """The `status` field."""
        return self._data.get("status")

    @property
    def type_(self) -> str | None:
        """The phone number type."""
        return self._data.get("type")
