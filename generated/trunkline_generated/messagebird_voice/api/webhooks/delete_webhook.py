"""DeleteWebhook: DELETE /webhooks/{webhookId}

Delete a webhook.

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

if TYPE_CHECKING:
    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of DeleteWebhook (for `Unpack`), per-call options included."""


METHOD = "DELETE"
PATH = "/webhooks/{webhookId}"
RETRY = "safe"
ARGS = ("webhook_id",)
SECURITY = (("accessKey",),)
RESPONSE = "none"


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


def _parse_response(payload: Any) -> None:
    """This operation answers with no body."""
    return None
