"""FetchCallFlowOptions: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import Record

if TYPE_CHECKING:
    pass


class FetchCallFlowOptions(Record):
    """FetchCallFlowOptions record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (("url", "url"),)

    @property
    def url(self) -> str | None:
        """The URL that answers with the call flow to run."""
        return self._data.get("url")
