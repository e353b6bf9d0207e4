"""ListAddress: GET /2010-04-01/Accounts/{AccountSid}/Addresses.json

Retrieve a list of addresses of the account

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.address import Address
from ...models.list_address_response import ListAddressResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of ListAddress (for `Unpack`), per-call options included."""

        customer_name: str  # CustomerName
        friendly_name: str  # FriendlyName
        emergency_enabled: bool  # EmergencyEnabled
        iso_country: str  # IsoCountry
        page_size: int  # PageSize
        page: int  # Page
        page_token: str  # PageToken


METHOD = "GET"
PATH = "/2010-04-01/Accounts/{AccountSid}/Addresses.json"
RETRY = "safe"
ITEMS_KEY = "addresses"
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
    customer_name: str | Unset = UNSET,
    friendly_name: str | Unset = UNSET,
    emergency_enabled: bool | Unset = UNSET,
    iso_country: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""
    _params: dict[str, Any] = {}
    if customer_name is not UNSET:
        _params["CustomerName"] = customer_name
    if friendly_name is not UNSET:
        _params["FriendlyName"] = friendly_name
    if emergency_enabled is not UNSET:
        _params["EmergencyEnabled"] = emergency_enabled
    if iso_country is not UNSET:
        _params["IsoCountry"] = iso_country
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
_parse_response: Callable[[Any], ListAddressResponse] = ListAddressResponse

# One element of `addresses` -> a record.
_parse_item: Callable[[dict[str, Any]], Address] = Address
