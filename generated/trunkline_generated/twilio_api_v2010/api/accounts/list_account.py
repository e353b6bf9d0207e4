"""ListAccount: GET /2010-04-01/Accounts.json

Retrieves a collection of Accounts belonging to the account used to make the request

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ...models.account import Account
from ...models.list_account_response import ListAccountResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from trunkline_generated.twilio_api_v2010.models.account_status import AccountStatus

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of ListAccount (for `Unpack`), per-call options included."""

        friendly_name: str  # FriendlyName
        status: AccountStatus | str  # Status
        page_size: int  # PageSize
        page: int  # Page
        page_token: str  # PageToken


METHOD = "GET"
PATH = "/2010-04-01/Accounts.json"
RETRY = "safe"
ITEMS_KEY = "accounts"
ARGS = ()
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"
PAGING = "twilio"
PAGE_SIZE = ("page_size", 1000)


def _get_kwargs(
    *,
    friendly_name: str | Unset = UNSET,
    status: AccountStatus | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""
    _params: dict[str, Any] = {}
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
        "url": PATH,
        "params": _params,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], ListAccountResponse] = ListAccountResponse

# One element of `accounts` -> a record.
_parse_item: Callable[[dict[str, Any]], Account] = Account
