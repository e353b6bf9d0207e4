"""AttachCallFlowNumbers: POST /call-flows/{callFlowId}/numbers

Attach numbers to the call flow, keeping those already attached.

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.call_flow_number import CallFlowNumber
from ...models.list_call_flow_numbers_response import ListCallFlowNumbersResponse

if TYPE_CHECKING:
    from typing import Required

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of AttachCallFlowNumbers (for `Unpack`), per-call options included."""

        numbers: Required[list[str]]  # numbers


METHOD = "POST"
PATH = "/call-flows/{callFlowId}/numbers"
RETRY = "create"
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


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], ListCallFlowNumbersResponse] = ListCallFlowNumbersResponse

# One element of `data` -> a record.
_parse_item: Callable[[dict[str, Any]], CallFlowNumber] = CallFlowNumber
