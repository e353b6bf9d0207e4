"""CreateTask: POST /v1/Workspaces/{WorkspaceSid}/Tasks

Create a Task

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

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of CreateTask (for `Unpack`), per-call options included."""

        task_timeout: int  # Timeout
        priority: int  # Priority
        task_channel: str  # TaskChannel
        workflow_sid: str  # WorkflowSid
        attributes: str  # Attributes
        virtual_start_time: datetime.datetime  # VirtualStartTime
        routing_target: str  # RoutingTarget
        ignore_capacity: str  # IgnoreCapacity
        task_queue_sid: str  # TaskQueueSid


METHOD = "POST"
PATH = "/v1/Workspaces/{WorkspaceSid}/Tasks"
RETRY = "create"
ARGS = ("workspace_sid",)
PATTERNS = {"workspace_sid": "^WS[0-9a-fA-F]{32}$"}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"


def _get_kwargs(
    workspace_sid: str,
    *,
    task_timeout: int | Unset = UNSET,
    priority: int | Unset = UNSET,
    task_channel: str | Unset = UNSET,
    workflow_sid: str | Unset = UNSET,
    attributes: str | Unset = UNSET,
    virtual_start_time: datetime.datetime | Unset = UNSET,
    routing_target: str | Unset = UNSET,
    ignore_capacity: str | Unset = UNSET,
    task_queue_sid: str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    _body: dict[str, Any] = {}
    if task_timeout is not UNSET:
        _body["Timeout"] = task_timeout
    if priority is not UNSET:
        _body["Priority"] = priority
    if task_channel is not UNSET:
        _body["TaskChannel"] = task_channel
    if workflow_sid is not UNSET:
        _body["WorkflowSid"] = workflow_sid
    if attributes is not UNSET:
        _body["Attributes"] = attributes
    if virtual_start_time is not UNSET:
        _body["VirtualStartTime"] = virtual_start_time
    if routing_target is not UNSET:
        _body["RoutingTarget"] = routing_target
    if ignore_capacity is not UNSET:
        _body["IgnoreCapacity"] = ignore_capacity
    if task_queue_sid is not UNSET:
        _body["TaskQueueSid"] = task_queue_sid

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "WorkspaceSid": _quote(str(workspace_sid), safe=""),
            }
        ),
        "data": _body,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], Task] = Task
