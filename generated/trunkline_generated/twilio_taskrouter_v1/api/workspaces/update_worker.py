"""UpdateWorker: POST /v1/Workspaces/{WorkspaceSid}/Workers/{Sid}

Update a Worker

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.worker import Worker
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of UpdateWorker (for `Unpack`), per-call options included."""

        if_match: str  # If-Match
        activity_sid: str  # ActivitySid
        attributes: str  # Attributes
        friendly_name: str  # FriendlyName
        reject_pending_reservations: bool  # RejectPendingReservations


METHOD = "POST"
PATH = "/v1/Workspaces/{WorkspaceSid}/Workers/{Sid}"
RETRY = "safe"
ARGS = ("workspace_sid", "sid")
PATTERNS = {"workspace_sid": "^WS[0-9a-fA-F]{32}$", "sid": "^WK[0-9a-fA-F]{32}$"}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"


def _get_kwargs(
    workspace_sid: str,
    sid: str,
    *,
    if_match: str | Unset = UNSET,
    activity_sid: str | Unset = UNSET,
    attributes: str | Unset = UNSET,
    friendly_name: str | Unset = UNSET,
    reject_pending_reservations: bool | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    _headers: dict[str, Any] = {}
    if if_match is not UNSET:
        _headers["If-Match"] = if_match

    _body: dict[str, Any] = {}
    if activity_sid is not UNSET:
        _body["ActivitySid"] = activity_sid
    if attributes is not UNSET:
        _body["Attributes"] = attributes
    if friendly_name is not UNSET:
        _body["FriendlyName"] = friendly_name
    if reject_pending_reservations is not UNSET:
        _body["RejectPendingReservations"] = reject_pending_reservations

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
_parse_response: Callable[[Any], Worker] = Worker
