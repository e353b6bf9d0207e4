"""WorkspaceRealTimeStatistics: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import int_value as _rt_int_value
from ..._runtime import model_list as _rt_model_list

if TYPE_CHECKING:
    from .activity_statistic import ActivityStatistic


def _conv_activity_statistics(value: Any) -> Any:
    from .activity_statistic import ActivityStatistic

    return _rt_model_list(ActivityStatistic)(value)


class WorkspaceRealTimeStatistics(Record):
    """WorkspaceRealTimeStatistics record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("account_sid", "account_sid"),
        ("activity_statistics", "activity_statistics"),
        ("longest_task_waiting_age", "longest_task_waiting_age"),
        ("longest_task_waiting_sid", "longest_task_waiting_sid"),
        ("tasks_by_priority", "tasks_by_priority"),
        ("tasks_by_status", "tasks_by_status"),
        ("total_tasks", "total_tasks"),
        ("total_workers", "total_workers"),
        ("workspace_sid", "workspace_sid"),
        ("url", "url"),
    )

    @property
    def account_sid(self) -> str | None:
        """The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the
        Workspace resource."""
        return self._data.get("account_sid")

    @property
    def activity_statistics(self) -> list[ActivityStatistic] | None:
        """The number of current Workers by Activity."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("activity_statistics", _MISSING)
        if value is _MISSING:
            raw = self._data.get("activity_statistics")
            value = cache["activity_statistics"] = (
                None if raw is None else _conv_activity_statistics(raw)
            )
        return value

    @property
    def longest_task_waiting_age(self) -> int | None:
        """The age of the longest waiting Task."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("longest_task_waiting_age", _MISSING)
        if value is _MISSING:
            raw = self._data.get("longest_task_waiting_age")
            value = cache["longest_task_waiting_age"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def longest_task_waiting_sid(self) -> str | None:
        """The SID of the longest waiting Task."""
        return self._data.get("longest_task_waiting_sid")

    @property
    def tasks_by_priority(self) -> dict[str, Any] | None:
        """The number of Tasks by priority. For example: `{"0": "10", "99": "5"}` shows 10 Tasks at
        priority 0 and 5 at priority 99."""
        return self._data.get("tasks_by_priority")

    @property
    def tasks_by_status(self) -> dict[str, Any] | None:
        """The number of Tasks by their current status. For example: `{"pending": "1", "reserved":
        "3", "assigned": "2", "completed": "5"}`."""
        return self._data.get("tasks_by_status")

    @property
    def total_tasks(self) -> int | None:
        """The total number of Tasks."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("total_tasks", _MISSING)
        if value is _MISSING:
            raw = self._data.get("total_tasks")
            value = cache["total_tasks"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def total_workers(self) -> int | None:
        """The total number of Workers in the Workspace."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("total_workers", _MISSING)
        if value is _MISSING:
            raw = self._data.get("total_workers")
            value = cache["total_workers"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def workspace_sid(self) -> str | None:
        """The SID of the Workspace."""
        return self._data.get("workspace_sid")

    @property
    def url(self) -> str | None:
        """The absolute URL of the Workspace statistics resource."""
        return self._data.get("url")
