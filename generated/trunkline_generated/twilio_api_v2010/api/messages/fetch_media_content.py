"""FetchMediaContent: GET /2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media/{Sid}

The media file itself (an image, audio, video, vCard, ...)

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

if TYPE_CHECKING:
    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of FetchMediaContent (for `Unpack`), per-call options included."""


METHOD = "GET"
PATH = "/2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media/{Sid}"
RETRY = "safe"
ARGS = ("account_sid", "message_sid", "sid")
CLIENT_ARGS = {"account_sid": "AccountSid"}
PATTERNS = {
    "account_sid": "^AC[0-9a-fA-F]{32}$",
    "message_sid": "^(SM|MM)[0-9a-fA-F]{32}$",
    "sid": "^ME[0-9a-fA-F]{32}$",
}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "binary"


def _get_kwargs(
    account_sid: str,
    message_sid: str,
    sid: str,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "AccountSid": _quote(str(account_sid), safe=""),
                "MessageSid": _quote(str(message_sid), safe=""),
                "Sid": _quote(str(sid), safe=""),
            }
        ),
    }


def _parse_response(payload: Any) -> None:
    """This operation answers with a download, streamed by the client: nothing to parse."""
    return None
