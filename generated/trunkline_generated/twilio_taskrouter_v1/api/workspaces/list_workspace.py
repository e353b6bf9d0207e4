"""ListWorkspace: GET /v1/Workspaces

List the Workspaces of the account

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ...models.list_workspace_response import ListWorkspaceResponse
from ...models.workspace import Workspace
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of ListWorkspace (for `Unpack`), per-call options included."""

        friendly_name: str  # FriendlyName
        page_size: int  # PageSize
        page: int  # Page
        page_token: str  # PageToken


METHOD = "GET"
PATH = "/v1/Workspaces"
RETRY = "safe"
ITEMS_KEY = "workspaces"
ARGS = ()
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"
PAGING = "twilio-v1"
PAGE_SIZE = ("page_size", 1000)


def _get_kwargs(
    *,
    friendly_name: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""
    _params: dict[str, Any] = {}
    if friendly_name is not UNSET:
        _params["FriendlyName"] = friendly_name
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
_parse_response: Callable[[Any], ListWorkspaceResponse] = ListWorkspaceResponse

# One element of `workspaces` -> a record.
_parse_item: Callable[[dict[str, Any]], Workspace] = Workspace
