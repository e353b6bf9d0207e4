"""FetchTaskQueueStatistics: GET /v1/Workspaces/{WorkspaceSid}/TaskQueues/{TaskQueueSid}/Statistics

Fetch the real-time and cumulative statistics of a TaskQueue

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.task_queue_statistics import TaskQueueStatistics
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of FetchTaskQueueStatistics (for `Unpack`), per-call options included."""

        end_date: datetime.datetime  # EndDate
        minutes: int  # Minutes
        start_date: datetime.datetime  # StartDate
        task_channel: str  # TaskChannel
        split_by_wait_time: str  # SplitByWaitTime


METHOD = "GET"
PATH = "/v1/Workspaces/{WorkspaceSid}/TaskQueues/{TaskQueueSid}/Statistics"
RETRY = "safe"
ARGS = ("workspace_sid", "task_queue_sid")
PATTERNS = {"workspace_sid": "^WS[0-9a-fA-F]{32}$", "task_queue_sid": "^WQ[0-9a-fA-F]{32}$"}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"


def _get_kwargs(
    workspace_sid: str,
    task_queue_sid: str,
    *,
    end_date: datetime.datetime | Unset = UNSET,
    minutes: int | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    task_channel: str | Unset = UNSET,
    split_by_wait_time: str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""
    _params: dict[str, Any] = {}
    if end_date is not UNSET:
        _params["EndDate"] = end_date
    if minutes is not UNSET:
        _params["Minutes"] = minutes
    if start_date is not UNSET:
        _params["StartDate"] = start_date
    if task_channel is not UNSET:
        _params["TaskChannel"] = task_channel
    if split_by_wait_time is not UNSET:
        _params["SplitByWaitTime"] = split_by_wait_time

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "WorkspaceSid": _quote(str(workspace_sid), safe=""),
                "TaskQueueSid": _quote(str(task_queue_sid), safe=""),
            }
        ),
        "params": _params,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], TaskQueueStatistics] = TaskQueueStatistics
