"""UpdateMessage: POST /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json

Update a Message resource (used to redact Message `body` text and to cancel not-yet-sent
messages)

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.message import Message
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from trunkline_generated.twilio_api_v2010.models.message_update_status import (
        MessageUpdateStatus,
    )

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of UpdateMessage (for `Unpack`), per-call options included."""

        body: str  # Body
        status: MessageUpdateStatus | str  # Status


METHOD = "POST"
PATH = "/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json"
RETRY = "safe"
ARGS = ("account_sid", "sid")
CLIENT_ARGS = {"account_sid": "AccountSid"}
PATTERNS = {"account_sid": "^AC[0-9a-fA-F]{32}$", "sid": "^(SM|MM)[0-9a-fA-F]{32}$"}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"


def _get_kwargs(
    account_sid: str,
    sid: str,
    *,
    body: str | Unset = UNSET,
    status: MessageUpdateStatus | str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    _body: dict[str, Any] = {}
    if body is not UNSET:
        _body["Body"] = body
    if status is not UNSET:
        _body["Status"] = status

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "AccountSid": _quote(str(account_sid), safe=""),
                "Sid": _quote(str(sid), safe=""),
            }
        ),
        "data": _body,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], Message] = Message
