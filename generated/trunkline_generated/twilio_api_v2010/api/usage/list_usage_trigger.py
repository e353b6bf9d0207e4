"""ListUsageTrigger: GET /2010-04-01/Accounts/{AccountSid}/Usage/Triggers.json

Retrieve a list of usage-triggers belonging to the account used to make the request

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.list_usage_trigger_response import ListUsageTriggerResponse
from ...models.usage_trigger import UsageTrigger
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from trunkline_generated.twilio_api_v2010.models.usage_trigger_field import UsageTriggerField
    from trunkline_generated.twilio_api_v2010.models.usage_trigger_recurring import (
        UsageTriggerRecurring,
    )

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of ListUsageTrigger (for `Unpack`), per-call options included."""

        recurring: UsageTriggerRecurring | str  # Recurring
        trigger_by: UsageTriggerField | str  # TriggerBy
        usage_category: str  # UsageCategory
        page_size: int  # PageSize
        page: int  # Page
        page_token: str  # PageToken


METHOD = "GET"
PATH = "/2010-04-01/Accounts/{AccountSid}/Usage/Triggers.json"
RETRY = "safe"
ITEMS_KEY = "usage_triggers"
ARGS = ("account_sid",)
CLIENT_ARGS = {"account_sid": "AccountSid"}
PATTERNS = {"account_sid": "^AC[0-9a-fA-F]{32}$"}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"
PAGING = "twilio"
PAGE_SIZE = ("page_size", 1000)


def _get_kwargs(
    account_sid: str,
    *,
    recurring: UsageTriggerRecurring | str | Unset = UNSET,
    trigger_by: UsageTriggerField | str | Unset = UNSET,
    usage_category: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""
    _params: dict[str, Any] = {}
    if recurring is not UNSET:
        _params["Recurring"] = recurring
    if trigger_by is not UNSET:
        _params["TriggerBy"] = trigger_by
    if usage_category is not UNSET:
        _params["UsageCategory"] = usage_category
    if page_size is not UNSET:
        _params["PageSize"] = page_size
    if page is not UNSET:
        _params["Page"] = page
    if page_token is not UNSET:
        _params["PageToken"] = page_token

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "AccountSid": _quote(str(account_sid), safe=""),
            }
        ),
        "params": _params,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], ListUsageTriggerResponse] = ListUsageTriggerResponse

# One element of `usage_triggers` -> a record.
_parse_item: Callable[[dict[str, Any]], UsageTrigger] = UsageTrigger
