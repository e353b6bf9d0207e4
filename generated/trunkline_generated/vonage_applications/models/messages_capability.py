"""MessagesCapability: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import model as _rt_model

if TYPE_CHECKING:
    from .messages_webhooks import MessagesWebhooks


def _conv_webhooks(value: Any) -> Any:
    from .messages_webhooks import MessagesWebhooks

    return _rt_model(MessagesWebhooks)(value)


class MessagesCapability(Record):
    """The Messages and Dispatch API settings.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (("webhooks", "webhooks"),)

    @property
    def webhooks(self) -> MessagesWebhooks | None:
        """The `webhooks` field."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("webhooks", _MISSING)
        if value is _MISSING:
            raw = self._data.get("webhooks")
            value = cache["webhooks"] = None if raw is None else _conv_webhooks(raw)
        return value
