"""InvalidParameter: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import Record

if TYPE_CHECKING:
    pass


class InvalidParameter(Record):
    """InvalidParameter record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("name", "name"),
        ("reason", "reason"),
    )

    @property
    def name(self) -> str | None:
        """The input."""
        return self._data.get("name")

    @property
    def reason(self) -> str | None:
        """Why it was refused."""
        return self._data.get("reason")
