"""SipDomain: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import bool_value as _rt_bool_value
from ..._runtime import enum as _rt_enum
from ..._runtime import rfc2822_datetime as _rt_rfc2822_datetime
from .http_method import HttpMethod

if TYPE_CHECKING:
    import datetime


_conv_voice_fallback_method = _rt_enum(HttpMethod)
_conv_voice_method = _rt_enum(HttpMethod)
_conv_voice_status_callback_method = _rt_enum(HttpMethod)


class SipDomain(Record):
    """SipDomain record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("account_sid", "account_sid"),
        ("api_version", "api_version"),
        ("auth_type", "auth_type"),
        ("date_created", "date_created"),
        ("date_updated", "date_updated"),
        ("domain_name", "domain_name"),
        ("friendly_name", "friendly_name"),
        ("sid", "sid"),
        ("uri", "uri"),
        ("voice_fallback_method", "voice_fallback_method"),
        ("voice_fallback_url", "voice_fallback_url"),
        ("voice_method", "voice_method"),
        ("voice_status_callback_method", "voice_status_callback_method"),
        ("voice_status_callback_url", "voice_status_callback_url"),
        ("voice_url", "voice_url"),
        ("subresource_uris", "subresource_uris"),
        ("sip_registration", "sip_registration"),
        ("emergency_calling_enabled", "emergency_calling_enabled"),
        ("secure", "secure"),
        ("byoc_trunk_sid", "byoc_trunk_sid"),
        ("emergency_caller_sid", "emergency_caller_sid"),
    )

    @property
    def account_sid(self) -> str | None:
        """The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the
        SipDomain resource."""
        return self._data.get("account_sid")

    @property
    def api_version(self) -> str | None:
        """The API version used to process the call."""
        return self._data.get("api_version")

    @property
    def auth_type(self) -> str | None:
        """The types of authentication you have mapped to your domain. Can be: `IP_ACL` and
        `CREDENTIAL_LIST`. If you have both defined for your domain, both will be returned in a
        comma delimited string. If `auth_type` is not defined, the domain will not be able to
        receive any traffic."""
        return self._data.get("auth_type")

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
    def domain_name(self) -> str | None:
        """The unique address you reserve on Twilio to which you route your SIP traffic. Domain
        names can contain letters, digits, and "-" and must end with `sip.twilio.com`."""
        return self._data.get("domain_name")

    @property
    def friendly_name(self) -> str | None:
        """The string that you assigned to describe the resource."""
        return self._data.get("friendly_name")

    @property
    def sid(self) -> str | None:
        """The unique string that that we created to identify the SipDomain resource."""
        return self._data.get("sid")

    @property
    def uri(self) -> str | None:
        """The URI of the resource, relative to `https://api.twilio.com`."""
        return self._data.get("uri")

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
        """The URL that we call when an error occurs while retrieving or executing the TwiML
        requested from `voice_url`."""
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
    def voice_status_callback_method(self) -> HttpMethod | str | None:
        """The HTTP method we use to call `voice_status_callback_url`. Either `GET` or `POST`."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("voice_status_callback_method", _MISSING)
        if value is _MISSING:
            raw = self._data.get("voice_status_callback_method")
            value = cache["voice_status_callback_method"] = (
                None if raw is None else _conv_voice_status_callback_method(raw)
            )
        return value

    @property
    def voice_status_callback_url(self) -> str | None:
        """The URL that we call to pass status parameters (such as call ended) to your application."""
        return self._data.get("voice_status_callback_url")

    @property
    def voice_url(self) -> str | None:
        """The URL we call using the `voice_method` when the domain receives a call."""
        return self._data.get("voice_url")

    @property
    def subresource_uris(self) -> dict[str, Any] | None:
        """A list of mapping resources associated with the SIP Domain resource identified by their
        relative URIs."""
        return self._data.get("subresource_uris")

    @property
    def sip_registration(self) -> bool | None:
        """Whether to allow SIP Endpoints to register with the domain to receive calls."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("sip_registration", _MISSING)
        if value is _MISSING:
            raw = self._data.get("sip_registration")
            value = cache["sip_registration"] = None if raw is None else _rt_bool_value(raw)
        return value

    @property
    def emergency_calling_enabled(self) -> bool | None:
        """Whether emergency calling is enabled for the domain. If enabled, allows emergency calls
        on the domain from phone numbers with validated addresses."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("emergency_calling_enabled", _MISSING)
        if value is _MISSING:
            raw = self._data.get("emergency_calling_enabled")
            value = cache["emergency_calling_enabled"] = (
                None if raw is None else _rt_bool_value(raw)
            )
        return value

    @property
    def secure(self) -> bool | None:
        """Whether secure SIP is enabled for the domain. If enabled, TLS will be enforced and SRTP
        will be negotiated on all incoming calls to this sip domain."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("secure", _MISSING)
        if value is _MISSING:
            raw = self._data.get("secure")
            value = cache["secure"] = None if raw is None else _rt_bool_value(raw)
        return value

    @property
    def byoc_trunk_sid(self) -> str | None:
        """The SID of the BYOC Trunk(Bring Your Own Carrier) resource that the Sip Domain will be
        associated with."""
        return self._data.get("byoc_trunk_sid")

    @property
    def emergency_caller_sid(self) -> str | None:
        """Whether an emergency caller sid is configured for the domain. If present, this phone
        number will be used as the callback for the emergency call."""
        return self._data.get("emergency_caller_sid")
