"""Worker: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import bool_value as _rt_bool_value
from ..._runtime import iso_datetime as _rt_iso_datetime

if TYPE_CHECKING:
    import datetime


class Worker(Record):
    """Worker record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("account_sid", "account_sid"),
        ("activity_name", "activity_name"),
        ("activity_sid", "activity_sid"),
        ("attributes", "attributes"),
        ("available", "available"),
        ("date_created", "date_created"),
        ("date_status_changed", "date_status_changed"),
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
        Worker resource."""
        return self._data.get("account_sid")

    @property
    def activity_name(self) -> str | None:
        """The `friendly_name` of the Worker's current Activity."""
        return self._data.get("activity_name")

    @property
    def activity_sid(self) -> str | None:
        """The SID of the Worker's current Activity."""
        return self._data.get("activity_sid")

    @property
    def attributes(self) -> str | None:
        """The JSON string that describes the Worker. For example: `{ "email": "Bob@example.com",
        "phone": "+5095551234" }`. **Note** If this property has been assigned a value, it will
        only be displayed in FETCH actions that return a single resource. Otherwise, this
        property will be null, even if it has a value. This data is passed to the
        `assignment_callback_url` when TaskRouter assigns a Task to the Worker."""
        return self._data.get("attributes")

    @property
    def available(self) -> bool | None:
        """Whether the Worker is available to perform tasks."""
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
    def date_status_changed(self) -> datetime.datetime | None:
        """The date and time in GMT of the last change to the Worker's activity specified in [ISO
        8601](https://en.wikipedia.org/wiki/ISO_8601) format. Used to calculate Workflow
        statistics."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("date_status_changed", _MISSING)
        if value is _MISSING:
            raw = self._data.get("date_status_changed")
            value = cache["date_status_changed"] = None if raw is None else _rt_iso_datetime(raw)
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
        """The string that you assigned to describe the resource. Friendly names are case
        insensitive, and unique within the TaskRouter Workspace."""
        return self._data.get("friendly_name")

    @property
    def sid(self) -> str | None:
        """The unique string that we created to identify the Worker resource."""
        return self._data.get("sid")

    @property
    def workspace_sid(self) -> str | None:
        """The SID of the Workspace that contains the Worker."""
        return self._data.get("workspace_sid")

    @property
    def url(self) -> str | None:
        """The absolute URL of the Worker resource."""
        return self._data.get("url")

    @property
    def links(self) -> dict[str, Any] | None:
        """The URLs of related resources."""
        return self._data.get("links")
