"""Workflow: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import int_value as _rt_int_value
from ..._runtime import iso_datetime as _rt_iso_datetime

if TYPE_CHECKING:
    import datetime


class Workflow(Record):
    """Workflow record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("account_sid", "account_sid"),
        ("assignment_callback_url", "assignment_callback_url"),
        ("configuration", "configuration"),
        ("date_created", "date_created"),
        ("date_updated", "date_updated"),
        ("document_content_type", "document_content_type"),
        ("fallback_assignment_callback_url", "fallback_assignment_callback_url"),
        ("friendly_name", "friendly_name"),
        ("sid", "sid"),
        ("task_reservation_timeout", "task_reservation_timeout"),
        ("workspace_sid", "workspace_sid"),
        ("url", "url"),
        ("links", "links"),
    )

    @property
    def account_sid(self) -> str | None:
        """The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the
        Workflow resource."""
        return self._data.get("account_sid")

    @property
    def assignment_callback_url(self) -> str | None:
        """The URL that we call when a task managed by the Workflow is assigned to a Worker. See
        Assignment Callback URL for more information."""
        return self._data.get("assignment_callback_url")

    @property
    def configuration(self) -> str | None:
        """A JSON string that contains the Workflow's configuration. See [Configuring
        Workflows](https://www.twilio.com/docs/taskrouter/workflow-configuration) for more
        information."""
        return self._data.get("configuration")

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
    def document_content_type(self) -> str | None:
        """The MIME type of the document."""
        return self._data.get("document_content_type")

    @property
    def fallback_assignment_callback_url(self) -> str | None:
        """The URL that we call when a call to the `assignment_callback_url` fails."""
        return self._data.get("fallback_assignment_callback_url")

    @property
    def friendly_name(self) -> str | None:
        """The string that you assigned to describe the Workflow resource. For example, `Customer
        Support` or `2014 Election Campaign`."""
        return self._data.get("friendly_name")

    @property
    def sid(self) -> str | None:
        """The unique string that we created to identify the Workflow resource."""
        return self._data.get("sid")

    @property
    def task_reservation_timeout(self) -> int | None:
        """How long TaskRouter will wait for a confirmation response from your application after it
        assigns a Task to a Worker. Can be up to `86,400` (24 hours) and the default is `120`."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("task_reservation_timeout", _MISSING)
        if value is _MISSING:
            raw = self._data.get("task_reservation_timeout")
            value = cache["task_reservation_timeout"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def workspace_sid(self) -> str | None:
        """The SID of the Workspace that contains the Workflow."""
        return self._data.get("workspace_sid")

    @property
    def url(self) -> str | None:
        """The absolute URL of the Workflow resource."""
        return self._data.get("url")

    @property
    def links(self) -> dict[str, Any] | None:
        """The URLs of related resources."""
        return self._data.get("links")
