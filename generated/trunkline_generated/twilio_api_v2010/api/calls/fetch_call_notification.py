"""FetchCallNotification: GET /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Notifications/{Sid}.json

Fetch a notification of a call

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.notification_detail import NotificationDetail

if TYPE_CHECKING:
    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of FetchCallNotification (for `Unpack`), per-call options included."""


METHOD = "GET"
PATH = "/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Notifications/{Sid}.json"
RETRY = "safe"
ARGS = ("account_sid", "call_sid", "sid")
CLIENT_ARGS = {"account_sid": "AccountSid"}
PATTERNS = {
    "account_sid": "^AC[0-9a-fA-F]{32}$",
    "call_sid": "^CA[0-9a-fA-F]{32}$",
    "sid": "^NO[0-9a-fA-F]{32}$",
}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"


def _get_kwargs(
    account_sid: str,
    call_sid: str,
    sid: str,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "AccountSid": _quote(str(account_sid), safe=""),
                "CallSid": _quote(str(call_sid), safe=""),
                "Sid": _quote(str(sid), safe=""),
            }
        ),
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], NotificationDetail] = NotificationDetail
