"""ReplaceCallFlowNumbers: PUT /call-flows/{callFlowId}/numbers

Replace the numbers attached to the call flow with these.

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from .... import _runtime
from ...models.call_flow_number import CallFlowNumber

if TYPE_CHECKING:
    from typing import Required

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of ReplaceCallFlowNumbers (for `Unpack`), per-call options included."""

        numbers: Required[list[str]]  # numbers


METHOD = "PUT"
PATH = "/call-flows/{callFlowId}/numbers"
RETRY = "safe"
ITEMS_KEY = "data"
ARGS = ("call_flow_id",)
PHONES = {"numbers": "phone-number"}
SECURITY = (("accessKey",),)
RESPONSE = "json"
PAGING = "messagebird"


def _get_kwargs(
    call_flow_id: str,
    *,
    numbers: list[str],
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    _body: dict[str, Any] = {}
    _body["numbers"] = numbers

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "callFlowId": _quote(str(call_flow_id), safe=""),
            }
        ),
        "json": _body,
    }


# {"data": [object]} -> a record of its one object (None when there is none).
_parse_response: Callable[[Any], CallFlowNumber | None] = _runtime.first_item(
    "data", CallFlowNumber
)

# One element of `data` -> a record.
_parse_item: Callable[[dict[str, Any]], CallFlowNumber] = CallFlowNumber
