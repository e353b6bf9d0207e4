"""ListConference: GET /2010-04-01/Accounts/{AccountSid}/Conferences.json

Retrieve a list of conferences belonging to the account used to make the request

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.conference import Conference
from ...models.list_conference_response import ListConferenceResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from trunkline_generated.twilio_api_v2010.models.conference_status import ConferenceStatus

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of ListConference (for `Unpack`), per-call options included."""

        date_created: datetime.date  # DateCreated
        date_created_before: datetime.date  # DateCreated<
        date_created_after: datetime.date  # DateCreated>
        date_updated: datetime.date  # DateUpdated
        date_updated_before: datetime.date  # DateUpdated<
        date_updated_after: datetime.date  # DateUpdated>
        friendly_name: str  # FriendlyName
        status: ConferenceStatus | str  # Status
        page_size: int  # PageSize
        page: int  # Page
        page_token: str  # PageToken


METHOD = "GET"
PATH = "/2010-04-01/Accounts/{AccountSid}/Conferences.json"
RETRY = "safe"
ITEMS_KEY = "conferences"
ARGS = ("account_sid",)
CLIENT_ARGS = {"account_sid": "AccountSid"}
PATTERNS = {"account_sid": "^AC[0-9a-fA-F]{32}$"}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"
PAGING = "twilio"
PAGE_SIZE = ("page_size", 1000)


def _get_kwargs(
    account_sid: str,
    *,
    date_created: datetime.date | Unset = UNSET,
    date_created_before: datetime.date | Unset = UNSET,
    date_created_after: datetime.date | Unset = UNSET,
    date_updated: datetime.date | Unset = UNSET,
    date_updated_before: datetime.date | Unset = UNSET,
    date_updated_after: datetime.date | Unset = UNSET,
    friendly_name: str | Unset = UNSET,
    status: ConferenceStatus | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""
    _params: dict[str, Any] = {}
    if date_created is not UNSET:
        _params["DateCreated"] = date_created
    if date_created_before is not UNSET:
        _params["DateCreated<"] = date_created_before
    if date_created_after is not UNSET:
        _params["DateCreated>"] = date_created_after
    if date_updated is not UNSET:
        _params["DateUpdated"] = date_updated
    if date_updated_before is not UNSET:
        _params["DateUpdated<"] = date_updated_before
    if date_updated_after is not UNSET:
        _params["DateUpdated>"] = date_updated_after
    if friendly_name is not UNSET:
        _params["FriendlyName"] = friendly_name
    if status is not UNSET:
        _params["Status"] = status
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
                "AccountSid": _quote(str(account_sid), safe=""),
            }
        ),
        "params": _params,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], ListConferenceResponse] = ListConferenceResponse

# One element of `conferences` -> a record.
_parse_item: Callable[[dict[str, Any]], Conference] = Conference
