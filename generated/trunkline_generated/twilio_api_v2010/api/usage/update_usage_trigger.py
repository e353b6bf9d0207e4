"""UpdateUsageTrigger: POST /2010-04-01/Accounts/{AccountSid}/Usage/Triggers/{Sid}.json

Update an instance of a usage trigger

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.usage_trigger import UsageTrigger
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from trunkline_generated.twilio_api_v2010.models.http_method import HttpMethod

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of UpdateUsageTrigger (for `Unpack`), per-call options included."""

        callback_method: HttpMethod | str  # CallbackMethod
        callback_url: str  # CallbackUrl
        friendly_name: str  # FriendlyName


METHOD = "POST"
PATH = "/2010-04-01/Accounts/{AccountSid}/Usage/Triggers/{Sid}.json"
RETRY = "safe"
ARGS = ("account_sid", "sid")
CLIENT_ARGS = {"account_sid": "AccountSid"}
PATTERNS = {"account_sid": "^AC[0-9a-fA-F]{32}$", "sid": "^UT[0-9a-fA-F]{32}$"}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"


def _get_kwargs(
    account_sid: str,
    sid: str,
    *,
    callback_method: HttpMethod | str | Unset = UNSET,
    callback_url: str | Unset = UNSET,
    friendly_name: str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    _body: dict[str, Any] = {}
    if callback_method is not UNSET:
        _body["CallbackMethod"] = callback_method
    if callback_url is not UNSET:
        _body["CallbackUrl"] = callback_url
    if friendly_name is not UNSET:
        _body["FriendlyName"] = friendly_name

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
_parse_response: Callable[[Any], UsageTrigger] = UsageTrigger
