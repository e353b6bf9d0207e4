"""ListSipIpAddress: GET /2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists/{IpAccessControlListSid}/IpAddresses.json

Read multiple IpAddress resources.

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.list_sip_ip_address_response import ListSipIpAddressResponse
from ...models.sip_ip_address import SipIpAddress
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of ListSipIpAddress (for `Unpack`), per-call options included."""

        page_size: int  # PageSize
        page: int  # Page
        page_token: str  # PageToken


METHOD = "GET"
PATH = "/2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists/{IpAccessControlListSid}/IpAddresses.json"
RETRY = "safe"
ITEMS_KEY = "ip_addresses"
ARGS = ("account_sid", "ip_access_control_list_sid")
CLIENT_ARGS = {"account_sid": "AccountSid"}
PATTERNS = {
    "account_sid": "^AC[0-9a-fA-F]{32}$",
    "ip_access_control_list_sid": "^AL[0-9a-fA-F]{32}$",
}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"
PAGING = "twilio"
PAGE_SIZE = ("page_size", 1000)


def _get_kwargs(
    account_sid: str,
    ip_access_control_list_sid: str,
    *,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""
    _params: dict[str, Any] = {}
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
                "IpAccessControlListSid": _quote(str(ip_access_control_list_sid), safe=""),
            }
        ),
        "params": _params,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], ListSipIpAddressResponse] = ListSipIpAddressResponse

# One element of `ip_addresses` -> a record.
_parse_item: Callable[[dict[str, Any]], SipIpAddress] = SipIpAddress
