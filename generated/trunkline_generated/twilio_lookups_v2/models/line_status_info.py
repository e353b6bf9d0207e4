"""LineStatusInfo: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import Record

if TYPE_CHECKING:
    pass


class LineStatusInfo(Record):
    """The `line_status` package.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("status", "status"),
        ("error_code", "error_code"),
    )

    @property
    def status(self) -> str | None:
        """The status of the line, e.g. `active`, `inactive`, `unreachable`, `unknown`."""
        return self._data.get("status")

    @property
    def error_code(self) -> int | None:
        """Twilio's error code if the package could not be looked up; null otherwise."""
        return self._data.get("error_code")
