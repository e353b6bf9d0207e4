"""CallEndpointSip: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from ..._runtime import Record

if TYPE_CHECKING:
    pass


class CallEndpointSip(Record):
    """A SIP URI.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("type_", "type"),
        ("uri", "uri"),
    )

    @property
    def type_(self) -> Literal["sip"] | None:
        """The `type` field."""
        return self._data.get("type")

    @property
    def uri(self) -> str | None:
        """The SIP URI to call (`sip:rebekka@sip.example.com`)."""
        return self._data.get("uri")
