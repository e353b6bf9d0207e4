"""CreateAccount: POST /2010-04-01/Accounts.json

Create a new Twilio Subaccount from the account making the request

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ...models.account import Account
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of CreateAccount (for `Unpack`), per-call options included."""

        friendly_name: str  # FriendlyName


METHOD = "POST"
PATH = "/2010-04-01/Accounts.json"
RETRY = "create"
ARGS = ()
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"


def _get_kwargs(
    *,
    friendly_name: str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    _body: dict[str, Any] = {}
    if friendly_name is not UNSET:
        _body["FriendlyName"] = friendly_name

    return {
        "method": METHOD,
        "url": PATH,
        "data": _body,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], Account] = Account
