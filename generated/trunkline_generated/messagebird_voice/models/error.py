"""Error: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import int_value as _rt_int_value

if TYPE_CHECKING:
    pass


class Error(Record):
    """Error record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("code", "code"),
        ("message", "message"),
        ("description", "description"),
        ("parameter", "parameter"),
    )

    @property
    def code(self) -> int | None:
        """MessageBird's error code (2 not allowed, 9 missing, 10 invalid, 20 not found, 25
        balance)."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("code", _MISSING)
        if value is _MISSING:
            raw = self._data.get("code")
            value = cache["code"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def message(self) -> str | None:
        """What went wrong (the Voice API's field)."""
        return self._data.get("message")

    @property
    def description(self) -> str | None:
        """What went wrong (the field of MessageBird's other REST APIs; php maps `message` to it)."""
        return self._data.get("description")

    @property
    def parameter(self) -> str | None:
        """The request parameter the error is about, if any (other REST APIs)."""
        return self._data.get("parameter")
