"""VoiceCapability: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import model as _rt_model

if TYPE_CHECKING:
    from .voice_webhooks import VoiceWebhooks


def _conv_webhooks(value: Any) -> Any:
    from .voice_webhooks import VoiceWebhooks

    return _rt_model(VoiceWebhooks)(value)


class VoiceCapability(Record):
    """The Voice API settings.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (("webhooks", "webhooks"),)

    @property
    def webhooks(self) -> VoiceWebhooks | None:
        """The `webhooks` field."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("webhooks", _MISSING)
        if value is _MISSING:
            raw = self._data.get("webhooks")
            value = cache["webhooks"] = None if raw is None else _conv_webhooks(raw)
        return value
