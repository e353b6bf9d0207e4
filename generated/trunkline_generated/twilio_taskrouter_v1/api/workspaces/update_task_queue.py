"""UpdateTaskQueue: POST /v1/Workspaces/{WorkspaceSid}/TaskQueues/{Sid}

Update a TaskQueue

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.task_queue import TaskQueue
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from trunkline_generated.twilio_taskrouter_v1.models.task_order import TaskOrder

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of UpdateTaskQueue (for `Unpack`), per-call options included."""

        friendly_name: str  # FriendlyName
        target_workers: str  # TargetWorkers
        reservation_activity_sid: str  # ReservationActivitySid
        assignment_activity_sid: str  # AssignmentActivitySid
        max_reserved_workers: int  # MaxReservedWorkers
        task_order: TaskOrder | str  # TaskOrder


METHOD = "POST"
PATH = "/v1/Workspaces/{WorkspaceSid}/TaskQueues/{Sid}"
RETRY = "safe"
ARGS = ("workspace_sid", "sid")
PATTERNS = {"workspace_sid": "^WS[0-9a-fA-F]{32}$", "sid": "^WQ[0-9a-fA-F]{32}$"}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"


def _get_kwargs(
    workspace_sid: str,
    sid: str,
    *,
    friendly_name: str | Unset = UNSET,
    target_workers: str | Unset = UNSET,
    reservation_activity_sid: str | Unset = UNSET,
    assignment_activity_sid: str | Unset = UNSET,
    max_reserved_workers: int | Unset = UNSET,
    task_order: TaskOrder | str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    _body: dict[str, Any] = {}
    if friendly_name is not UNSET:
        _body["FriendlyName"] = friendly_name
    if target_workers is not UNSET:
        _body["TargetWorkers"] = target_workers
    if reservation_activity_sid is not UNSET:
        _body["ReservationActivitySid"] = reservation_activity_sid
    if assignment_activity_sid is not UNSET:
        _body["AssignmentActivitySid"] = assignment_activity_sid
    if max_reserved_workers is not UNSET:
        _body["MaxReservedWorkers"] = max_reserved_workers
    if task_order is not UNSET:
        _body["TaskOrder"] = task_order

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "WorkspaceSid": _quote(str(workspace_sid), safe=""),
                "Sid": _quote(str(sid), safe=""),
            }
        ),
        "data": _body,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], TaskQueue] = TaskQueue
