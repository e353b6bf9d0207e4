"""FetchRecording: GET /2010-04-01/Accounts/{AccountSid}/Recordings/{Sid}.json

Fetch an instance of a recording

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.recording import Recording
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of FetchRecording (for `Unpack`), per-call options included."""

        include_soft_deleted: bool  # IncludeSoftDeleted


METHOD = "GET"
PATH = "/2010-04-01/Accounts/{AccountSid}/Recordings/{Sid}.json"
RETRY = "safe"
ARGS = ("account_sid", "sid")
CLIENT_ARGS = {"account_sid": "AccountSid"}
PATTERNS = {"account_sid": "^AC[0-9a-fA-F]{32}$", "sid": "^RE[0-9a-fA-F]{32}$"}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"


def _get_kwargs(
    account_sid: str,
    sid: str,
    *,
    include_soft_deleted: bool | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""
    _params: dict[str, Any] = {}
    if include_soft_deleted is not UNSET:
        _params["IncludeSoftDeleted"] = include_soft_deleted

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "AccountSid": _quote(str(account_sid), safe=""),
                "Sid": _quote(str(sid), safe=""),
            }
        ),
        "params": _params,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], Recording] = Recording
