"""CreateWorkflow: POST /v1/Workspaces/{WorkspaceSid}/Workflows

Create a Workflow

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.workflow import Workflow
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Required

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of CreateWorkflow (for `Unpack`), per-call options included."""

        friendly_name: Required[str]  # FriendlyName
        configuration: Required[str]  # Configuration
        assignment_callback_url: str  # AssignmentCallbackUrl
        fallback_assignment_callback_url: str  # FallbackAssignmentCallbackUrl
        task_reservation_timeout: int  # TaskReservationTimeout


METHOD = "POST"
PATH = "/v1/Workspaces/{WorkspaceSid}/Workflows"
RETRY = "create"
ARGS = ("workspace_sid",)
PATTERNS = {"workspace_sid": "^WS[0-9a-fA-F]{32}$"}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"


def _get_kwargs(
    workspace_sid: str,
    *,
    friendly_name: str,
    configuration: str,
    assignment_callback_url: str | Unset = UNSET,
    fallback_assignment_callback_url: str | Unset = UNSET,
    task_reservation_timeout: int | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    _body: dict[str, Any] = {}
    _body["FriendlyName"] = friendly_name
    _body["Configuration"] = configuration
    if assignment_callback_url is not UNSET:
        _body["AssignmentCallbackUrl"] = assignment_callback_url
    if fallback_assignment_callback_url is not UNSET:
        _body["FallbackAssignmentCallbackUrl"] = fallback_assignment_callback_url
    if task_reservation_timeout is not UNSET:
        _body["TaskReservationTimeout"] = task_reservation_timeout

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
_parse_response: Callable[[Any], Workflow] = Workflow
