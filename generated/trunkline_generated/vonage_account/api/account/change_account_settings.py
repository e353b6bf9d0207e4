"""ChangeAccountSettings: POST /account/settings

Change the account's default SMS webhooks.

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ...models.account_settings import AccountSettings
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of ChangeAccountSettings (for `Unpack`), per-call options included."""

        mo_call_back_url: str  # moCallBackUrl
        dr_call_back_url: str  # drCallBackUrl


METHOD = "POST"
PATH = "/account/settings"
RETRY = "safe"
ARGS = ()
SECURITY = (("apiKey", "apiSecret"),)
SERVER = "https://rest.nexmo.com"
RESPONSE = "json"


def _get_kwargs(
    *,
    mo_call_back_url: str | Unset = UNSET,
    dr_call_back_url: str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    _body: dict[str, Any] = {}
    if mo_call_back_url is not UNSET:
        _body["moCallBackUrl"] = mo_call_back_url
    if dr_call_back_url is not UNSET:
        _body["drCallBackUrl"] = dr_call_back_url

    return {
        "method": METHOD,
        "url": PATH,
        "data": _body,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], AccountSettings] = AccountSettings
