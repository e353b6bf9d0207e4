"""DeleteWorker: DELETE /v1/Workspaces/{WorkspaceSid}/Workers/{Sid}

Delete a Worker

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of DeleteWorker (for `Unpack`), per-call options included."""

        if_match: str  # If-Match


METHOD = "DELETE"
PATH = "/v1/Workspaces/{WorkspaceSid}/Workers/{Sid}"
RETRY = "safe"
ARGS = ("workspace_sid", "sid")
PATTERNS = {"workspace_sid": "^WS[0-9a-fA-F]{32}$", "sid": "^WK[0-9a-fA-F]{32}$"}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "none"


def _get_kwargs(
    workspace_sid: str,
    sid: str,
    *,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    _headers: dict[str, Any] = {}
    if if_match is not UNSET:
        _headers["If-Match"] = if_match

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "WorkspaceSid": _quote(str(workspace_sid), safe=""),
                "Sid": _quote(str(sid), safe=""),
            }
        ),
        "headers": _headers,
    }


def _parse_response(payload: Any) -> None:
    """This operation answers with no body."""
    return None
