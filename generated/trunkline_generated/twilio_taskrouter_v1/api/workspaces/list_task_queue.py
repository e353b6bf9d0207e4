"""ListTaskQueue: GET /v1/Workspaces/{WorkspaceSid}/TaskQueues

List the TaskQueues of a Workspace

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.list_task_queue_response import ListTaskQueueResponse
from ...models.task_queue import TaskQueue
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of ListTaskQueue (for `Unpack`), per-call options included."""

        friendly_name: str  # FriendlyName
        evaluate_worker_attributes: str  # EvaluateWorkerAttributes
        worker_sid: str  # WorkerSid
        ordering: str  # Ordering
        page_size: int  # PageSize
        page: int  # Page
        page_token: str  # PageToken


METHOD = "GET"
PATH = "/v1/Workspaces/{WorkspaceSid}/TaskQueues"
RETRY = "safe"
ITEMS_KEY = "task_queues"
ARGS = ("workspace_sid",)
PATTERNS = {"workspace_sid": "^WS[0-9a-fA-F]{32}$"}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"
PAGING = "twilio-v1"
PAGE_SIZE = ("page_size", 1000)


def _get_kwargs(
    workspace_sid: str,
    *,
    friendly_name: str | Unset = UNSET,
    evaluate_worker_attributes: str | Unset = UNSET,
    worker_sid: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""
    _params: dict[str, Any] = {}
    if friendly_name is not UNSET:
        _params["FriendlyName"] = friendly_name
    if evaluate_worker_attributes is not UNSET:
        _params["EvaluateWorkerAttributes"] = evaluate_worker_attributes
    if worker_sid is not UNSET:
        _params["WorkerSid"] = worker_sid
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
_parse_response: Callable[[Any], ListTaskQueueResponse] = ListTaskQueueResponse

# One element of `task_queues` -> a record.
_parse_item: Callable[[dict[str, Any]], TaskQueue] = TaskQueue
