"""CreateWorker: POST /v1/Workspaces/{WorkspaceSid}/Workers

Create a Worker

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.worker import Worker
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Required

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of CreateWorker (for `Unpack`), per-call options included."""

        friendly_name: Required[str]  # FriendlyName
        activity_sid: str  # ActivitySid
        attributes: str  # Attributes


METHOD = "POST"
PATH = "/v1/Workspaces/{WorkspaceSid}/Workers"
RETRY = "create"
ARGS = ("workspace_sid",)
PATTERNS = {"workspace_sid": "^WS[0-9a-fA-F]{32}$"}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"


def _get_kwargs(
    workspace_sid: str,
    *,
    friendly_name: str,
    activity_sid: str | Unset = UNSET,
    attributes: str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    _body: dict[str, Any] = {}
    _body["FriendlyName"] = friendly_name
    if activity_sid is not UNSET:
        _body["ActivitySid"] = activity_sid
    if attributes is not UNSET:
        _body["Attributes"] = attributes

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
_parse_response: Callable[[Any], Worker] = Worker
