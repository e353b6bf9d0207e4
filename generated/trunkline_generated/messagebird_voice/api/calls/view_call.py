"""ViewCall: GET /calls/{callId}

Get one call.

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.call import Call
from ...models.call_response import CallResponse

if TYPE_CHECKING:
    pass

METHOD = "GET"
PATH = "/calls/{callId}"
RETRY = "safe"
ITEMS_KEY = "data"


def _get_kwargs(
    call_id: str,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "callId": _quote(str(call_id), safe=""),
            }
        ),
    }


def _parse_response(payload: Any) -> CallResponse:
    """The decoded JSON body -> a record."""
    return CallResponse(payload)


def _parse_item(raw: dict[str, Any]) -> Call:
    """One element of `data` -> a record."""
    return Call(raw)
