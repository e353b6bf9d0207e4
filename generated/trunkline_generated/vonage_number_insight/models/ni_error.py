"""NiError: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import int_value as _rt_int_value

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
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("status", _MISSING)
        if value is _MISSING:
            raw = self._data.get("status")
            value = cache["status"] = None if raw is None else _rt_int_value(raw)
        return value

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
