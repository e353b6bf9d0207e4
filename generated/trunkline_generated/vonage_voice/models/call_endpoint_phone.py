"""CallEndpointPhone: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from ..._runtime import Record

if TYPE_CHECKING:
    pass


class CallEndpointPhone(Record):
    """A phone (PSTN) number.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("type_", "type"),
        ("number", "number"),
        ("dtmf_answer", "dtmfAnswer"),
    )

    @property
    def type_(self) -> Literal["phone"] | None:
        """The `type` field."""
        return self._data.get("type")

    @property
    def number(self) -> str | None:
        """The number to call, E.164 without the `+`."""
        return self._data.get("number")

    @property
    def dtmf_answer(self) -> str | None:
        """DTMF digits to send when the call is answered (`p` pauses)."""
        return self._data.get("dtmfAnswer")
