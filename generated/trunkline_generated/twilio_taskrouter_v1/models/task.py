"""Task: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import bool_value as _rt_bool_value
from ..._runtime import enum as _rt_enum
from ..._runtime import int_value as _rt_int_value
from ..._runtime import iso_datetime as _rt_iso_datetime
from .task_status import TaskStatus

if TYPE_CHECKING:
    import datetime


_conv_assignment_status = _rt_enum(TaskStatus)


class Task(Record):
    """Task record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("account_sid", "account_sid"),
        ("age", "age"),
        ("assignment_status", "assignment_status"),
        ("attributes", "attributes"),
        ("addons", "addons"),
        ("date_created", "date_created"),
        ("date_updated", "date_updated"),
        ("task_queue_entered_date", "task_queue_entered_date"),
        ("priority", "priority"),
        ("reason", "reason"),
        ("sid", "sid"),
        ("task_queue_sid", "task_queue_sid"),
        ("task_queue_friendly_name", "task_queue_friendly_name"),
        ("task_channel_sid", "task_channel_sid"),
        ("task_channel_unique_name", "task_channel_unique_name"),
        ("timeout", "timeout"),
        ("workflow_sid", "workflow_sid"),
        ("workflow_friendly_name", "workflow_friendly_name"),
        ("workspace_sid", "workspace_sid"),
        ("url", "url"),
        ("links", "links"),
        ("virtual_start_time", "virtual_start_time"),
        ("ignore_capacity", "ignore_capacity"),
        ("routing_target", "routing_target"),
    )

    @property
    def account_sid(self) -> str | None:
        """The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the
        Task resource."""
        return self._data.get("account_sid")

    @property
    def age(self) -> int | None:
        """The number of seconds since the Task was created."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("age", _MISSING)
        if value is _MISSING:
            raw = self._data.get("age")
            value = cache["age"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def assignment_status(self) -> TaskStatus | str | None:
        """The current status of the Task's assignment. Can be: `pending`, `reserved`, `assigned`,
        `canceled`, `wrapping`, or `completed`."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("assignment_status", _MISSING)
        if value is _MISSING:
            raw = self._data.get("assignment_status")
            value = cache["assignment_status"] = (
                None if raw is None else _conv_assignment_status(raw)
            )
        return value

    @property
    def attributes(self) -> str | None:
        """The JSON string with custom attributes of the work. **Note** If this property has been
        assigned a value, it will only be displayed in FETCH action that returns a single
        resource. Otherwise, it will be null."""
        return self._data.get("attributes")

    @property
    def addons(self) -> str | None:
        """An object that contains the [Add-on](https://www.twilio.com/docs/add-ons) data for all
        installed Add-ons."""
        return self._data.get("addons")

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
    def task_queue_entered_date(self) -> datetime.datetime | None:
        """The date and time in GMT when the Task entered the TaskQueue, specified in [ISO
        8601](https://en.wikipedia.org/wiki/ISO_8601) format."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("task_queue_entered_date", _MISSING)
        if value is _MISSING:
            raw = self._data.get("task_queue_entered_date")
            value = cache["task_queue_entered_date"] = (
                None if raw is None else _rt_iso_datetime(raw)
            )
        return value

    @property
    def priority(self) -> int | None:
        """The current priority score of the Task as assigned to a Worker by the workflow. Tasks
        with higher priority values will be assigned before Tasks with lower values."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("priority", _MISSING)
        if value is _MISSING:
            raw = self._data.get("priority")
            value = cache["priority"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def reason(self) -> str | None:
        """The reason the Task was canceled or completed, if applicable."""
        return self._data.get("reason")

    @property
    def sid(self) -> str | None:
        """The unique string that we created to identify the Task resource."""
        return self._data.get("sid")

    @property
    def task_queue_sid(self) -> str | None:
        """The SID of the TaskQueue."""
        return self._data.get("task_queue_sid")

    @property
    def task_queue_friendly_name(self) -> str | None:
        """The friendly name of the TaskQueue."""
        return self._data.get("task_queue_friendly_name")

    @property
    def task_channel_sid(self) -> str | None:
        """The SID of the TaskChannel."""
        return self._data.get("task_channel_sid")

    @property
    def task_channel_unique_name(self) -> str | None:
        """The unique name of the TaskChannel."""
        return self._data.get("task_channel_unique_name")

    @property
    def timeout(self) -> int | None:
        """The amount of time in seconds that the Task can live before being assigned."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("timeout", _MISSING)
        if value is _MISSING:
            raw = self._data.get("timeout")
            value = cache["timeout"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def workflow_sid(self) -> str | None:
        """The SID of the Workflow that is controlling the Task."""
        return self._data.get("workflow_sid")

    @property
    def workflow_friendly_name(self) -> str | None:
        """The friendly name of the Workflow that is controlling the Task."""
        return self._data.get("workflow_friendly_name")

    @property
    def workspace_sid(self) -> str | None:
        """The SID of the Workspace that contains the Task."""
        return self._data.get("workspace_sid")

    @property
    def url(self) -> str | None:
        """The absolute URL of the Task resource."""
        return self._data.get("url")

    @property
    def links(self) -> dict[str, Any] | None:
        """The URLs of related resources."""
        return self._data.get("links")

    @property
    def virtual_start_time(self) -> datetime.datetime | None:
        """The date and time in GMT indicating the ordering for routing of the Task specified in
        [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("virtual_start_time", _MISSING)
        if value is _MISSING:
            raw = self._data.get("virtual_start_time")
            value = cache["virtual_start_time"] = None if raw is None else _rt_iso_datetime(raw)
        return value

    @property
    def ignore_capacity(self) -> bool | None:
        """A boolean that indicates if the Task should respect a Worker's capacity and availability
        during assignment. This field can only be used when the `RoutingTarget` field is set to
        a Worker SID. By setting `IgnoreCapacity` to a value of `true`, `1`, or `yes`, the Task
        will be routed to the Worker without respecting their capacity and availability. Any
        other value will enforce the Worker's capacity and availability. The default value of
        `IgnoreCapacity` is `true` when the `RoutingTarget` is set to a Worker SID."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("ignore_capacity", _MISSING)
        if value is _MISSING:
            raw = self._data.get("ignore_capacity")
            value = cache["ignore_capacity"] = None if raw is None else _rt_bool_value(raw)
        return value

    @property
    def routing_target(self) -> str | None:
        """A SID of a Worker, Queue, or Workflow to route a Task to"""
        return self._data.get("routing_target")
