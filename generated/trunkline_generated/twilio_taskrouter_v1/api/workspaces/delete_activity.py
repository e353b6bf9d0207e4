"""DeleteActivity: DELETE /v1/Workspaces/{WorkspaceSid}/Activities/{Sid}

Delete an Activity

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

if TYPE_CHECKING:
    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of DeleteActivity (for `Unpack`), per-call options included."""


METHOD = "DELETE"
PATH = "/v1/Workspaces/{WorkspaceSid}/Activities/{Sid}"
RETRY = "safe"
ARGS = ("workspace_sid", "sid")
PATTERNS = {"workspace_sid": "^WS[0-9a-fA-F]{32}$", "sid": "^WA[0-9a-fA-F]{32}$"}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "none"


def _get_kwargs(
    workspace_sid: str,
    sid: str,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "WorkspaceSid": _quote(str(workspace_sid), safe=""),
                "Sid": _quote(str(sid), safe=""),
            }
        ),
    }


def _parse_response(payload: Any) -> None:
    """This operation answers with no body."""
    return None
