"""DeleteCallFlow: DELETE /call-flows/{callFlowId}

Delete a call flow.

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

if TYPE_CHECKING:
    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of DeleteCallFlow (for `Unpack`), per-call options included."""


METHOD = "DELETE"
PATH = "/call-flows/{callFlowId}"
RETRY = "safe"
ARGS = ("call_flow_id",)
SECURITY = (("accessKey",),)
RESPONSE = "none"


def _get_kwargs(
    call_flow_id: str,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "callFlowId": _quote(str(call_flow_id), safe=""),
            }
        ),
    }


def _parse_response(payload: Any) -> None:
    """This operation answers with no body."""
    return None
