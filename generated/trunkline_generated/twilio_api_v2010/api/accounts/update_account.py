"""UpdateAccount: POST /2010-04-01/Accounts/{Sid}.json

Modify the properties of a given Account

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.account import Account
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from trunkline_generated.twilio_api_v2010.models.account_status import AccountStatus

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of UpdateAccount (for `Unpack`), per-call options included."""

        friendly_name: str  # FriendlyName
        status: AccountStatus | str  # Status


METHOD = "POST"
PATH = "/2010-04-01/Accounts/{Sid}.json"
RETRY = "safe"
ARGS = ("sid",)
PATTERNS = {"sid": "^AC[0-9a-fA-F]{32}$"}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"


def _get_kwargs(
    sid: str,
    *,
    friendly_name: str | Unset = UNSET,
    status: AccountStatus | str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    _body: dict[str, Any] = {}
    if friendly_name is not UNSET:
        _body["FriendlyName"] = friendly_name
    if status is not UNSET:
        _body["Status"] = status

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "Sid": _quote(str(sid), safe=""),
            }
        ),
        "data": _body,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], Account] = Account
