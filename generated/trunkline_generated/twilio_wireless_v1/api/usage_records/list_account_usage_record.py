"""ListAccountUsageRecord: GET /v1/UsageRecords

Retrieve the usage of all Sims of your account, summarized by period.

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ...models.account_usage_record import AccountUsageRecord
from ...models.list_account_usage_record_response import ListAccountUsageRecordResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from trunkline_generated.twilio_wireless_v1.models.usage_granularity import UsageGranularity

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of ListAccountUsageRecord (for `Unpack`), per-call options included."""

        end: datetime.datetime  # End
        start: datetime.datetime  # Start
        granularity: UsageGranularity | str  # Granularity
        page_size: int  # PageSize
        page: int  # Page
        page_token: str  # PageToken


METHOD = "GET"
PATH = "/v1/UsageRecords"
RETRY = "safe"
ITEMS_KEY = "usage_records"
ARGS = ()
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"
PAGING = "twilio-v1"
PAGE_SIZE = ("page_size", 1000)


def _get_kwargs(
    *,
    end: datetime.datetime | Unset = UNSET,
    start: datetime.datetime | Unset = UNSET,
    granularity: UsageGranularity | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""
    _params: dict[str, Any] = {}
    if end is not UNSET:
        _params["End"] = end
    if start is not UNSET:
        _params["Start"] = start
    if granularity is not UNSET:
        _params["Granularity"] = granularity
    if page_size is not UNSET:
        _params["PageSize"] = page_size
    if page is not UNSET:
        _params["Page"] = page
    if page_token is not UNSET:
        _params["PageToken"] = page_token

    return {
        "method": METHOD,
        "url": PATH,
        "params": _params,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], ListAccountUsageRecordResponse] = ListAccountUsageRecordResponse

# One element of `usage_records` -> a record.
_parse_item: Callable[[dict[str, Any]], AccountUsageRecord] = AccountUsageRecord
