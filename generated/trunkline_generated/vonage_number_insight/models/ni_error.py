"""NiError: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import Record

if TYPE_CHECKING:
    pass


class NiError(Record):
    """NiError record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("status", "status"),
        ("status_message", "status_message"),
        ("error_text", "error_text"),
        ("request_id", "request_id"),
    )

    @property
    def status(self) -> int | None:
        """The error code (see the `status` of a lookup)."""
        return self._data.get("status")

    @property
    def status_message(self) -> str | None:
        """What went wrong."""
        return self._data.get("status_message")

    @property
    def error_text(self) -> str | None:
        """What went wrong (the asynchronous endpoint's name for `status_message`)."""
        return self._data.get("error_text")

    @property
    def request_id(self) -> str | None:
        """The id of the request, when it has one."""
        return self._data.get("request_id")
