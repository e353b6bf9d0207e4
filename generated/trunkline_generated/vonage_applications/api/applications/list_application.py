"""ListApplication: GET /

List applications, one page at a time.

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ...models.application import Application
from ...models.application_list import ApplicationList
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of ListApplication (for `Unpack`), per-call options included."""

        page_size: int  # page_size
        page: int  # page


METHOD = "GET"
PATH = "/"
RETRY = "safe"
ITEMS_KEY = "_embedded.applications"
ARGS = ()
SECURITY = (("basicAuth",),)
RESPONSE = "json"
PAGING = "vonage-hal"
PAGE_SIZE = ("page_size", 100)


def _get_kwargs(
    *,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""
    _params: dict[str, Any] = {}
    if page_size is not UNSET:
        _params["page_size"] = page_size
    if page is not UNSET:
        _params["page"] = page

    return {
        "method": METHOD,
        "url": PATH,
        "params": _params,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], ApplicationList] = ApplicationList

# One element of `_embedded.applications` -> a record.
_parse_item: Callable[[dict[str, Any]], Application] = Application
