"""VerifyControlResponse: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import enum as _rt_enum
from .verify_command import VerifyCommand

if TYPE_CHECKING:
    pass


_conv_command = _rt_enum(VerifyCommand)


class VerifyControlResponse(Record):
    """VerifyControlResponse record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("status", "status"),
        ("command", "command"),
        ("error_text", "error_text"),
    )

    @property
    def status(self) -> str | None:
        """ "0" success; "1" throttled; "2" missing parameter; "3" invalid parameter; "4"
        invalid credentials; "5" internal error; "6" could not be processed; "8" account
        barred; "9" not enough credit; "19" too early or too late to cancel, or no event
        left to trigger."""
        return self._data.get("status")

    @property
    def command(self) -> VerifyCommand | str | None:
        """`cancel` the verification, or `trigger_next_event` to skip to the next SMS or call."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("command", _MISSING)
        if value is _MISSING:
            raw = self._data.get("command")
            value = cache["command"] = None if raw is None else _conv_command(raw)
        return value

    @property
    def error_text(self) -> str | None:
        """What went wrong, when `status` is not "0"."""
        return self._data.get("error_text")
