"""GetCalls: GET /

List calls, one page at a time.

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ...models.call import Call
from ...models.call_list import CallList
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from trunkline_generated.vonage_voice.models.call_status import CallStatus
    from trunkline_generated.vonage_voice.models.list_order import ListOrder

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of GetCalls (for `Unpack`), per-call options included."""

        status: CallStatus | str  # status
        date_start: datetime.datetime  # date_start
        date_end: datetime.datetime  # date_end
        page_size: int  # page_size
        record_index: int  # record_index
        order: ListOrder | str  # order
        conversation_uuid: str  # conversation_uuid


METHOD = "GET"
PATH = "/"
RETRY = "safe"
ITEMS_KEY = "_embedded.calls"
ARGS = ()
SECURITY = (("bearerAuth",),)
RESPONSE = "json"
PAGING = "vonage-hal"
PAGE_SIZE = ("page_size", 100)


def _get_kwargs(
    *,
    status: CallStatus | str | Unset = UNSET,
    date_start: datetime.datetime | Unset = UNSET,
    date_end: datetime.datetime | Unset = UNSET,
    page_size: int | Unset = UNSET,
    record_index: int | Unset = UNSET,
    order: ListOrder | str | Unset = UNSET,
    conversation_uuid: str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""
    _params: dict[str, Any] = {}
    if status is not UNSET:
        _params["status"] = status
    if date_start is not UNSET:
        _params["date_start"] = date_start
    if date_end is not UNSET:
        _params["date_end"] = date_end
    if page_size is not UNSET:
        _params["page_size"] = page_size
    if record_index is not UNSET:
        _params["record_index"] = record_index
    if order is not UNSET:
        _params["order"] = order
    if conversation_uuid is not UNSET:
        _params["conversation_uuid"] = conversation_uuid

    return {
        "method": METHOD,
        "url": PATH,
        "params": _params,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], CallList] = CallList

# One element of `_embedded.calls` -> a record.
_parse_item: Callable[[dict[str, Any]], Call] = Call
