"""AccountResult: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import Record

if TYPE_CHECKING:
    pass


class AccountResult(Record):
    """The outcome of a request (`error-code` "200" is success).

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("error_code", "error-code"),
        ("error_code_label", "error-code-label"),
    )

    @property
    def error_code(self) -> str | None:
        """The outcome as an HTTP status ("200", "401", ...)."""
        return self._data.get("error-code")

    @property
    def error_code_label(self) -> str | None:
        """The outcome in words (`success`, `authentication failed`, `not auto-reload enabled`)."""
        return self._data.get("error-code-label")
