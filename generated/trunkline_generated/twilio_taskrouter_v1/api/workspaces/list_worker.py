"""ListWorker: GET /v1/Workspaces/{WorkspaceSid}/Workers

List the Workers of a Workspace

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.list_worker_response import ListWorkerResponse
from ...models.worker import Worker
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of ListWorker (for `Unpack`), per-call options included."""

        activity_name: str  # ActivityName
        activity_sid: str  # ActivitySid
        available: str  # Available
        friendly_name: str  # FriendlyName
        target_workers_expression: str  # TargetWorkersExpression
        task_queue_name: str  # TaskQueueName
        task_queue_sid: str  # TaskQueueSid
        ordering: str  # Ordering
        page_size: int  # PageSize
        page: int  # Page
        page_token: str  # PageToken


METHOD = "GET"
PATH = "/v1/Workspaces/{WorkspaceSid}/Workers"
RETRY = "safe"
ITEMS_KEY = "workers"
ARGS = ("workspace_sid",)
PATTERNS = {"workspace_sid": "^WS[0-9a-fA-F]{32}$"}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"
PAGING = "twilio-v1"
PAGE_SIZE = ("page_size", 1000)


def _get_kwargs(
    workspace_sid: str,
    *,
    activity_name: str | Unset = UNSET,
    activity_sid: str | Unset = UNSET,
    available: str | Unset = UNSET,
    friendly_name: str | Unset = UNSET,
    target_workers_expression: str | Unset = UNSET,
    task_queue_name: str | Unset = UNSET,
    task_queue_sid: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""
    _params: dict[str, Any] = {}
    if activity_name is not UNSET:
        _params["ActivityName"] = activity_name
    if activity_sid is not UNSET:
        _params["ActivitySid"] = activity_sid
    if available is not UNSET:
        _params["Available"] = available
    if friendly_name is not UNSET:
        _params["FriendlyName"] = friendly_name
    if target_workers_expression is not UNSET:
        _params["TargetWorkersExpression"] = target_workers_expression
    if task_queue_name is not UNSET:
        _params["TaskQueueName"] = task_queue_name
    if task_queue_sid is not UNSET:
        _params["TaskQueueSid"] = task_queue_sid
    if ordering is not UNSET:
        _params["Ordering"] = ordering
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
_parse_response: Callable[[Any], ListWorkerResponse] = ListWorkerResponse

# One element of `workers` -> a record.
_parse_item: Callable[[dict[str, Any]], Worker] = Worker
