"""CreateCallResponse: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import enum as _rt_enum
from .call_direction import CallDirection
from .call_status import CallStatus

if TYPE_CHECKING:
    pass


_conv_status = _rt_enum(CallStatus)
_conv_direction = _rt_enum(CallDirection)


class CreateCallResponse(Record):
    """CreateCallResponse record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("uuid", "uuid"),
        ("status", "status"),
        ("direction", "direction"),
        ("conversation_uuid", "conversation_uuid"),
    )

    @property
    def uuid(self) -> str | None:
        """The UUID of the new call leg."""
        return self._data.get("uuid")

    @property
    def status(self) -> CallStatus | str | None:
        """Where the call is in its life."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("status", _MISSING)
        if value is _MISSING:
            raw = self._data.get("status")
            value = cache["status"] = None if raw is None else _conv_status(raw)
        return value

    @property
    def direction(self) -> CallDirection | str | None:
        """Whether Vonage placed the call or received it."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("direction", _MISSING)
        if value is _MISSING:
            raw = self._data.get("direction")
            value = cache["direction"] = None if raw is None else _conv_direction(raw)
        return value

    @property
    def conversation_uuid(self) -> str | None:
        """The conversation the leg belongs to."""
        return self._data.get("conversation_uuid")
