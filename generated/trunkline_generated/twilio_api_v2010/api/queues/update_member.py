"""UpdateMember: POST /2010-04-01/Accounts/{AccountSid}/Queues/{QueueSid}/Members/{CallSid}.json

Dequeue a member from a queue and have the member's call begin executing the TwiML
document at that URL

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.queue_member import QueueMember
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Required

    from trunkline_generated.twilio_api_v2010.models.http_method import HttpMethod

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of UpdateMember (for `Unpack`), per-call options included."""

        url: Required[str]  # Url
        method: HttpMethod | str  # Method


METHOD = "POST"
PATH = "/2010-04-01/Accounts/{AccountSid}/Queues/{QueueSid}/Members/{CallSid}.json"
RETRY = "create"
ARGS = ("account_sid", "queue_sid", "call_sid")
CLIENT_ARGS = {"account_sid": "AccountSid"}
PATTERNS = {"account_sid": "^AC[0-9a-fA-F]{32}$", "queue_sid": "^QU[0-9a-fA-F]{32}$"}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"


def _get_kwargs(
    account_sid: str,
    queue_sid: str,
    call_sid: str,
    *,
    url: str,
    method: HttpMethod | str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    _body: dict[str, Any] = {}
    _body["Url"] = url
    if method is not UNSET:
        _body["Method"] = method

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "AccountSid": _quote(str(account_sid), safe=""),
                "QueueSid": _quote(str(queue_sid), safe=""),
                "CallSid": _quote(str(call_sid), safe=""),
            }
        ),
        "data": _body,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], QueueMember] = QueueMember
