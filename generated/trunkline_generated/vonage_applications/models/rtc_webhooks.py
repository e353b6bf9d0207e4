"""RtcWebhooks: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import model as _rt_model

if TYPE_CHECKING:
    from .rtc_webhook import RtcWebhook


def _conv_event_url(value: Any) -> Any:
    from .rtc_webhook import RtcWebhook

    return _rt_model(RtcWebhook)(value)


class RtcWebhooks(Record):
    """RtcWebhooks record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (("event_url", "event_url"),)

    @property
    def event_url(self) -> RtcWebhook | None:
        """An RTC webhook."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("event_url", _MISSING)
        if value is _MISSING:
            raw = self._data.get("event_url")
            value = cache["event_url"] = None if raw is None else _conv_event_url(raw)
        return value
