"""Queue: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import int_value as _rt_int_value
from ..._runtime import rfc2822_datetime as _rt_rfc2822_datetime

if TYPE_CHECKING:
    import datetime


class Queue(Record):
    """Queue record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("date_updated", "date_updated"),
        ("current_size", "current_size"),
        ("friendly_name", "friendly_name"),
        ("uri", "uri"),
        ("account_sid", "account_sid"),
        ("average_wait_time", "average_wait_time"),
        ("sid", "sid"),
        ("date_created", "date_created"),
        ("max_size", "max_size"),
    )

    @property
    def date_updated(self) -> datetime.datetime | None:
        """The date and time in GMT that this resource was last updated, specified in [RFC
        2822](https://www.ietf.org/rfc/rfc2822.txt) format."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("date_updated", _MISSING)
        if value is _MISSING:
            raw = self._data.get("date_updated")
            value = cache["date_updated"] = None if raw is None else _rt_rfc2822_datetime(raw)
        return value

    @property
    def current_size(self) -> int | None:
        """The number of calls currently in the queue."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("current_size", _MISSING)
        if value is _MISSING:
            raw = self._data.get("current_size")
            value = cache["current_size"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def friendly_name(self) -> str | None:
        """A string that you assigned to describe this resource."""
        return self._data.get("friendly_name")

    @property
    def uri(self) -> str | None:
        """The URI of this resource, relative to `https://api.twilio.com`."""
        return self._data.get("uri")

    @property
    def account_sid(self) -> str | None:
        """The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created this
        Queue resource."""
        return self._data.get("account_sid")

    @property
    def average_wait_time(self) -> int | None:
        """The average wait time in seconds of the members in this queue. This is calculated at the
        time of the request."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("average_wait_time", _MISSING)
        if value is _MISSING:
            raw = self._data.get("average_wait_time")
            value = cache["average_wait_time"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def sid(self) -> str | None:
        """The unique string that that we created to identify this Queue resource."""
        return self._data.get("sid")

    @property
    def date_created(self) -> datetime.datetime | None:
        """The date and time in GMT that this resource was created specified in [RFC
        2822](https://www.ietf.org/rfc/rfc2822.txt) format."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("date_created", _MISSING)
        if value is _MISSING:
            raw = self._data.get("date_created")
            value = cache["date_created"] = None if raw is None else _rt_rfc2822_datetime(raw)
        return value

    @property
    def max_size(self) -> int | None:
        """The maximum number of calls that can be in the queue. The default is 1000 and the
        maximum is 5000."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("max_size", _MISSING)
        if value is _MISSING:
            raw = self._data.get("max_size")
            value = cache["max_size"] = None if raw is None else _rt_int_value(raw)
        return value
