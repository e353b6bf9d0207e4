"""ListMedia: GET /2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media.json

Read a list of Media resources associated with a specific Message resource

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.list_media_response import ListMediaResponse
from ...models.media import Media
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of ListMedia (for `Unpack`), per-call options included."""

        date_created: datetime.datetime  # DateCreated
        date_created_before: datetime.datetime  # DateCreated<
        date_created_after: datetime.datetime  # DateCreated>
        page_size: int  # PageSize
        page: int  # Page
        page_token: str  # PageToken


METHOD = "GET"
PATH = "/2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media.json"
RETRY = "safe"
ITEMS_KEY = "media_list"
ARGS = ("account_sid", "message_sid")
CLIENT_ARGS = {"account_sid": "AccountSid"}
PATTERNS = {"account_sid": "^AC[0-9a-fA-F]{32}$", "message_sid": "^(SM|MM)[0-9a-fA-F]{32}$"}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"
PAGING = "twilio"
PAGE_SIZE = ("page_size", 1000)


def _get_kwargs(
    account_sid: str,
    message_sid: str,
    *,
    date_created: datetime.datetime | Unset = UNSET,
    date_created_before: datetime.datetime | Unset = UNSET,
    date_created_after: datetime.datetime | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""
    _params: dict[str, Any] = {}
    if date_created is not UNSET:
        _params["DateCreated"] = date_created
    if date_created_before is not UNSET:
        _params["DateCreated<"] = date_created_before
    if date_created_after is not UNSET:
        _params["DateCreated>"] = date_created_after
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
                "MessageSid": _quote(str(message_sid), safe=""),
            }
        ),
        "params": _params,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], ListMediaResponse] = ListMediaResponse

# One element of `media_list` -> a record.
_parse_item: Callable[[dict[str, Any]], Media] = Media
