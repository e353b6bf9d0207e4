"""ListOutgoingCallerId: GET /2010-04-01/Accounts/{AccountSid}/OutgoingCallerIds.json

Retrieve a list of outgoing-caller-ids belonging to the account used to make the request

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.list_outgoing_caller_id_response import ListOutgoingCallerIdResponse
from ...models.outgoing_caller_id import OutgoingCallerId
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of ListOutgoingCallerId (for `Unpack`), per-call options included."""

        phone_number: str  # PhoneNumber
        friendly_name: str  # FriendlyName
        page_size: int  # PageSize
        page: int  # Page
        page_token: str  # PageToken


METHOD = "GET"
PATH = "/2010-04-01/Accounts/{AccountSid}/OutgoingCallerIds.json"
RETRY = "safe"
ITEMS_KEY = "outgoing_caller_ids"
ARGS = ("account_sid",)
CLIENT_ARGS = {"account_sid": "AccountSid"}
PATTERNS = {"account_sid": "^AC[0-9a-fA-F]{32}$"}
PHONES = {"phone_number": "phone-number"}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"
PAGING = "twilio"
PAGE_SIZE = ("page_size", 1000)


def _get_kwargs(
    account_sid: str,
    *,
    phone_number: str | Unset = UNSET,
    friendly_name: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""
    _params: dict[str, Any] = {}
    if phone_number is not UNSET:
        _params["PhoneNumber"] = phone_number
    if friendly_name is not UNSET:
        _params["FriendlyName"] = friendly_name
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
_parse_response: Callable[[Any], ListOutgoingCallerIdResponse] = ListOutgoingCallerIdResponse

# One element of `outgoing_caller_ids` -> a record.
_parse_item: Callable[[dict[str, Any]], OutgoingCallerId] = OutgoingCallerId
