"""ListTask: GET /v1/Workspaces/{WorkspaceSid}/Tasks

List the Tasks of a Workspace

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.list_task_response import ListTaskResponse
from ...models.task import Task
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from trunkline_generated.twilio_taskrouter_v1.models.task_status import TaskStatus

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of ListTask (for `Unpack`), per-call options included."""

        priority: int  # Priority
        assignment_status: list[TaskStatus]  # AssignmentStatus
        workflow_sid: str  # WorkflowSid
        workflow_name: str  # WorkflowName
        task_queue_sid: str  # TaskQueueSid
        task_queue_name: str  # TaskQueueName
        evaluate_task_attributes: str  # EvaluateTaskAttributes
        routing_target: str  # RoutingTarget
        ordering: str  # Ordering
        has_addons: bool  # HasAddons
        page_size: int  # PageSize
        page: int  # Page
        page_token: str  # PageToken


METHOD = "GET"
PATH = "/v1/Workspaces/{WorkspaceSid}/Tasks"
RETRY = "safe"
ITEMS_KEY = "tasks"
ARGS = ("workspace_sid",)
PATTERNS = {"workspace_sid": "^WS[0-9a-fA-F]{32}$"}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"
PAGING = "twilio-v1"
PAGE_SIZE = ("page_size", 1000)


def _get_kwargs(
    workspace_sid: str,
    *,
    priority: int | Unset = UNSET,
    assignment_status: list[TaskStatus] | Unset = UNSET,
    workflow_sid: str | Unset = UNSET,
    workflow_name: str | Unset = UNSET,
    task_queue_sid: str | Unset = UNSET,
    task_queue_name: str | Unset = UNSET,
    evaluate_task_attributes: str | Unset = UNSET,
    routing_target: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    has_addons: bool | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""
    _params: dict[str, Any] = {}
    if priority is not UNSET:
        _params["Priority"] = priority
    if assignment_status is not UNSET:
        _params["AssignmentStatus"] = assignment_status
    if workflow_sid is not UNSET:
        _params["WorkflowSid"] = workflow_sid
    if workflow_name is not UNSET:
        _params["WorkflowName"] = workflow_name
    if task_queue_sid is not UNSET:
        _params["TaskQueueSid"] = task_queue_sid
    if task_queue_name is not UNSET:
        _params["TaskQueueName"] = task_queue_name
    if evaluate_task_attributes is not UNSET:
        _params["EvaluateTaskAttributes"] = evaluate_task_attributes
    if routing_target is not UNSET:
        _params["RoutingTarget"] = routing_target
    if ordering is not UNSET:
        _params["Ordering"] = ordering
    if has_addons is not UNSET:
        _params["HasAddons"] = has_addons
    if page_size is not UNSET:
        _params["PageSize"] = page_size
    if page is not UNSET:
        _params["Page"] = page
    if page_token is not UNSET:
        _params["PageToken"] = page_token

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "WorkspaceSid": _quote(str(workspace_sid), safe=""),
            }
        ),
        "params": _params,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], ListTaskResponse] = ListTaskResponse

# One element of `tasks` -> a record.
_parse_item: Callable[[dict[str, Any]], Task] = Task
