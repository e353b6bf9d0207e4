"""NotificationDetail: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import enum as _rt_enum
from ..._runtime import int_string as _rt_int_string
from ..._runtime import rfc2822_datetime as _rt_rfc2822_datetime
from .http_method import HttpMethod

if TYPE_CHECKING:
    import datetime


_conv_request_method = _rt_enum(HttpMethod)


class NotificationDetail(Record):
    """NotificationDetail record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("account_sid", "account_sid"),
        ("api_version", "api_version"),
        ("call_sid", "call_sid"),
        ("date_created", "date_created"),
        ("date_updated", "date_updated"),
        ("error_code", "error_code"),
        ("log", "log"),
        ("message_date", "message_date"),
        ("message_text", "message_text"),
        ("more_info", "more_info"),
        ("request_method", "request_method"),
        ("request_url", "request_url"),
        ("request_variables", "request_variables"),
        ("response_body", "response_body"),
        ("response_headers", "response_headers"),
        ("sid", "sid"),
        ("uri", "uri"),
    )

    @property
    def account_sid(self) -> str | None:
        """The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the
        Notification resource."""
        return self._data.get("account_sid")

    @property
    def api_version(self) -> str | None:
        """The API version used to generate the notification. Can be empty for events that don't
        have a specific API version, such as incoming phone calls."""
        return self._data.get("api_version")

    @property
    def call_sid(self) -> str | None:
        """The SID of the [Call](https://www.twilio.com/docs/voice/api/call-resource) the
        Notification resource is associated with."""
        return self._data.get("call_sid")

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
    def error_code(self) -> int | None:
        """A unique error code for the error condition that is described in our [Error
        Dictionary](https://www.twilio.com/docs/api/errors)."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("error_code", _MISSING)
        if value is _MISSING:
            raw = self._data.get("error_code")
            value = cache["error_code"] = None if raw is None else _rt_int_string(raw)
        return value

    @property
    def log(self) -> int | None:
        """An integer log level that corresponds to the type of notification: `0` is ERROR, `1` is
        WARNING."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("log", _MISSING)
        if value is _MISSING:
            raw = self._data.get("log")
            value = cache["log"] = None if raw is None else _rt_int_string(raw)
        return value

    @property
    def message_date(self) -> datetime.datetime | None:
        """The date the notification was actually generated in [RFC
        2822](https://www.ietf.org/rfc/rfc2822.txt) format. Message buffering can cause this
        value to differ from `date_created`."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("message_date", _MISSING)
        if value is _MISSING:
            raw = self._data.get("message_date")
            value = cache["message_date"] = None if raw is None else _rt_rfc2822_datetime(raw)
        return value

    @property
    def message_text(self) -> str | None:
        """The text of the notification."""
        return self._data.get("message_text")

    @property
    def more_info(self) -> str | None:
        """The URL for more information about the error condition. This value is a page in our
        [Error Dictionary](https://www.twilio.com/docs/api/errors)."""
        return self._data.get("more_info")

    @property
    def request_method(self) -> HttpMethod | str | None:
        """The HTTP method used to generate the notification. If the notification was generated
        during a phone call, this is the HTTP Method used to request the resource on your
        server. If the notification was generated by your use of our REST API, this is the HTTP
        method used to call the resource on our servers."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("request_method", _MISSING)
        if value is _MISSING:
            raw = self._data.get("request_method")
            value = cache["request_method"] = None if raw is None else _conv_request_method(raw)
        return value

    @property
    def request_url(self) -> str | None:
        """The URL of the resource that generated the notification. If the notification was
        generated during a phone call, this is the URL of the resource on your server that
        caused the notification. If the notification was generated by your use of our REST API,
        this is the URL of the resource you called."""
        return self._data.get("request_url")

    @property
    def request_variables(self) -> str | None:
        """The HTTP GET or POST variables we sent to your server. However, if the notification was
        generated by our REST API, this contains the HTTP POST or PUT variables you sent to our
        API."""
        return self._data.get("request_variables")

    @property
    def response_body(self) -> str | None:
        """The HTTP body returned by your server."""
        return self._data.get("response_body")

    @property
    def response_headers(self) -> str | None:
        """The HTTP headers returned by your server."""
        return self._data.get("response_headers")

    @property
    def sid(self) -> str | None:
        """The unique string that that we created to identify the Notification resource."""
        return self._data.get("sid")

    @property
    def uri(self) -> str | None:
        """The URI of the resource, relative to `https://api.twilio.com`."""
        return self._data.get("uri")
