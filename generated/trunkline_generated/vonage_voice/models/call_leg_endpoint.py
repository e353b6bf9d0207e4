"""CallLegEndpoint: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import Record

if TYPE_CHECKING:
    pass


class CallLegEndpoint(Record):
    """An endpoint of a call leg.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("type_", "type"),
        ("number", "number"),
    )

    @property
    def type_(self) -> str | None:
        """The kind of endpoint (`phone`, `sip`, `websocket`, `vbc`, `app`)."""
        return self._data.get("type")

    @property
    def number(self) -> str | None:
        """The phone number, for a `phone` endpoint."""
        return self._data.get("number")
