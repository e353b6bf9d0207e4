"""CreateSipIpAccessControlList: POST /2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists.json

Create a new IpAccessControlList resource

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.sip_ip_access_control_list import SipIpAccessControlList

if TYPE_CHECKING:
    from typing import Required

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of CreateSipIpAccessControlList (for `Unpack`), per-call options included."""

        friendly_name: Required[str]  # FriendlyName


METHOD = "POST"
PATH = "/2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists.json"
RETRY = "create"
ARGS = ("account_sid",)
CLIENT_ARGS = {"account_sid": "AccountSid"}
PATTERNS = {"account_sid": "^AC[0-9a-fA-F]{32}$"}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"


def _get_kwargs(
    account_sid: str,
    *,
    friendly_name: str,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    _body: dict[str, Any] = {}
    _body["FriendlyName"] = friendly_name

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "AccountSid": _quote(str(account_sid), safe=""),
            }
        ),
        "data": _body,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], SipIpAccessControlList] = SipIpAccessControlList
