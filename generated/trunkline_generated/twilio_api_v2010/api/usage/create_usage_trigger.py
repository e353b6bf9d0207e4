"""CreateUsageTrigger: POST /2010-04-01/Accounts/{AccountSid}/Usage/Triggers.json

Create a new UsageTrigger

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.usage_trigger import UsageTrigger
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Required

    from trunkline_generated.twilio_api_v2010.models.http_method import HttpMethod
    from trunkline_generated.twilio_api_v2010.models.usage_trigger_field import UsageTriggerField
    from trunkline_generated.twilio_api_v2010.models.usage_trigger_recurring import (
        UsageTriggerRecurring,
    )

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of CreateUsageTrigger (for `Unpack`), per-call options included."""

        callback_url: Required[str]  # CallbackUrl
        trigger_value: Required[str]  # TriggerValue
        usage_category: Required[str]  # UsageCategory
        callback_method: HttpMethod | str  # CallbackMethod
        friendly_name: str  # FriendlyName
        recurring: UsageTriggerRecurring | str  # Recurring
        trigger_by: UsageTriggerField | str  # TriggerBy


METHOD = "POST"
PATH = "/2010-04-01/Accounts/{AccountSid}/Usage/Triggers.json"
RETRY = "create"
ARGS = ("account_sid",)
CLIENT_ARGS = {"account_sid": "AccountSid"}
PATTERNS = {"account_sid": "^AC[0-9a-fA-F]{32}$"}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"


def _get_kwargs(
    account_sid: str,
    *,
    callback_url: str,
    trigger_value: str,
    usage_category: str,
    callback_method: HttpMethod | str | Unset = UNSET,
    friendly_name: str | Unset = UNSET,
    recurring: UsageTriggerRecurring | str | Unset = UNSET,
    trigger_by: UsageTriggerField | str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    _body: dict[str, Any] = {}
    _body["CallbackUrl"] = callback_url
    _body["TriggerValue"] = trigger_value
    _body["UsageCategory"] = usage_category
    if callback_method is not UNSET:
        _body["CallbackMethod"] = callback_method
    if friendly_name is not UNSET:
        _body["FriendlyName"] = friendly_name
    if recurring is not UNSET:
        _body["Recurring"] = recurring
    if trigger_by is not UNSET:
        _body["TriggerBy"] = trigger_by

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
_parse_response: Callable[[Any], UsageTrigger] = UsageTrigger
