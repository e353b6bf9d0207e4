"""ListIncomingPhoneNumberMobile: GET /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/Mobile.json

Retrieve a list of the mobile phone numbers of the account

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.incoming_phone_number import IncomingPhoneNumber
from ...models.list_incoming_phone_number_response import ListIncomingPhoneNumberResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of ListIncomingPhoneNumberMobile (for `Unpack`), per-call options included."""

        beta: bool  # Beta
        friendly_name: str  # FriendlyName
        phone_number: str  # PhoneNumber
        origin: str  # Origin
        page_size: int  # PageSize
        page: int  # Page
        page_token: str  # PageToken


METHOD = "GET"
PATH = "/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/Mobile.json"
RETRY = "safe"
ITEMS_KEY = "incoming_phone_numbers"
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
    beta: bool | Unset = UNSET,
    friendly_name: str | Unset = UNSET,
    phone_number: str | Unset = UNSET,
    origin: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""
    _params: dict[str, Any] = {}
    if beta is not UNSET:
        _params["Beta"] = beta
    if friendly_name is not UNSET:
        _params["FriendlyName"] = friendly_name
    if phone_number is not UNSET:
        _params["PhoneNumber"] = phone_number
    if origin is not UNSET:
        _params["Origin"] = origin
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
_parse_response: Callable[[Any], ListIncomingPhoneNumberResponse] = ListIncomingPhoneNumberResponse

# One element of `incoming_phone_numbers` -> a record.
_parse_item: Callable[[dict[str, Any]], IncomingPhoneNumber] = IncomingPhoneNumber
