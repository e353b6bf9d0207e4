"""DeleteWorkspace: DELETE /v1/Workspaces/{Sid}

Delete a Workspace

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

if TYPE_CHECKING:
    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of DeleteWorkspace (for `Unpack`), per-call options included."""


METHOD = "DELETE"
PATH = "/v1/Workspaces/{Sid}"
RETRY = "safe"
ARGS = ("sid",)
PATTERNS = {"sid": "^WS[0-9a-fA-F]{32}$"}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "none"


def _get_kwargs(
    sid: str,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "Sid": _quote(str(sid), safe=""),
            }
        ),
    }


def _parse_response(payload: Any) -> None:
    """This operation answers with no body."""
    return None
