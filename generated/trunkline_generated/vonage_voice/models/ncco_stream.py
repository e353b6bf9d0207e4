"""NccoStream: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import bool_value as _rt_bool_value
from ..._runtime import number_value as _rt_number_value

if TYPE_CHECKING:
    pass


class NccoStream(Record):
    """Play an audio file.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("action", "action"),
        ("stream_url", "streamUrl"),
        ("level", "level"),
        ("barge_in", "bargeIn"),
        ("loop", "loop"),
    )

    @property
    def action(self) -> Literal["stream"] | None:
        """The `action` field."""
        return self._data.get("action")

    @property
    def stream_url(self) -> list[str] | None:
        """The URL of the audio file."""
        return self._data.get("streamUrl")

    @property
    def level(self) -> float | None:
        """The volume, from -1 to 1."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("level", _MISSING)
        if value is _MISSING:
            raw = self._data.get("level")
            value = cache["level"] = None if raw is None else _rt_number_value(raw)
        return value

    @property
    def barge_in(self) -> bool | None:
        """Whether a digit from the caller stops the audio (with an input action next)."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("bargeIn", _MISSING)
        if value is _MISSING:
            raw = self._data.get("bargeIn")
            value = cache["bargeIn"] = None if raw is None else _rt_bool_value(raw)
        return value

    @property
    def loop(self) -> float | None:
        """How many times to play the file; 0 loops until the call ends."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("loop", _MISSING)
        if value is _MISSING:
            raw = self._data.get("loop")
            value = cache["loop"] = None if raw is None else _rt_number_value(raw)
        return value
