"""ListDataSession: GET /v1/Sims/{SimSid}/DataSessions

Retrieve a list of a Sim's Data Sessions.

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.data_session import DataSession
from ...models.list_data_session_response import ListDataSessionResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of ListDataSession (for `Unpack`), per-call options included."""

        page_size: int  # PageSize
        page: int  # Page
        page_token: str  # PageToken


METHOD = "GET"
PATH = "/v1/Sims/{SimSid}/DataSessions"
RETRY = "safe"
ITEMS_KEY = "data_sessions"
ARGS = ("sim_sid",)
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"
PAGING = "twilio-v1"
PAGE_SIZE = ("page_size", 1000)


def _get_kwargs(
    sim_sid: str,
    *,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""
    _params: dict[str, Any] = {}
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
                "SimSid": _quote(str(sim_sid), safe=""),
            }
        ),
        "params": _params,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], ListDataSessionResponse] = ListDataSessionResponse

# One element of `data_sessions` -> a record.
_parse_item: Callable[[dict[str, Any]], DataSession] = DataSession
