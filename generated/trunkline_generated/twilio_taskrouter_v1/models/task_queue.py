"""TaskQueue: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import enum as _rt_enum
from ..._runtime import int_value as _rt_int_value
from ..._runtime import iso_datetime as _rt_iso_datetime
from .task_order import TaskOrder

if TYPE_CHECKING:
    import datetime


_conv_task_order = _rt_enum(TaskOrder)


class TaskQueue(Record):
    """TaskQueue record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("account_sid", "account_sid"),
        ("assignment_activity_sid", "assignment_activity_sid"),
        ("assignment_activity_name", "assignment_activity_name"),
        ("date_created", "date_created"),
        ("date_updated", "date_updated"),
        ("friendly_name", "friendly_name"),
        ("max_reserved_workers", "max_reserved_workers"),
        ("reservation_activity_sid", "reservation_activity_sid"),
        ("reservation_activity_name", "reservation_activity_name"),
        ("sid", "sid"),
        ("target_workers", "target_workers"),
        ("task_order", "task_order"),
        ("url", "url"),
        ("workspace_sid", "workspace_sid"),
        ("links", "links"),
    )

    @property
    def account_sid(self) -> str | None:
        """The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the
        TaskQueue resource."""
        return self._data.get("account_sid")

    @property
    def assignment_activity_sid(self) -> str | None:
        """The SID of the Activity to assign Workers when a task is assigned for them."""
        return self._data.get("assignment_activity_sid")

    @property
    def assignment_activity_name(self) -> str | None:
        """The name of the Activity to assign Workers when a task is assigned for them."""
        return self._data.get("assignment_activity_name")

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
        """The string that you assigned to describe the resource."""
        return self._data.get("friendly_name")

    @property
    def max_reserved_workers(self) -> int | None:
        """The maximum number of Workers to reserve for the assignment of a task in the queue. Can
        be an integer between 1 and 50, inclusive and defaults to 1."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("max_reserved_workers", _MISSING)
        if value is _MISSING:
            raw = self._data.get("max_reserved_workers")
            value = cache["max_reserved_workers"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def reservation_activity_sid(self) -> str | None:
        """The SID of the Activity to assign Workers once a task is reserved for them."""
        return self._data.get("reservation_activity_sid")

    @property
    def reservation_activity_name(self) -> str | None:
        """The name of the Activity to assign Workers once a task is reserved for them."""
        return self._data.get("reservation_activity_name")

    @property
    def sid(self) -> str | None:
        """The unique string that we created to identify the TaskQueue resource."""
        return self._data.get("sid")

    @property
    def target_workers(self) -> str | None:
        """A string describing the Worker selection criteria for any Tasks that enter the
        TaskQueue. For example `'"language" == "spanish"'` If no TargetWorkers parameter is
        provided, Tasks will wait in the TaskQueue until they are either deleted or moved to
        another TaskQueue. Additional examples on how to describing Worker selection criteria
        below. Defaults to 1==1."""
        return self._data.get("target_workers")

    @property
    def task_order(self) -> TaskOrder | str | None:
        """How Tasks will be assigned to Workers. Set this parameter to `LIFO` to assign most
        recently created Task first or `FIFO` to assign the oldest Task. Default is FIFO. [Click
        here](https://www.twilio.com/docs/taskrouter/queue-ordering-last-first-out-lifo) to
        learn more."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("task_order", _MISSING)
        if value is _MISSING:
            raw = self._data.get("task_order")
            value = cache["task_order"] = None if raw is None else _conv_task_order(raw)
        return value

    @property
    def url(self) -> str | None:
        """The absolute URL of the TaskQueue resource."""
        return self._data.get("url")

    @property
    def workspace_sid(self) -> str | None:
        """The SID of the Workspace that contains the TaskQueue."""
        return self._data.get("workspace_sid")

    @property
    def links(self) -> dict[str, Any] | None:
        """The URLs of related resources."""
        return self._data.get("links")
