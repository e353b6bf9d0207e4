"""CallCommandResponse: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import Record

if TYPE_CHECKING:
    pass


class CallCommandResponse(Record):
    """CallCommandResponse record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("message", "message"),
        ("uuid", "uuid"),
    )

    @property
    def message(self) -> str | None:
        """What was done (`Talk started`, `DTMF sent`, ...)."""
        return self._data.get("message")

    @property
    def uuid(self) -> str | None:
        """The UUID of the call leg."""
        return self._data.get("uuid")
