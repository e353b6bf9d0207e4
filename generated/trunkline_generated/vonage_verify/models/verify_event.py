"""VerifyEvent: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import enum as _rt_enum
from .verify_event_type import VerifyEventType

if TYPE_CHECKING:
    pass


_conv_type_ = _rt_enum(VerifyEventType)


class VerifyEvent(Record):
    """One SMS or call made to deliver the code.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("type_", "type"),
        ("id", "id"),
    )

    @property
    def type_(self) -> VerifyEventType | str | None:
        """An SMS, or a text-to-speech call."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("type", _MISSING)
        if value is _MISSING:
            raw = self._data.get("type")
            value = cache["type"] = None if raw is None else _conv_type_(raw)
        return value

    @property
    def id(self) -> str | None:
        """The id of the SMS or call."""
        return self._data.get("id")
