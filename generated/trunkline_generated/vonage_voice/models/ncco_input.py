"""NccoInput: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import bool_value as _rt_bool_value
from ..._runtime import enum as _rt_enum
from ..._runtime import int_value as _rt_int_value
from ..._runtime import number_value as _rt_number_value
from .http_method import HttpMethod

if TYPE_CHECKING:
    pass


_conv_event_method = _rt_enum(HttpMethod)


class NccoInput(Record):
    """Collect DTMF digits from the caller.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("action", "action"),
        ("time_out", "timeOut"),
        ("max_digits", "maxDigits"),
        ("submit_on_hash", "submitOnHash"),
        ("event_url", "eventUrl"),
        ("event_method", "eventMethod"),
    )

    @property
    def action(self) -> Literal["input"] | None:
        """The `action` field."""
        return self._data.get("action")

    @property
    def time_out(self) -> float | None:
        """Seconds of silence after the last digit before the input ends."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("timeOut", _MISSING)
        if value is _MISSING:
            raw = self._data.get("timeOut")
            value = cache["timeOut"] = None if raw is None else _rt_number_value(raw)
        return value

    @property
    def max_digits(self) -> int | None:
        """The most digits to collect."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("maxDigits", _MISSING)
        if value is _MISSING:
            raw = self._data.get("maxDigits")
            value = cache["maxDigits"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def submit_on_hash(self) -> bool | None:
        """Whether `#` ends the input."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("submitOnHash", _MISSING)
        if value is _MISSING:
            raw = self._data.get("submitOnHash")
            value = cache["submitOnHash"] = None if raw is None else _rt_bool_value(raw)
        return value

    @property
    def event_url(self) -> list[str] | None:
        """The webhook that receives the digits."""
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
