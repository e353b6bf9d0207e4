"""Application: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import bool_value as _rt_bool_value
from ..._runtime import enum as _rt_enum
from ..._runtime import rfc2822_datetime as _rt_rfc2822_datetime
from .http_method import HttpMethod

if TYPE_CHECKING:
    import datetime


_conv_sms_fallback_method = _rt_enum(HttpMethod)
_conv_sms_method = _rt_enum(HttpMethod)
_conv_status_callback_method = _rt_enum(HttpMethod)
_conv_voice_fallback_method = _rt_enum(HttpMethod)
_conv_voice_method = _rt_enum(HttpMethod)


class Application(Record):
    """Application record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("account_sid", "account_sid"),
        ("api_version", "api_version"),
        ("date_created", "date_created"),
        ("date_updated", "date_updated"),
        ("friendly_name", "friendly_name"),
        ("message_status_callback", "message_status_callback"),
        ("sid", "sid"),
        ("sms_fallback_method", "sms_fallback_method"),
        ("sms_fallback_url", "sms_fallback_url"),
        ("sms_method", "sms_method"),
        ("sms_status_callback", "sms_status_callback"),
        ("sms_url", "sms_url"),
        ("status_callback", "status_callback"),
        ("status_callback_method", "status_callback_method"),
        ("uri", "uri"),
        ("voice_caller_id_lookup", "voice_caller_id_lookup"),
        ("voice_fallback_method", "voice_fallback_method"),
        ("voice_fallback_url", "voice_fallback_url"),
        ("voice_method", "voice_method"),
        ("voice_url", "voice_url"),
        ("public_application_connect_enabled", "public_application_connect_enabled"),
    )

    @property
    def account_sid(self) -> str | None:
        """The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the
        Application resource."""
        return self._data.get("account_sid")

    @property
    def api_version(self) -> str | None:
        """The API version used to start a new TwiML session."""
        return self._data.get("api_version")

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
    def message_status_callback(self) -> str | None:
        """The URL we call using a POST method to send message status information to your
        application."""
        return self._data.get("message_status_callback")

    @property
    def sid(self) -> str | None:
        """The unique string that that we created to identify the Application resource."""
        return self._data.get("sid")

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
    def sms_status_callback(self) -> str | None:
        """The URL we call using a POST method to send status information to your application about
        SMS messages that refer to the application."""
        return self._data.get("sms_status_callback")

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
    def uri(self) -> str | None:
        """The URI of the resource, relative to `https://api.twilio.com`."""
        return self._data.get("uri")

    @property
    def voice_caller_id_lookup(self) -> bool | None:
        """Whether we look up the caller's caller-ID name from the CNAM database (additional
        charges apply). Can be: `true` or `false`."""
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
        """The URL we call when the phone number assigned to this application receives a call."""
        return self._data.get("voice_url")

    @property
    def public_application_connect_enabled(self) -> bool | None:
        """Whether to allow other Twilio accounts to dial this applicaton using Dial verb. Can be:
        `true` or `false`."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("public_application_connect_enabled", _MISSING)
        if value is _MISSING:
            raw = self._data.get("public_application_connect_enabled")
            value = cache["public_application_connect_enabled"] = (
                None if raw is None else _rt_bool_value(raw)
            )
        return value
