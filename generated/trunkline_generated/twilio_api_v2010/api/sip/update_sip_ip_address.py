"""UpdateSipIpAddress: POST /2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists/{IpAccessControlListSid}/IpAddresses/{Sid}.json

Update an IpAddress resource.

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.sip_ip_address import SipIpAddress
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of UpdateSipIpAddress (for `Unpack`), per-call options included."""

        ip_address: str  # IpAddress
        friendly_name: str  # FriendlyName
        cidr_prefix_length: int  # CidrPrefixLength


METHOD = "POST"
PATH = "/2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists/{IpAccessControlListSid}/IpAddresses/{Sid}.json"
RETRY = "safe"
ARGS = ("account_sid", "ip_access_control_list_sid", "sid")
CLIENT_ARGS = {"account_sid": "AccountSid"}
PATTERNS = {
    "account_sid": "^AC[0-9a-fA-F]{32}$",
    "ip_access_control_list_sid": "^AL[0-9a-fA-F]{32}$",
    "sid": "^IP[0-9a-fA-F]{32}$",
}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"


def _get_kwargs(
    account_sid: str,
    ip_access_control_list_sid: str,
    sid: str,
    *,
    ip_address: str | Unset = UNSET,
    friendly_name: str | Unset = UNSET,
    cidr_prefix_length: int | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    _body: dict[str, Any] = {}
    if ip_address is not UNSET:
        _body["IpAddress"] = ip_address
    if friendly_name is not UNSET:
        _body["FriendlyName"] = friendly_name
    if cidr_prefix_length is not UNSET:
        _body["CidrPrefixLength"] = cidr_prefix_length

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "AccountSid": _quote(str(account_sid), safe=""),
                "IpAccessControlListSid": _quote(str(ip_access_control_list_sid), safe=""),
                "Sid": _quote(str(sid), safe=""),
            }
        ),
        "data": _body,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], SipIpAddress] = SipIpAddress
