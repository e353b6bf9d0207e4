"""RtcCapability: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import model as _rt_model

if TYPE_CHECKING:
    from .rtc_webhooks import RtcWebhooks


def _conv_webhooks(value: Any) -> Any:
    from .rtc_webhooks import RtcWebhooks

    return _rt_model(RtcWebhooks)(value)


class RtcCapability(Record):
    """The Client SDK (RTC, Conversation) settings.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (("webhooks", "webhooks"),)

    @property
    def webhooks(self) -> RtcWebhooks | None:
        """The `webhooks` field."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("webhooks", _MISSING)
        if value is _MISSING:
            raw = self._data.get("webhooks")
            value = cache["webhooks"] = None if raw is None else _conv_webhooks(raw)
        return value
