"""ApplicationCapabilities: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import model as _rt_model

if TYPE_CHECKING:
    from .messages_capability import MessagesCapability
    from .rtc_capability import RtcCapability
    from .vbc_capability import VbcCapability
    from .voice_capability import VoiceCapability


def _conv_voice(value: Any) -> Any:
    from .voice_capability import VoiceCapability

    return _rt_model(VoiceCapability)(value)


def _conv_messages(value: Any) -> Any:
    from .messages_capability import MessagesCapability

    return _rt_model(MessagesCapability)(value)


def _conv_rtc(value: Any) -> Any:
    from .rtc_capability import RtcCapability

    return _rt_model(RtcCapability)(value)


def _conv_vbc(value: Any) -> Any:
    from .vbc_capability import VbcCapability

    return _rt_model(VbcCapability)(value)


class ApplicationCapabilities(Record):
    """The products the application uses, each with its settings.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("voice", "voice"),
        ("messages", "messages"),
        ("rtc", "rtc"),
        ("vbc", "vbc"),
    )

    @property
    def voice(self) -> VoiceCapability | None:
        """The Voice API settings."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("voice", _MISSING)
        if value is _MISSING:
            raw = self._data.get("voice")
            value = cache["voice"] = None if raw is None else _conv_voice(raw)
        return value

    @property
    def messages(self) -> MessagesCapability | None:
        """The Messages and Dispatch API settings."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("messages", _MISSING)
        if value is _MISSING:
            raw = self._data.get("messages")
            value = cache["messages"] = None if raw is None else _conv_messages(raw)
        return value

    @property
    def rtc(self) -> RtcCapability | None:
        """The Client SDK (RTC, Conversation) settings."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("rtc", _MISSING)
        if value is _MISSING:
            raw = self._data.get("rtc")
            value = cache["rtc"] = None if raw is None else _conv_rtc(raw)
        return value

    @property
    def vbc(self) -> VbcCapability | None:
        """Zero-rated calls for Vonage Business Communications number programmability; always an
        empty object."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("vbc", _MISSING)
        if value is _MISSING:
            raw = self._data.get("vbc")
            value = cache["vbc"] = None if raw is None else _conv_vbc(raw)
        return value
