"""CallEndpointVbc: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from ..._runtime import Record

if TYPE_CHECKING:
    pass


class CallEndpointVbc(Record):
    """A Vonage Business Communications extension.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("type_", "type"),
        ("extension", "extension"),
    )

    @property
    def type_(self) -> Literal["vbc"] | None:
        """The `type` field."""
        return self._data.get("type")

    @property
    def extension(self) -> str | None:
        """The extension to call."""
        return self._data.get("extension")
