"""NccoStream: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from ..._runtime import Record

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
        return self._data.get("level")

    @property
    def barge_in(self) -> bool | None:
        """Whether a digit from the caller stops the audio (with an input action next)."""
        return self._data.get("bargeIn")

    @property
    def loop(self) -> float | None:
        """How many times to play the file; 0 loops until the call ends."""
        return self._data.get("loop")
