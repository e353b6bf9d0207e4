"""PlayOptions: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import Record

if TYPE_CHECKING:
    pass


class PlayOptions(Record):
    """PlayOptions record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (("media", "media"),)

    @property
    def media(self) -> str | None:
        """The URL of the audio file, a WAV file (8 kHz, 16 bit)."""
        return self._data.get("media")
