"""Alert: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import enum as _rt_enum
from ..._runtime import iso_datetime as _rt_iso_datetime
from .alert_log_level import AlertLogLevel
from .http_method import HttpMethod

if TYPE_CHECKING:
    import datetime


_conv_log_level = _rt_enum(AlertLogLevel)
_conv_request_method = _rt_enum(HttpMethod)


class Alert(Record):
    """Alert record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("sid", "sid"),
        ("account_sid", "account_sid"),
        ("alert_text", "alert_text"),
        ("api_version", "api_version"),
        ("date_created", "date_created"),
        ("date_generated", "date_generated"),
        ("date_updated", "date_updated"),
        ("error_code", "error_code"),
        ("log_level", "log_level"),
        ("more_info", "more_info"),
        ("request_method", "request_method"),
        ("request_url", "request_url"),
        ("request_variables", "request_variables"),
        ("request_headers", "request_headers"),
        ("response_body", "response_body"),
        ("response_headers", "response_headers"),
        ("resource_sid", "resource_sid"),
        ("service_sid", "service_sid"),
        ("url", "url"),
    )

    @property
    def sid(self) -> str | None:
        """The unique string that we created to identify the Alert resource."""
        return self._data.get("sid")

    @property
    def account_sid(self) -> str | None:
        """The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the
        Alert resource."""
        return self._data.get("account_sid")

    @property
    def alert_text(self) -> str | None:
        """The text of the alert: a URL-encoded query string (form encoding) of the alert's
        details, e.g.
        `Msg=...&sourceComponent=12000&ErrorCode=11200&httpResponse=502&url=https%3A%2F%2F...`;
        its keys depend on the error code."""
        return self._data.get("alert_text")

    @property
    def api_version(self) -> str | None:
        """The API version used when the alert was generated. Can be empty for events that don't
        have a specific API version."""
        return self._data.get("api_version")

    @property
    def date_created(self) -> datetime.datetime | None:
        """The date and time in GMT when the resource was created specified in [ISO
        8601](https://en.wikipedia.org/wiki/ISO_8601) format."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("date_created", _MISSING)
        if value is _MISSING:
            raw = self._data.get("date_created")
            value = cache["date_created"] = None if raw is None else _rt_iso_datetime(raw)
        return value

    @property
    def date_generated(self) -> datetime.datetime | None:
        """The date and time in GMT when the alert was generated specified in [ISO
        8601](https://en.wikipedia.org/wiki/ISO_8601#UTC) format. Due to buffering, this can be
        different than `date_created`."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("date_generated", _MISSING)
        if value is _MISSING:
            raw = self._data.get("date_generated")
            value = cache["date_generated"] = None if raw is None else _rt_iso_datetime(raw)
        return value

    @property
    def date_updated(self) -> datetime.datetime | None:
        """The date and time in GMT when the resource was last updated specified in [ISO
        8601](https://en.wikipedia.org/wiki/ISO_8601) format."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("date_updated", _MISSING)
        if value is _MISSING:
            raw = self._data.get("date_updated")
            value = cache["date_updated"] = None if raw is None else _rt_iso_datetime(raw)
        return value

    @property
    def error_code(self) -> str | None:
        """The error code for the condition that generated the alert (a string of digits, e.g.
        `"11200"`). See the [Error Dictionary](https://www.twilio.com/docs/api/errors) for
        possible causes and solutions to the error."""
        return self._data.get("error_code")

    @property
    def log_level(self) -> AlertLogLevel | str | None:
        """The log level. Can be: `error`, `warning`, `notice`, or `debug`."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("log_level", _MISSING)
        if value is _MISSING:
            raw = self._data.get("log_level")
            value = cache["log_level"] = None if raw is None else _conv_log_level(raw)
        return value

    @property
    def more_info(self) -> str | None:
        """The URL of the page in our [Error Dictionary](https://www.twilio.com/docs/api/errors)
        with more information about the error condition."""
        return self._data.get("more_info")

    @property
    def request_method(self) -> HttpMethod | str | None:
        """The method used by the request that generated the alert. If the alert was generated by a
        request we made to your server, this is the method we used. If the alert was generated
        by a request from your application to our API, this is the method your application used."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("request_method", _MISSING)
        if value is _MISSING:
            raw = self._data.get("request_method")
            value = cache["request_method"] = None if raw is None else _conv_request_method(raw)
        return value

    @property
    def request_url(self) -> str | None:
        """The URL of the request that generated the alert. If the alert was generated by a request
        we made to your server, this is the URL on your server that generated the alert. If the
        alert was generated by a request from your application to our API, this is the URL of
        the resource requested."""
        return self._data.get("request_url")

    @property
    def request_variables(self) -> str | None:
        """The variables passed in the request that generated the alert. This value is only
        returned when a single Alert resource is fetched."""
        return self._data.get("request_variables")

    @property
    def request_headers(self) -> str | None:
        """The request headers of the request that generated the alert. This value is only returned
        when a single Alert resource is fetched."""
        return self._data.get("request_headers")

    @property
    def response_body(self) -> str | None:
        """The response body of the request that generated the alert. This value is only returned
        when a single Alert resource is fetched."""
        return self._data.get("response_body")

    @property
    def response_headers(self) -> str | None:
        """The response headers of the request that generated the alert. This value is only
        returned when a single Alert resource is fetched."""
        return self._data.get("response_headers")

    @property
    def resource_sid(self) -> str | None:
        """The SID of the resource for which the alert was generated. For instance, if your server
        failed to respond to an HTTP request during the flow of a particular call, this value
        would be the SID of the call. This value is empty if the alert was not generated for a
        particular resource."""
        return self._data.get("resource_sid")

    @property
    def service_sid(self) -> str | None:
        """The SID of the service or resource that generated the alert. Can be `null`."""
        return self._data.get("service_sid")

    @property
    def url(self) -> str | None:
        """The absolute URL of the Alert resource."""
        return self._data.get("url")
