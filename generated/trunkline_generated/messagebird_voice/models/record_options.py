"""RecordOptions: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import bool_value as _rt_bool_value
from ..._runtime import enum as _rt_enum
from ..._runtime import int_value as _rt_int_value
from .finish_on_key import FinishOnKey
from .transcription_language import TranscriptionLanguage

if TYPE_CHECKING:
    pass


_conv_finish_on_key = _rt_enum(FinishOnKey)
_conv_transcribe_language = _rt_enum(TranscriptionLanguage)


class RecordOptions(Record):
    """RecordOptions record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("max_length", "maxLength"),
        ("timeout", "timeout"),
        ("finish_on_key", "finishOnKey"),
        ("transcribe", "transcribe"),
        ("transcribe_language", "transcribeLanguage"),
        ("on_finish", "onFinish"),
    )

    @property
    def max_length(self) -> int | None:
        """The longest the recording may run, in whole seconds; 0 means no limit."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("maxLength", _MISSING)
        if value is _MISSING:
            raw = self._data.get("maxLength")
            value = cache["maxLength"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def timeout(self) -> int | None:
        """Seconds of silence that stop the recording; left out, silence detection is off."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("timeout", _MISSING)
        if value is _MISSING:
            raw = self._data.get("timeout")
            value = cache["timeout"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def finish_on_key(self) -> FinishOnKey | str | None:
        """The DTMF key that ends a recording; `none` (the default) means no key does."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("finishOnKey", _MISSING)
        if value is _MISSING:
            raw = self._data.get("finishOnKey")
            value = cache["finishOnKey"] = None if raw is None else _conv_finish_on_key(raw)
        return value

    @property
    def transcribe(self) -> bool | None:
        """Whether to transcribe the recording when it ends (needs `transcribeLanguage`)."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("transcribe", _MISSING)
        if value is _MISSING:
            raw = self._data.get("transcribe")
            value = cache["transcribe"] = None if raw is None else _rt_bool_value(raw)
        return value

    @property
    def transcribe_language(self) -> TranscriptionLanguage | str | None:
        """The languages a recording can be transcribed in (go and node agree, section 6)."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("transcribeLanguage", _MISSING)
        if value is _MISSING:
            raw = self._data.get("transcribeLanguage")
            value = cache["transcribeLanguage"] = (
                None if raw is None else _conv_transcribe_language(raw)
            )
        return value

    @property
    def on_finish(self) -> str | None:
        """When the step ends, MessageBird POSTs the recording to this URL and runs the call
        flow it answers with (same call and leg)."""
        return self._data.get("onFinish")
