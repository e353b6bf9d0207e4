"""UpdateTask: POST /v1/Workspaces/{WorkspaceSid}/Tasks/{Sid}

Update a Task

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.task import Task
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from trunkline_generated.twilio_taskrouter_v1.models.task_status import TaskStatus

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of UpdateTask (for `Unpack`), per-call options included."""

        if_match: str  # If-Match
        attributes: str  # Attributes
        assignment_status: TaskStatus | str  # AssignmentStatus
        reason: str  # Reason
        priority: int  # Priority
        task_channel: str  # TaskChannel
        virtual_start_time: datetime.datetime  # VirtualStartTime


METHOD = "POST"
PATH = "/v1/Workspaces/{WorkspaceSid}/Tasks/{Sid}"
RETRY = "safe"
ARGS = ("workspace_sid", "sid")
PATTERNS = {"workspace_sid": "^WS[0-9a-fA-F]{32}$", "sid": "^WT[0-9a-fA-F]{32}$"}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"


def _get_kwargs(
    workspace_sid: str,
    sid: str,
    *,
    if_match: str | Unset = UNSET,
    attributes: str | Unset = UNSET,
    assignment_status: TaskStatus | str | Unset = UNSET,
    reason: str | Unset = UNSET,
    priority: int | Unset = UNSET,
    task_channel: str | Unset = UNSET,
    virtual_start_time: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    _headers: dict[str, Any] = {}
    if if_match is not UNSET:
        _headers["If-Match"] = if_match

    _body: dict[str, Any] = {}
    if attributes is not UNSET:
        _body["Attributes"] = attributes
    if assignment_status is not UNSET:
        _body["AssignmentStatus"] = assignment_status
    if reason is not UNSET:
        _body["Reason"] = reason
    if priority is not UNSET:
        _body["Priority"] = priority
    if task_channel is not UNSET:
        _body["TaskChannel"] = task_channel
    if virtual_start_time is not UNSET:
        _body["VirtualStartTime"] = virtual_start_time

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "WorkspaceSid": _quote(str(workspace_sid), safe=""),
                "Sid": _quote(str(sid), safe=""),
            }
        ),
        "headers": _headers,
        "data": _body,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], Task] = Task
