"""VerifyError: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import Record

if TYPE_CHECKING:
    pass


class VerifyError(Record):
    """VerifyError record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("status", "status"),
        ("error_text", "error_text"),
        ("request_id", "request_id"),
    )

    @property
    def status(self) -> str | None:
        """The error code ("1" throttled, "3" invalid parameter, "4" bad credentials, ...)."""
        return self._data.get("status")

    @property
    def error_text(self) -> str | None:
        """What went wrong."""
        return self._data.get("error_text")

    @property
    def request_id(self) -> str | None:
        """The verification concerned, when there is one."""
        return self._data.get("request_id")
