"""ListMessage: GET /2010-04-01/Accounts/{AccountSid}/Messages.json

Retrieve a list of Message resources associated with a Twilio Account

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.list_message_response import ListMessageResponse
from ...models.message import Message
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of ListMessage (for `Unpack`), per-call options included."""

        to: str  # To
        from_: str  # From
        date_sent: datetime.datetime  # DateSent
        date_sent_before: datetime.datetime  # DateSent<
        date_sent_after: datetime.datetime  # DateSent>
        page_size: int  # PageSize
        page: int  # Page
        page_token: str  # PageToken


METHOD = "GET"
PATH = "/2010-04-01/Accounts/{AccountSid}/Messages.json"
RETRY = "safe"
ITEMS_KEY = "messages"
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
    date_sent: datetime.datetime | Unset = UNSET,
    date_sent_before: datetime.datetime | Unset = UNSET,
    date_sent_after: datetime.datetime | Unset = UNSET,
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
    if date_sent is not UNSET:
        _params["DateSent"] = date_sent
    if date_sent_before is not UNSET:
        _params["DateSent<"] = date_sent_before
    if date_sent_after is not UNSET:
        _params["DateSent>"] = date_sent_after
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
_parse_response: Callable[[Any], ListMessageResponse] = ListMessageResponse

# One element of `messages` -> a record.
_parse_item: Callable[[dict[str, Any]], Message] = Message
