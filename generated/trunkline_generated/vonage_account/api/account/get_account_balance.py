"""GetAccountBalance: GET /account/get-balance

Get the account balance.

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ...models.account_balance import AccountBalance

if TYPE_CHECKING:
    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of GetAccountBalance (for `Unpack`), per-call options included."""


METHOD = "GET"
PATH = "/account/get-balance"
RETRY = "safe"
ARGS = ()
SECURITY = (("apiKey", "apiSecret"),)
SERVER = "https://rest.nexmo.com"
RESPONSE = "json"


def _get_kwargs() -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    return {
        "method": METHOD,
        "url": PATH,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], AccountBalance] = AccountBalance
