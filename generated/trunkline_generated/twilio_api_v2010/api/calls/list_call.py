"""ListCall: GET /2010-04-01/Accounts/{AccountSid}/Calls.json

Retrieves a collection of calls made to and from your account

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.call import Call
from ...models.list_call_response import ListCallResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from trunkline_generated.twilio_api_v2010.models.call_status import CallStatus

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of ListCall (for `Unpack`), per-call options included."""

        to: str  # To
        from_: str  # From
        parent_call_sid: str  # ParentCallSid
        status: CallStatus | str  # Status
        start_time: datetime.datetime  # StartTime
        start_time_before: datetime.datetime  # StartTime<
        start_time_after: datetime.datetime  # StartTime>
        end_time: datetime.datetime  # EndTime
        end_time_before: datetime.datetime  # EndTime<
        end_time_after: datetime.datetime  # EndTime>
        page_size: int  # PageSize
        page: int  # Page
        page_token: str  # PageToken


METHOD = "GET"
PATH = "/2010-04-01/Accounts/{AccountSid}/Calls.json"
RETRY = "safe"
ITEMS_KEY = "calls"
ARGS = ("account_sid",)
CLIENT_ARGS = {"account_sid": "AccountSid"}
PATTERNS = {"account_sid": "^AC[0-9a-fA-F]{32}$"}
PHONES = {"to": "phone-number", "from_": "phone-number"}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"
PAGING = "twilio"
PAGE_SIZE = ("page_size", 1000)


def _get_kwargs(
    account_sid: str,
    *,
    to: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    parent_call_sid: str | Unset = UNSET,
    status: CallStatus | str | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    start_time_before: datetime.datetime | Unset = UNSET,
    start_time_after: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    end_time_before: datetime.datetime | Unset = UNSET,
    end_time_after: datetime.datetime | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""
    _params: dict[str, Any] = {}
    if to is not UNSET:
        _params["To"] = to
    if from_ is not UNSET:
        _params["From"] = from_
    if parent_call_sid is not UNSET:
        _params["ParentCallSid"] = parent_call_sid
    if status is not UNSET:
        _params["Status"] = status
    if start_time is not UNSET:
        _params["StartTime"] = start_time
    if start_time_before is not UNSET:
        _params["StartTime<"] = start_time_before
    if start_time_after is not UNSET:
        _params["StartTime>"] = start_time_after
    if end_time is not UNSET:
        _params["EndTime"] = end_time
    if end_time_before is not UNSET:
        _params["EndTime<"] = end_time_before
    if end_time_after is not UNSET:
        _params["EndTime>"] = end_time_after
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
_parse_response: Callable[[Any], ListCallResponse] = ListCallResponse

# One element of `calls` -> a record.
_parse_item: Callable[[dict[str, Any]], Call] = Call
