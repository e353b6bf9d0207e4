"""NccoRecord: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import bool_value as _rt_bool_value
from ..._runtime import enum as _rt_enum
from ..._runtime import int_value as _rt_int_value
from .http_method import HttpMethod
from .ncco_record_format import NccoRecordFormat
from .ncco_record_split import NccoRecordSplit

if TYPE_CHECKING:
    pass


_conv_format_ = _rt_enum(NccoRecordFormat)
_conv_split = _rt_enum(NccoRecordSplit)
_conv_event_method = _rt_enum(HttpMethod)


class NccoRecord(Record):
    """Record the call.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("action", "action"),
        ("format_", "format"),
        ("split", "split"),
        ("end_on_silence", "endOnSilence"),
        ("end_on_key", "endOnKey"),
        ("time_out", "timeOut"),
        ("beep_start", "beepStart"),
        ("event_url", "eventUrl"),
        ("event_method", "eventMethod"),
    )

    @property
    def action(self) -> Literal["record"] | None:
        """The `action` field."""
        return self._data.get("action")

    @property
    def format_(self) -> NccoRecordFormat | str | None:
        """The file format of the recording."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("format", _MISSING)
        if value is _MISSING:
            raw = self._data.get("format")
            value = cache["format"] = None if raw is None else _conv_format_(raw)
        return value

    @property
    def split(self) -> NccoRecordSplit | str | None:
        """`conversation`: record each side in its own channel."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("split", _MISSING)
        if value is _MISSING:
            raw = self._data.get("split")
            value = cache["split"] = None if raw is None else _conv_split(raw)
        return value

    @property
    def end_on_silence(self) -> int | None:
        """Seconds of silence that end the recording."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("endOnSilence", _MISSING)
        if value is _MISSING:
            raw = self._data.get("endOnSilence")
            value = cache["endOnSilence"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def end_on_key(self) -> str | None:
        """The DTMF key that ends the recording."""
        return self._data.get("endOnKey")

    @property
    def time_out(self) -> int | None:
        """The longest recording, in seconds."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("timeOut", _MISSING)
        if value is _MISSING:
            raw = self._data.get("timeOut")
            value = cache["timeOut"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def beep_start(self) -> bool | None:
        """Whether to beep when recording starts."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("beepStart", _MISSING)
        if value is _MISSING:
            raw = self._data.get("beepStart")
            value = cache["beepStart"] = None if raw is None else _rt_bool_value(raw)
        return value

    @property
    def event_url(self) -> list[str] | None:
        """The webhook told where the recording is."""
        return self._data.get("eventUrl")

    @property
    def event_method(self) -> HttpMethod | str | None:
        """An HTTP method of a webhook request."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("eventMethod", _MISSING)
        if value is _MISSING:
            raw = self._data.get("eventMethod")
            value = cache["eventMethod"] = None if raw is None else _conv_event_method(raw)
        return value
