"""NccoTalk: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import bool_value as _rt_bool_value
from ..._runtime import enum as _rt_enum
from ..._runtime import int_value as _rt_int_value
from .ncco_language import NccoLanguage
from .ncco_voice_name import NccoVoiceName

if TYPE_CHECKING:
    pass


_conv_voice_name = _rt_enum(NccoVoiceName)
_conv_language = _rt_enum(NccoLanguage)


class NccoTalk(Record):
    """Speak text (text-to-speech).

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("action", "action"),
        ("text", "text"),
        ("barge_in", "bargeIn"),
        ("loop", "loop"),
        ("voice_name", "voiceName"),
        ("language", "language"),
        ("style", "style"),
    )

    @property
    def action(self) -> Literal["talk"] | None:
        """The `action` field."""
        return self._data.get("action")

    @property
    def text(self) -> str | None:
        """The text to speak."""
        return self._data.get("text")

    @property
    def barge_in(self) -> bool | None:
        """Whether a digit from the caller stops the speech (with an input action next)."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("bargeIn", _MISSING)
        if value is _MISSING:
            raw = self._data.get("bargeIn")
            value = cache["bargeIn"] = None if raw is None else _rt_bool_value(raw)
        return value

    @property
    def loop(self) -> int | None:
        """How many times to speak the text; 0 loops until the call ends."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("loop", _MISSING)
        if value is _MISSING:
            raw = self._data.get("loop")
            value = cache["loop"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def voice_name(self) -> NccoVoiceName | str | None:
        """The voice of a talk action (language and gender in one name)."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("voiceName", _MISSING)
        if value is _MISSING:
            raw = self._data.get("voiceName")
            value = cache["voiceName"] = None if raw is None else _conv_voice_name(raw)
        return value

    @property
    def language(self) -> NccoLanguage | str | None:
        """The language of a talk action (BCP 47)."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("language", _MISSING)
        if value is _MISSING:
            raw = self._data.get("language")
            value = cache["language"] = None if raw is None else _conv_language(raw)
        return value

    @property
    def style(self) -> int | None:
        """The vocal style of `language`."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("style", _MISSING)
        if value is _MISSING:
            raw = self._data.get("style")
            value = cache["style"] = None if raw is None else _rt_int_value(raw)
        return value
