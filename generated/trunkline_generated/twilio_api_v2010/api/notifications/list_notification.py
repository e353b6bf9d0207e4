"""ListNotification: GET /2010-04-01/Accounts/{AccountSid}/Notifications.json

Retrieve a list of notifications belonging to the account used to make the request

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.list_notification_response import ListNotificationResponse
from ...models.notification import Notification
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of ListNotification (for `Unpack`), per-call options included."""

        log: int  # Log
        message_date: datetime.date  # MessageDate
        message_date_before: datetime.date  # MessageDate<
        message_date_after: datetime.date  # MessageDate>
        page_size: int  # PageSize
        page: int  # Page
        page_token: str  # PageToken


METHOD = "GET"
PATH = "/2010-04-01/Accounts/{AccountSid}/Notifications.json"
RETRY = "safe"
ITEMS_KEY = "notifications"
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
    log: int | Unset = UNSET,
    message_date: datetime.date | Unset = UNSET,
    message_date_before: datetime.date | Unset = UNSET,
    message_date_after: datetime.date | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""
    _params: dict[str, Any] = {}
    if log is not UNSET:
        _params["Log"] = log
    if message_date is not UNSET:
        _params["MessageDate"] = message_date
    if message_date_before is not UNSET:
        _params["MessageDate<"] = message_date_before
    if message_date_after is not UNSET:
        _params["MessageDate>"] = message_date_after
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
_parse_response: Callable[[Any], ListNotificationResponse] = ListNotificationResponse

# One element of `notifications` -> a record.
_parse_item: Callable[[dict[str, Any]], Notification] = Notification
