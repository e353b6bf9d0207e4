"""CallForwardingInfo: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import Record

if TYPE_CHECKING:
    pass


class CallForwardingInfo(Record):
    """The `call_forwarding` package.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("call_forwarding_enabled", "call_forwarding_enabled"),
        ("error_code", "error_code"),
    )

    @property
    def call_forwarding_enabled(self) -> bool | None:
        """Whether unconditional call forwarding is on for the number."""
        return self._data.get("call_forwarding_enabled")

    @property
    def error_code(self) -> int | None:
        """Twilio's error code if the package could not be looked up; null otherwise."""
        return self._data.get("error_code")
