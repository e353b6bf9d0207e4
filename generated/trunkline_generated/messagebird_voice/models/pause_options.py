"""PauseOptions: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import Record

if TYPE_CHECKING:
    pass


class PauseOptions(Record):
    """PauseOptions record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (("length", "length"),)

    @property
    def length(self) -> int | None:
        """How long to stay silent, in whole seconds (go truncates its Duration to seconds)."""
        return self._data.get("length")
