"""CreateWebhook: POST /webhooks

Create a webhook.

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .... import _runtime
from ...models.webhook import Webhook
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Required

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of CreateWebhook (for `Unpack`), per-call options included."""

        url: Required[str]  # url
        token: str  # token


METHOD = "POST"
PATH = "/webhooks"
RETRY = "create"
ITEMS_KEY = "data"
ARGS = ()
SECURITY = (("accessKey",),)
RESPONSE = "json"
PAGING = "messagebird"


def _get_kwargs(
    *,
    url: str,
    token: str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    _body: dict[str, Any] = {}
    _body["url"] = url
    if token is not UNSET:
        _body["token"] = token

    return {
        "method": METHOD,
        "url": PATH,
        "json": _body,
    }


# {"data": [object]} -> a record of its one object (None when there is none).
_parse_response: Callable[[Any], Webhook | None] = _runtime.first_item("data", Webhook)

# One element of `data` -> a record.
_parse_item: Callable[[dict[str, Any]], Webhook] = Webhook
