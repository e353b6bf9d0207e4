"""UpdateWorkflow: POST /v1/Workspaces/{WorkspaceSid}/Workflows/{Sid}

Update a Workflow

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.workflow import Workflow
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of UpdateWorkflow (for `Unpack`), per-call options included."""

        friendly_name: str  # FriendlyName
        assignment_callback_url: str  # AssignmentCallbackUrl
        fallback_assignment_callback_url: str  # FallbackAssignmentCallbackUrl
        configuration: str  # Configuration
        task_reservation_timeout: int  # TaskReservationTimeout
        re_evaluate_tasks: str  # ReEvaluateTasks


METHOD = "POST"
PATH = "/v1/Workspaces/{WorkspaceSid}/Workflows/{Sid}"
RETRY = "safe"
ARGS = ("workspace_sid", "sid")
PATTERNS = {"workspace_sid": "^WS[0-9a-fA-F]{32}$", "sid": "^WW[0-9a-fA-F]{32}$"}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"


def _get_kwargs(
    workspace_sid: str,
    sid: str,
    *,
    friendly_name: str | Unset = UNSET,
    assignment_callback_url: str | Unset = UNSET,
    fallback_assignment_callback_url: str | Unset = UNSET,
    configuration: str | Unset = UNSET,
    task_reservation_timeout: int | Unset = UNSET,
    re_evaluate_tasks: str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    _body: dict[str, Any] = {}
    if friendly_name is not UNSET:
        _body["FriendlyName"] = friendly_name
    if assignment_callback_url is not UNSET:
        _body["AssignmentCallbackUrl"] = assignment_callback_url
    if fallback_assignment_callback_url is not UNSET:
        _body["FallbackAssignmentCallbackUrl"] = fallback_assignment_callback_url
    if configuration is not UNSET:
        _body["Configuration"] = configuration
    if task_reservation_timeout is not UNSET:
        _body["TaskReservationTimeout"] = task_reservation_timeout
    if re_evaluate_tasks is not UNSET:
        _body["ReEvaluateTasks"] = re_evaluate_tasks

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
_parse_response: Callable[[Any], Workflow] = Workflow
