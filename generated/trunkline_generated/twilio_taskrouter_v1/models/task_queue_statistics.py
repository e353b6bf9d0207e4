"""TaskQueueStatistics: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import Record

if TYPE_CHECKING:
    pass


class TaskQueueStatistics(Record):
    """TaskQueueStatistics record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("account_sid", "account_sid"),
        ("cumulative", "cumulative"),
        ("realtime", "realtime"),
        ("task_queue_sid", "task_queue_sid"),
        ("workspace_sid", "workspace_sid"),
        ("url", "url"),
    )

    @property
    def account_sid(self) -> str | None:
        """The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the
        TaskQueue resource."""
        return self._data.get("account_sid")

    @property
    def cumulative(self) -> dict[str, Any] | None:
        """An object that contains the cumulative statistics for the TaskQueue."""
        return self._data.get("cumulative")

    @property
    def realtime(self) -> dict[str, Any] | None:
        """An object that contains the real-time statistics for the TaskQueue."""
        return self._data.get("realtime")

    @property
    def task_queue_sid(self) -> str | None:
        """The SID of the TaskQueue from which these statistics were calculated."""
        return self._data.get("task_queue_sid")

    @property
    def workspace_sid(self) -> str | None:
        """The SID of the Workspace that contains the TaskQueue."""
        return self._data.get("workspace_sid")

    @property
    def url(self) -> str | None:
        """The absolute URL of the TaskQueue statistics resource."""
        return self._data.get("url")
