"""ListActivity: GET /v1/Workspaces/{WorkspaceSid}/Activities

List the Activities of a Workspace

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.activity import Activity
from ...models.list_activity_response import ListActivityResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of ListActivity (for `Unpack`), per-call options included."""

        friendly_name: str  # FriendlyName
        available: str  # Available
        page_size: int  # PageSize
        page: int  # Page
        page_token: str  # PageToken


METHOD = "GET"
PATH = "/v1/Workspaces/{WorkspaceSid}/Activities"
RETRY = "safe"
ITEMS_KEY = "activities"
ARGS = ("workspace_sid",)
PATTERNS = {"workspace_sid": "^WS[0-9a-fA-F]{32}$"}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"
PAGING = "twilio-v1"
PAGE_SIZE = ("page_size", 1000)


def _get_kwargs(
    workspace_sid: str,
    *,
    friendly_name: str | Unset = UNSET,
    available: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""
    _params: dict[str, Any] = {}
    if friendly_name is not UNSET:
        _params["FriendlyName"] = friendly_name
    if available is not UNSET:
        _params["Available"] = available
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
                "WorkspaceSid": _quote(str(workspace_sid), safe=""),
            }
        ),
        "params": _params,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], ListActivityResponse] = ListActivityResponse

# One element of `activities` -> a record.
_parse_item: Callable[[dict[str, Any]], Activity] = Activity
