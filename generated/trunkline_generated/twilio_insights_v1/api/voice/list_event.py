"""ListEvent: GET /v1/Voice/{CallSid}/Events

Get a list of Call Insight Events for a Call.

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.call_event import CallEvent
from ...models.list_event_response import ListEventResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from trunkline_generated.twilio_insights_v1.models.twilio_edge import TwilioEdge

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of ListEvent (for `Unpack`), per-call options included."""

        edge: TwilioEdge | str  # Edge
        page_size: int  # PageSize
        page: int  # Page
        page_token: str  # PageToken


METHOD = "GET"
PATH = "/v1/Voice/{CallSid}/Events"
RETRY = "safe"
ITEMS_KEY = "events"
ARGS = ("call_sid",)
PATTERNS = {"call_sid": "^CA[0-9a-fA-F]{32}$"}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"
PAGING = "twilio-v1"
PAGE_SIZE = ("page_size", 1000)


def _get_kwargs(
    call_sid: str,
    *,
    edge: TwilioEdge | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""
    _params: dict[str, Any] = {}
    if edge is not UNSET:
        _params["Edge"] = edge
    if page_size is not UNSET:
        _params["PageSize"] = page_size
    if page is not UNSET:
        _params["Page"] = page
    if page_token is not UNSET:
        _params["PageToken"] = page_token

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "CallSid": _quote(str(call_sid), safe=""),
            }
        ),
        "params": _params,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], ListEventResponse] = ListEventResponse

# One element of `events` -> a record.
_parse_item: Callable[[dict[str, Any]], CallEvent] = CallEvent
