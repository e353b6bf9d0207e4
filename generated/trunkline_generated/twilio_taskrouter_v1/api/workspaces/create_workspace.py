"""CreateWorkspace: POST /v1/Workspaces

Create a Workspace

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ...models.workspace import Workspace
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Required

    from trunkline_generated.twilio_taskrouter_v1.models.queue_order import QueueOrder

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of CreateWorkspace (for `Unpack`), per-call options included."""

        friendly_name: Required[str]  # FriendlyName
        event_callback_url: str  # EventCallbackUrl
        events_filter: str  # EventsFilter
        multi_task_enabled: bool  # MultiTaskEnabled
        template: str  # Template
        prioritize_queue_order: QueueOrder | str  # PrioritizeQueueOrder


METHOD = "POST"
PATH = "/v1/Workspaces"
RETRY = "create"
ARGS = ()
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"


def _get_kwargs(
    *,
    friendly_name: str,
    event_callback_url: str | Unset = UNSET,
    events_filter: str | Unset = UNSET,
    multi_task_enabled: bool | Unset = UNSET,
    template: str | Unset = UNSET,
    prioritize_queue_order: QueueOrder | str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    _body: dict[str, Any] = {}
    _body["FriendlyName"] = friendly_name
    if event_callback_url is not UNSET:
        _body["EventCallbackUrl"] = event_callback_url
    if events_filter is not UNSET:
        _body["EventsFilter"] = events_filter
    if multi_task_enabled is not UNSET:
        _body["MultiTaskEnabled"] = multi_task_enabled
    if template is not UNSET:
        _body["Template"] = template
    if prioritize_queue_order is not UNSET:
        _body["PrioritizeQueueOrder"] = prioritize_queue_order

    return {
        "method": METHOD,
        "url": PATH,
        "data": _body,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], Workspace] = Workspace
