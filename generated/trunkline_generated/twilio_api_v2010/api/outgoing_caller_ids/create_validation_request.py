"""CreateValidationRequest: POST /2010-04-01/Accounts/{AccountSid}/OutgoingCallerIds.json

Start verifying a caller id: Twilio calls the number and asks for the validation code

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.validation_request import ValidationRequest
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Required

    from trunkline_generated.twilio_api_v2010.models.http_method import HttpMethod

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of CreateValidationRequest (for `Unpack`), per-call options included."""

        phone_number: Required[str]  # PhoneNumber
        friendly_name: str  # FriendlyName
        call_delay: int  # CallDelay
        extension: str  # Extension
        status_callback: str  # StatusCallback
        status_callback_method: HttpMethod | str  # StatusCallbackMethod


METHOD = "POST"
PATH = "/2010-04-01/Accounts/{AccountSid}/OutgoingCallerIds.json"
RETRY = "create"
ARGS = ("account_sid",)
CLIENT_ARGS = {"account_sid": "AccountSid"}
PATTERNS = {"account_sid": "^AC[0-9a-fA-F]{32}$"}
PHONES = {"phone_number": "phone-number"}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"


def _get_kwargs(
    account_sid: str,
    *,
    phone_number: str,
    friendly_name: str | Unset = UNSET,
    call_delay: int | Unset = UNSET,
    extension: str | Unset = UNSET,
    status_callback: str | Unset = UNSET,
    status_callback_method: HttpMethod | str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    _body: dict[str, Any] = {}
    _body["PhoneNumber"] = phone_number
    if friendly_name is not UNSET:
        _body["FriendlyName"] = friendly_name
    if call_delay is not UNSET:
        _body["CallDelay"] = call_delay
    if extension is not UNSET:
        _body["Extension"] = extension
    if status_callback is not UNSET:
        _body["StatusCallback"] = status_callback
    if status_callback_method is not UNSET:
        _body["StatusCallbackMethod"] = status_callback_method

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "AccountSid": _quote(str(account_sid), safe=""),
            }
        ),
        "data": _body,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], ValidationRequest] = ValidationRequest
