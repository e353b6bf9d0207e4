"""FetchWebhook: GET /webhooks/{webhookId}

Get one webhook.

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from .... import _runtime
from ...models.webhook import Webhook

if TYPE_CHECKING:
    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of FetchWebhook (for `Unpack`), per-call options included."""


METHOD = "GET"
PATH = "/webhooks/{webhookId}"
RETRY = "safe"
ITEMS_KEY = "data"
ARGS = ("webhook_id",)
SECURITY = (("accessKey",),)
RESPONSE = "json"
PAGING = "messagebird"


def _get_kwargs(
    webhook_id: str,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "webhookId": _quote(str(webhook_id), safe=""),
            }
        ),
    }


# {"data": [object]} -> a record of its one object (None when there is none).
_parse_response: Callable[[Any], Webhook | None] = _runtime.first_item("data", Webhook)

# One element of `data` -> a record.
_parse_item: Callable[[dict[str, Any]], Webhook] = Webhook
