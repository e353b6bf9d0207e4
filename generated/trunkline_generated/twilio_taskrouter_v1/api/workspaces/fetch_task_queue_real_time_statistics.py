"""FetchTaskQueueRealTimeStatistics: GET /v1/Workspaces/{WorkspaceSid}/TaskQueues/{TaskQueueSid}/RealTimeStatistics

Fetch the real-time statistics of a TaskQueue

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.task_queue_real_time_statistics import TaskQueueRealTimeStatistics
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of FetchTaskQueueRealTimeStatistics (for `Unpack`), per-call options included."""

        task_channel: str  # TaskChannel


METHOD = "GET"
PATH = "/v1/Workspaces/{WorkspaceSid}/TaskQueues/{TaskQueueSid}/RealTimeStatistics"
RETRY = "safe"
ARGS = ("workspace_sid", "task_queue_sid")
PATTERNS = {"workspace_sid": "^WS[0-9a-fA-F]{32}$", "task_queue_sid": "^WQ[0-9a-fA-F]{32}$"}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"


def _get_kwargs(
    workspace_sid: str,
    task_queue_sid: str,
    *,
    task_channel: str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""
    _params: dict[str, Any] = {}
    if task_channel is not UNSET:
        _params["TaskChannel"] = task_channel

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
_parse_response: Callable[[Any], TaskQueueRealTimeStatistics] = TaskQueueRealTimeStatistics
