"""TopUpAccountBalance: POST /account/top-up

Top up the account balance.

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ...models.account_result import AccountResult

if TYPE_CHECKING:
    from typing import Required

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of TopUpAccountBalance (for `Unpack`), per-call options included."""

        trx: Required[str]  # trx


METHOD = "POST"
PATH = "/account/top-up"
RETRY = "create"
ARGS = ()
SECURITY = (("apiKey", "apiSecret"),)
SERVER = "https://rest.nexmo.com"
RESPONSE = "json"


def _get_kwargs(
    *,
    trx: str,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    _body: dict[str, Any] = {}
    _body["trx"] = trx

    return {
        "method": METHOD,
        "url": PATH,
        "data": _body,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], AccountResult] = AccountResult
