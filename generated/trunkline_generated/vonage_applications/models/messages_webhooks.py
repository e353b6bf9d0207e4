"""MessagesWebhooks: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import model as _rt_model

if TYPE_CHECKING:
    from .messages_webhook import MessagesWebhook


def _conv_inbound_url(value: Any) -> Any:
    from .messages_webhook import MessagesWebhook

    return _rt_model(MessagesWebhook)(value)


def _conv_status_url(value: Any) -> Any:
    from .messages_webhook import MessagesWebhook

    return _rt_model(MessagesWebhook)(value)


class MessagesWebhooks(Record):
    """MessagesWebhooks record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("inbound_url", "inbound_url"),
        ("status_url", "status_url"),
    )

    @property
    def inbound_url(self) -> MessagesWebhook | None:
        """A Messages webhook."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("inbound_url", _MISSING)
        if value is _MISSING:
            raw = self._data.get("inbound_url")
            value = cache["inbound_url"] = None if raw is None else _conv_inbound_url(raw)
        return value

    @property
    def status_url(self) -> MessagesWebhook | None:
        """A Messages webhook."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("status_url", _MISSING)
        if value is _MISSING:
            raw = self._data.get("status_url")
            value = cache["status_url"] = None if raw is None else _conv_status_url(raw)
        return value
