"""TransferDestination: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from ..._runtime import Record

if TYPE_CHECKING:
    pass


class TransferDestination(Record):
    """Where a transfer goes, an NCCO (`ncco`) or a URL returning one (`url`).

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("type_", "type"),
        ("ncco", "ncco"),
        ("url", "url"),
    )

    @property
    def type_(self) -> Literal["ncco"] | None:
        """Always `ncco`."""
        return self._data.get("type")

    @property
    def ncco(self) -> list[dict[str, Any]] | None:
        """The NCCO to run (instead of `url`)."""
        return self._data.get("ncco")

    @property
    def url(self) -> list[str] | None:
        """The URL that returns the NCCO (instead of `ncco`)."""
        return self._data.get("url")
