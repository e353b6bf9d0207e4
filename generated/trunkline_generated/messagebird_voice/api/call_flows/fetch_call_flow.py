"""FetchCallFlow: GET /call-flows/{callFlowId}

Get one call flow.

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from .... import _runtime
from ...models.call_flow import CallFlow

if TYPE_CHECKING:
    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of FetchCallFlow (for `Unpack`), per-call options included."""


METHOD = "GET"
PATH = "/call-flows/{callFlowId}"
RETRY = "safe"
ITEMS_KEY = "data"
ARGS = ("call_flow_id",)
SECURITY = (("accessKey",),)
RESPONSE = "json"
PAGING = "messagebird"


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


# {"data": [object]} -> a record of its one object (None when there is none).
_parse_response: Callable[[Any], CallFlow | None] = _runtime.first_item("data", CallFlow)

# One element of `data` -> a record.
_parse_item: Callable[[dict[str, Any]], CallFlow] = CallFlow
