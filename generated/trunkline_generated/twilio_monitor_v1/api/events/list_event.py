"""ListEvent: GET /v1/Events

List the events of the account, sorted by event date

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ...models.event import Event
from ...models.list_event_response import ListEventResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of ListEvent (for `Unpack`), per-call options included."""

        actor_sid: str  # ActorSid
        event_type: str  # EventType
        resource_sid: str  # ResourceSid
        source_ip_address: str  # SourceIpAddress
        start_date: datetime.datetime  # StartDate
        end_date: datetime.datetime  # EndDate
        page_size: int  # PageSize
        page: int  # Page
        page_token: str  # PageToken


METHOD = "GET"
PATH = "/v1/Events"
RETRY = "safe"
ITEMS_KEY = "events"
ARGS = ()
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"
PAGING = "twilio-v1"
PAGE_SIZE = ("page_size", 1000)


def _get_kwargs(
    *,
    actor_sid: str | Unset = UNSET,
    event_type: str | Unset = UNSET,
    resource_sid: str | Unset = UNSET,
    source_ip_address: str | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""
    _params: dict[str, Any] = {}
    if actor_sid is not UNSET:
        _params["ActorSid"] = actor_sid
    if event_type is not UNSET:
        _params["EventType"] = event_type
    if resource_sid is not UNSET:
        _params["ResourceSid"] = resource_sid
    if source_ip_address is not UNSET:
        _params["SourceIpAddress"] = source_ip_address
    if start_date is not UNSET:
        _params["StartDate"] = start_date
    if end_date is not UNSET:
        _params["EndDate"] = end_date
    if page_size is not UNSET:
        _params["PageSize"] = page_size
    if page is not UNSET:
        _params["Page"] = page
    if page_token is not UNSET:
        _params["PageToken"] = page_token

    return {
        "method": METHOD,
        "url": PATH,
        "params": _params,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], ListEventResponse] = ListEventResponse

# One element of `events` -> a record.
_parse_item: Callable[[dict[str, Any]], Event] = Event
