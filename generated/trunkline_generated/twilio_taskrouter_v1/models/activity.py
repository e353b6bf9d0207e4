"""Activity: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import bool_value as _rt_bool_value
from ..._runtime import iso_datetime as _rt_iso_datetime

if TYPE_CHECKING:
    import datetime


class Activity(Record):
    """Activity record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("account_sid", "account_sid"),
        ("available", "available"),
        ("date_created", "date_created"),
        ("date_updated", "date_updated"),
        ("friendly_name", "friendly_name"),
        ("sid", "sid"),
        ("workspace_sid", "workspace_sid"),
        ("url", "url"),
        ("links", "links"),
    )

    @property
    def account_sid(self) -> str | None:
        """The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the
        Activity resource."""
        return self._data.get("account_sid")

    @property
    def available(self) -> bool | None:
        """Whether the Worker is eligible to receive a Task when it occupies the Activity. A value
        of `true`, `1`, or `yes` indicates the Activity is available. All other values indicate
        that it is not. The value cannot be changed after the Activity is created."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("available", _MISSING)
        if value is _MISSING:
            raw = self._data.get("available")
            value = cache["available"] = None if raw is None else _rt_bool_value(raw)
        return value

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
    def friendly_name(self) -> str | None:
        """The string that you assigned to describe the Activity resource."""
        return self._data.get("friendly_name")

    @property
    def sid(self) -> str | None:
        """The unique string that we created to identify the Activity resource."""
        return self._data.get("sid")

    @property
    def workspace_sid(self) -> str | None:
        """The SID of the Workspace that contains the Activity."""
        return self._data.get("workspace_sid")

    @property
    def url(self) -> str | None:
        """The absolute URL of the Activity resource."""
        return self._data.get("url")

    @property
    def links(self) -> dict[str, Any] | None:
        """The URLs of related resources."""
        return self._data.get("links")
