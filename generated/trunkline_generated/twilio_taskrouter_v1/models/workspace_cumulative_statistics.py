"""WorkspaceCumulativeStatistics: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import int_value as _rt_int_value
from ..._runtime import iso_datetime as _rt_iso_datetime

if TYPE_CHECKING:
    import datetime


class WorkspaceCumulativeStatistics(Record):
    """WorkspaceCumulativeStatistics record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("account_sid", "account_sid"),
        ("avg_task_acceptance_time", "avg_task_acceptance_time"),
        ("start_time", "start_time"),
        ("end_time", "end_time"),
        ("reservations_created", "reservations_created"),
        ("reservations_accepted", "reservations_accepted"),
        ("reservations_rejected", "reservations_rejected"),
        ("reservations_timed_out", "reservations_timed_out"),
        ("reservations_canceled", "reservations_canceled"),
        ("reservations_rescinded", "reservations_rescinded"),
        ("split_by_wait_time", "split_by_wait_time"),
        ("wait_duration_until_accepted", "wait_duration_until_accepted"),
        ("wait_duration_until_canceled", "wait_duration_until_canceled"),
        ("tasks_canceled", "tasks_canceled"),
        ("tasks_completed", "tasks_completed"),
        ("tasks_created", "tasks_created"),
        ("tasks_deleted", "tasks_deleted"),
        ("tasks_moved", "tasks_moved"),
        ("tasks_timed_out_in_workflow", "tasks_timed_out_in_workflow"),
        ("workspace_sid", "workspace_sid"),
        ("url", "url"),
    )

    @property
    def account_sid(self) -> str | None:
        """The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the
        Workspace resource."""
        return self._data.get("account_sid")

    @property
    def avg_task_acceptance_time(self) -> int | None:
        """The average time in seconds between Task creation and acceptance."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("avg_task_acceptance_time", _MISSING)
        if value is _MISSING:
            raw = self._data.get("avg_task_acceptance_time")
            value = cache["avg_task_acceptance_time"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def start_time(self) -> datetime.datetime | None:
        """The beginning of the interval during which these statistics were calculated, in [ISO
        8601](https://en.wikipedia.org/wiki/ISO_8601) format."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("start_time", _MISSING)
        if value is _MISSING:
            raw = self._data.get("start_time")
            value = cache["start_time"] = None if raw is None else _rt_iso_datetime(raw)
        return value

    @property
    def end_time(self) -> datetime.datetime | None:
        """The end of the interval during which these statistics were calculated, in [ISO
        8601](https://en.wikipedia.org/wiki/ISO_8601) format."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("end_time", _MISSING)
        if value is _MISSING:
            raw = self._data.get("end_time")
            value = cache["end_time"] = None if raw is None else _rt_iso_datetime(raw)
        return value

    @property
    def reservations_created(self) -> int | None:
        """The total number of Reservations that were created for Workers."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("reservations_created", _MISSING)
        if value is _MISSING:
            raw = self._data.get("reservations_created")
            value = cache["reservations_created"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def reservations_accepted(self) -> int | None:
        """The total number of Reservations accepted by Workers."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("reservations_accepted", _MISSING)
        if value is _MISSING:
            raw = self._data.get("reservations_accepted")
            value = cache["reservations_accepted"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def reservations_rejected(self) -> int | None:
        """The total number of Reservations that were rejected."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("reservations_rejected", _MISSING)
        if value is _MISSING:
            raw = self._data.get("reservations_rejected")
            value = cache["reservations_rejected"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def reservations_timed_out(self) -> int | None:
        """The total number of Reservations that were timed out."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("reservations_timed_out", _MISSING)
        if value is _MISSING:
            raw = self._data.get("reservations_timed_out")
            value = cache["reservations_timed_out"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def reservations_canceled(self) -> int | None:
        """The total number of Reservations that were canceled."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("reservations_canceled", _MISSING)
        if value is _MISSING:
            raw = self._data.get("reservations_canceled")
            value = cache["reservations_canceled"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def reservations_rescinded(self) -> int | None:
        """The total number of Reservations that were rescinded."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("reservations_rescinded", _MISSING)
        if value is _MISSING:
            raw = self._data.get("reservations_rescinded")
            value = cache["reservations_rescinded"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def split_by_wait_time(self) -> dict[str, Any] | None:
        """A list of objects that describe the number of Tasks canceled and reservations accepted
        above and below the thresholds specified in seconds."""
        return self._data.get("split_by_wait_time")

    @property
    def wait_duration_until_accepted(self) -> dict[str, Any] | None:
        """The wait duration statistics (`avg`, `min`, `max`, `total`) for Tasks that were
        accepted."""
        return self._data.get("wait_duration_until_accepted")

    @property
    def wait_duration_until_canceled(self) -> dict[str, Any] | None:
        """The wait duration statistics (`avg`, `min`, `max`, `total`) for Tasks that were
        canceled."""
        return self._data.get("wait_duration_until_canceled")

    @property
    def tasks_canceled(self) -> int | None:
        """The total number of Tasks that were canceled."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("tasks_canceled", _MISSING)
        if value is _MISSING:
            raw = self._data.get("tasks_canceled")
            value = cache["tasks_canceled"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def tasks_completed(self) -> int | None:
        """The total number of Tasks that were completed."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("tasks_completed", _MISSING)
        if value is _MISSING:
            raw = self._data.get("tasks_completed")
            value = cache["tasks_completed"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def tasks_created(self) -> int | None:
        """The total number of Tasks created."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("tasks_created", _MISSING)
        if value is _MISSING:
            raw = self._data.get("tasks_created")
            value = cache["tasks_created"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def tasks_deleted(self) -> int | None:
        """The total number of Tasks that were deleted."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("tasks_deleted", _MISSING)
        if value is _MISSING:
            raw = self._data.get("tasks_deleted")
            value = cache["tasks_deleted"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def tasks_moved(self) -> int | None:
        """The total number of Tasks that were moved from one queue to another."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("tasks_moved", _MISSING)
        if value is _MISSING:
            raw = self._data.get("tasks_moved")
            value = cache["tasks_moved"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def tasks_timed_out_in_workflow(self) -> int | None:
        """The total number of Tasks that were timed out of their Workflows (and deleted)."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("tasks_timed_out_in_workflow", _MISSING)
        if value is _MISSING:
            raw = self._data.get("tasks_timed_out_in_workflow")
            value = cache["tasks_timed_out_in_workflow"] = (
                None if raw is None else _rt_int_value(raw)
            )
        return value

    @property
    def workspace_sid(self) -> str | None:
        """The SID of the Workspace."""
        return self._data.get("workspace_sid")

    @property
    def url(self) -> str | None:
        """The absolute URL of the Workspace statistics resource."""
        return self._data.get("url")
