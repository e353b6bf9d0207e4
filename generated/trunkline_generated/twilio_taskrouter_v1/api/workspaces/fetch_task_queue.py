"""FetchTaskQueue: GET /v1/Workspaces/{WorkspaceSid}/TaskQueues/{Sid}

Fetch a TaskQueue

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.task_queue import TaskQueue

if TYPE_CHECKING:
    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of FetchTaskQueue (for `Unpack`), per-call options included."""


METHOD = "GET"
PATH = "/v1/Workspaces/{WorkspaceSid}/TaskQueues/{Sid}"
RETRY = "safe"
ARGS = ("workspace_sid", "sid")
PATTERNS = {"workspace_sid": "^WS[0-9a-fA-F]{32}$", "sid": "^WQ[0-9a-fA-F]{32}$"}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"


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


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], TaskQueue] = TaskQueue
