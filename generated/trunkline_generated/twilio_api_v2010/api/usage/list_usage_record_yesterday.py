"""ListUsageRecordYesterday: GET /2010-04-01/Accounts/{AccountSid}/Usage/Records/Yesterday.json

Retrieve usage records of yesterday

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.list_usage_record_response import ListUsageRecordResponse
from ...models.usage_record import UsageRecord
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of ListUsageRecordYesterday (for `Unpack`), per-call options included."""

        category: str  # Category
        start_date: datetime.date  # StartDate
        end_date: datetime.date  # EndDate
        include_subaccounts: bool  # IncludeSubaccounts
        page_size: int  # PageSize
        page: int  # Page
        page_token: str  # PageToken


METHOD = "GET"
PATH = "/2010-04-01/Accounts/{AccountSid}/Usage/Records/Yesterday.json"
RETRY = "safe"
ITEMS_KEY = "usage_records"
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
    category: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    include_subaccounts: bool | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""
    _params: dict[str, Any] = {}
    if category is not UNSET:
        _params["Category"] = category
    if start_date is not UNSET:
        _params["StartDate"] = start_date
    if end_date is not UNSET:
        _params["EndDate"] = end_date
    if include_subaccounts is not UNSET:
        _params["IncludeSubaccounts"] = include_subaccounts
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
_parse_response: Callable[[Any], ListUsageRecordResponse] = ListUsageRecordResponse

# One element of `usage_records` -> a record.
_parse_item: Callable[[dict[str, Any]], UsageRecord] = UsageRecord
