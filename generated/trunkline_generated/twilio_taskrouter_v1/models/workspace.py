"""Workspace: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import bool_value as _rt_bool_value
from ..._runtime import enum as _rt_enum
from ..._runtime import iso_datetime as _rt_iso_datetime
from .queue_order import QueueOrder

if TYPE_CHECKING:
    import datetime


_conv_prioritize_queue_order = _rt_enum(QueueOrder)


class Workspace(Record):
    """Workspace record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("account_sid", "account_sid"),
        ("date_created", "date_created"),
        ("date_updated", "date_updated"),
        ("default_activity_name", "default_activity_name"),
        ("default_activity_sid", "default_activity_sid"),
        ("event_callback_url", "event_callback_url"),
        ("events_filter", "events_filter"),
        ("friendly_name", "friendly_name"),
        ("multi_task_enabled", "multi_task_enabled"),
        ("sid", "sid"),
        ("timeout_activity_name", "timeout_activity_name"),
        ("timeout_activity_sid", "timeout_activity_sid"),
        ("prioritize_queue_order", "prioritize_queue_order"),
        ("url", "url"),
        ("links", "links"),
    )

    @property
    def account_sid(self) -> str | None:
        """The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the
        Workspace resource."""
        return self._data.get("account_sid")

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
    def default_activity_name(self) -> str | None:
        """The name of the default activity."""
        return self._data.get("default_activity_name")

    @property
    def default_activity_sid(self) -> str | None:
        """The SID of the Activity that will be used when new Workers are created in the Workspace."""
        return self._data.get("default_activity_sid")

    @property
    def event_callback_url(self) -> str | None:
        """The URL we call when an event occurs. If provided, the Workspace will publish events to
        this URL, for example, to collect data for reporting. See [Workspace
        Events](https://www.twilio.com/docs/taskrouter/api/event) for more information. This
        parameter supports Twilio's [Webhooks (HTTP callbacks) Connection
        Overrides](https://www.twilio.com/docs/usage/webhooks/webhooks-connection-overrides)."""
        return self._data.get("event_callback_url")

    @property
    def events_filter(self) -> str | None:
        """The list of Workspace events for which to call `event_callback_url`. For example, if
        `EventsFilter=task.created, task.canceled, worker.activity.update`, then TaskRouter will
        call event_callback_url only when a task is created, canceled, or a Worker activity is
        updated."""
        return self._data.get("events_filter")

    @property
    def friendly_name(self) -> str | None:
        """The string that you assigned to describe the Workspace resource. For example `Customer
        Support` or `2014 Election Campaign`."""
        return self._data.get("friendly_name")

    @property
    def multi_task_enabled(self) -> bool | None:
        """Whether multi-tasking is enabled. The default is `true`, which enables multi-tasking.
        Multi-tasking allows Workers to handle multiple Tasks simultaneously. When enabled
        (`true`), each Worker can receive parallel reservations up to the per-channel maximums
        defined in the Workers section. In single-tasking each Worker would only receive a new
        reservation when the previous task is completed. Learn more at
        [Multitasking](https://www.twilio.com/docs/taskrouter/multitasking)."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("multi_task_enabled", _MISSING)
        if value is _MISSING:
            raw = self._data.get("multi_task_enabled")
            value = cache["multi_task_enabled"] = None if raw is None else _rt_bool_value(raw)
        return value

    @property
    def sid(self) -> str | None:
        """The unique string that we created to identify the Workspace resource."""
        return self._data.get("sid")

    @property
    def timeout_activity_name(self) -> str | None:
        """The name of the timeout activity."""
        return self._data.get("timeout_activity_name")

    @property
    def timeout_activity_sid(self) -> str | None:
        """The SID of the Activity that will be assigned to a Worker when a Task reservation times
        out without a response."""
        return self._data.get("timeout_activity_sid")

    @property
    def prioritize_queue_order(self) -> QueueOrder | str | None:
        """The type of TaskQueue to prioritize when Workers are receiving Tasks from both types of
        TaskQueues. Can be: `LIFO` or `FIFO` and the default is `FIFO`. For more information,
        see [Queue Ordering](https://www.twilio.com/docs/taskrouter/queue-ordering-last-first-
        out-lifo)."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("prioritize_queue_order", _MISSING)
        if value is _MISSING:
            raw = self._data.get("prioritize_queue_order")
            value = cache["prioritize_queue_order"] = (
                None if raw is None else _conv_prioritize_queue_order(raw)
            )
        return value

    @property
    def url(self) -> str | None:
        """The absolute URL of the Workspace resource."""
        return self._data.get("url")

    @property
    def links(self) -> dict[str, Any] | None:
        """The URLs of related resources."""
        return self._data.get("links")
