"""VoiceWebhooks: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import model as _rt_model

if TYPE_CHECKING:
    from .voice_answer_webhook import VoiceAnswerWebhook
    from .voice_event_webhook import VoiceEventWebhook


def _conv_answer_url(value: Any) -> Any:
    from .voice_answer_webhook import VoiceAnswerWebhook

    return _rt_model(VoiceAnswerWebhook)(value)


def _conv_fallback_answer_url(value: Any) -> Any:
    from .voice_answer_webhook import VoiceAnswerWebhook

    return _rt_model(VoiceAnswerWebhook)(value)


def _conv_event_url(value: Any) -> Any:
    from .voice_event_webhook import VoiceEventWebhook

    return _rt_model(VoiceEventWebhook)(value)


class VoiceWebhooks(Record):
    """VoiceWebhooks record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("answer_url", "answer_url"),
        ("fallback_answer_url", "fallback_answer_url"),
        ("event_url", "event_url"),
    )

    @property
    def answer_url(self) -> VoiceAnswerWebhook | None:
        """A webhook that returns an NCCO."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("answer_url", _MISSING)
        if value is _MISSING:
            raw = self._data.get("answer_url")
            value = cache["answer_url"] = None if raw is None else _conv_answer_url(raw)
        return value

    @property
    def fallback_answer_url(self) -> VoiceAnswerWebhook | None:
        """A webhook that returns an NCCO."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("fallback_answer_url", _MISSING)
        if value is _MISSING:
            raw = self._data.get("fallback_answer_url")
            value = cache["fallback_answer_url"] = (
                None if raw is None else _conv_fallback_answer_url(raw)
            )
        return value

    @property
    def event_url(self) -> VoiceEventWebhook | None:
        """A webhook that receives call events."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("event_url", _MISSING)
        if value is _MISSING:
            raw = self._data.get("event_url")
            value = cache["event_url"] = None if raw is None else _conv_event_url(raw)
        return value
