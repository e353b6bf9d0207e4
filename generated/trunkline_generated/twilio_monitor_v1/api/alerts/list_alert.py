"""ListAlert: GET /v1/Alerts

List the alerts of the account, newest first

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ...models.alert import Alert
from ...models.list_alert_response import ListAlertResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from trunkline_generated.twilio_monitor_v1.models.alert_log_level import AlertLogLevel

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of ListAlert (for `Unpack`), per-call options included."""

        log_level: AlertLogLevel | str  # LogLevel
        start_date: datetime.datetime  # StartDate
        end_date: datetime.datetime  # EndDate
        resource_sid: str  # ResourceSid
        page_size: int  # PageSize
        page: int  # Page
        page_token: str  # PageToken


METHOD = "GET"
PATH = "/v1/Alerts"
RETRY = "safe"
ITEMS_KEY = "alerts"
ARGS = ()
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"
PAGING = "twilio-v1"
PAGE_SIZE = ("page_size", 1000)


def _get_kwargs(
    *,
    log_level: AlertLogLevel | str | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    resource_sid: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""
    _params: dict[str, Any] = {}
    if log_level is not UNSET:
        _params["LogLevel"] = log_level
    if start_date is not UNSET:
        _params["StartDate"] = start_date
    if end_date is not UNSET:
        _params["EndDate"] = end_date
    if resource_sid is not UNSET:
        _params["ResourceSid"] = resource_sid
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
_parse_response: Callable[[Any], ListAlertResponse] = ListAlertResponse

# One element of `alerts` -> a record.
_parse_item: Callable[[dict[str, Any]], Alert] = Alert
