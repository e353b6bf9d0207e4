"""UpdateCall: POST /2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json

Initiates a call redirect or terminates a call

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.call import Call
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from trunkline_generated.twilio_api_v2010.models.call_update_status import CallUpdateStatus
    from trunkline_generated.twilio_api_v2010.models.http_method import HttpMethod

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of UpdateCall (for `Unpack`), per-call options included."""

        url: str  # Url
        method: HttpMethod | str  # Method
        status: CallUpdateStatus | str  # Status
        fallback_url: str  # FallbackUrl
        fallback_method: HttpMethod | str  # FallbackMethod
        status_callback: str  # StatusCallback
        status_callback_method: HttpMethod | str  # StatusCallbackMethod
        twiml: str  # Twiml
        time_limit: int  # TimeLimit


METHOD = "POST"
PATH = "/2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json"
RETRY = "create"
ARGS = ("account_sid", "sid")
CLIENT_ARGS = {"account_sid": "AccountSid"}
PATTERNS = {"account_sid": "^AC[0-9a-fA-F]{32}$", "sid": "^CA[0-9a-fA-F]{32}$"}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"


def _get_kwargs(
    account_sid: str,
    sid: str,
    *,
    url: str | Unset = UNSET,
    method: HttpMethod | str | Unset = UNSET,
    status: CallUpdateStatus | str | Unset = UNSET,
    fallback_url: str | Unset = UNSET,
    fallback_method: HttpMethod | str | Unset = UNSET,
    status_callback: str | Unset = UNSET,
    status_callback_method: HttpMethod | str | Unset = UNSET,
    twiml: str | Unset = UNSET,
    time_limit: int | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    _body: dict[str, Any] = {}
    if url is not UNSET:
        _body["Url"] = url
    if method is not UNSET:
        _body["Method"] = method
    if status is not UNSET:
        _body["Status"] = status
    if fallback_url is not UNSET:
        _body["FallbackUrl"] = fallback_url
    if fallback_method is not UNSET:
        _body["FallbackMethod"] = fallback_method
    if status_callback is not UNSET:
        _body["StatusCallback"] = status_callback
    if status_callback_method is not UNSET:
        _body["StatusCallbackMethod"] = status_callback_method
    if twiml is not UNSET:
        _body["Twiml"] = twiml
    if time_limit is not UNSET:
        _body["TimeLimit"] = time_limit

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
_parse_response: Callable[[Any], Call] = Call
