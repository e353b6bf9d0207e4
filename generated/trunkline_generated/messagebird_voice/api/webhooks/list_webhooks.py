"""ListWebhooks: GET /webhooks

List Voice webhooks, one page at a time.

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ...models.list_webhooks_response import ListWebhooksResponse
from ...models.webhook import Webhook
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of ListWebhooks (for `Unpack`), per-call options included."""

        page: int  # page
        page_size: int  # perPage


METHOD = "GET"
PATH = "/webhooks"
RETRY = "safe"
ITEMS_KEY = "data"
ARGS = ()
SECURITY = (("accessKey",),)
RESPONSE = "json"
PAGING = "messagebird"
PAGE_SIZE = ("page_size", None)


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""
    _params: dict[str, Any] = {}
    if page is not UNSET:
        _params["page"] = page
    if page_size is not UNSET:
        _params["perPage"] = page_size

    return {
        "method": METHOD,
        "url": PATH,
        "params": _params,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], ListWebhooksResponse] = ListWebhooksResponse

# One element of `data` -> a record.
_parse_item: Callable[[dict[str, Any]], Webhook] = Webhook
