"""UpdateWorkspace: POST /v1/Workspaces/{Sid}

Update a Workspace

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.workspace import Workspace
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from trunkline_generated.twilio_taskrouter_v1.models.queue_order import QueueOrder

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of UpdateWorkspace (for `Unpack`), per-call options included."""

        default_activity_sid: str  # DefaultActivitySid
        event_callback_url: str  # EventCallbackUrl
        events_filter: str  # EventsFilter
        friendly_name: str  # FriendlyName
        multi_task_enabled: bool  # MultiTaskEnabled
        timeout_activity_sid: str  # TimeoutActivitySid
        prioritize_queue_order: QueueOrder | str  # PrioritizeQueueOrder


METHOD = "POST"
PATH = "/v1/Workspaces/{Sid}"
RETRY = "safe"
ARGS = ("sid",)
PATTERNS = {"sid": "^WS[0-9a-fA-F]{32}$"}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"


def _get_kwargs(
    sid: str,
    *,
    default_activity_sid: str | Unset = UNSET,
    event_callback_url: str | Unset = UNSET,
    events_filter: str | Unset = UNSET,
    friendly_name: str | Unset = UNSET,
    multi_task_enabled: bool | Unset = UNSET,
    timeout_activity_sid: str | Unset = UNSET,
    prioritize_queue_order: QueueOrder | str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    _body: dict[str, Any] = {}
    if default_activity_sid is not UNSET:
        _body["DefaultActivitySid"] = default_activity_sid
    if event_callback_url is not UNSET:
        _body["EventCallbackUrl"] = event_callback_url
    if events_filter is not UNSET:
        _body["EventsFilter"] = events_filter
    if friendly_name is not UNSET:
        _body["FriendlyName"] = friendly_name
    if multi_task_enabled is not UNSET:
        _body["MultiTaskEnabled"] = multi_task_enabled
    if timeout_activity_sid is not UNSET:
        _body["TimeoutActivitySid"] = timeout_activity_sid
    if prioritize_queue_order is not UNSET:
        _body["PrioritizeQueueOrder"] = prioritize_queue_order

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "Sid": _quote(str(sid), safe=""),
            }
        ),
        "data": _body,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], Workspace] = Workspace
