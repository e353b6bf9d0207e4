"""TransferOptions: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import bool_value as _rt_bool_value
from ..._runtime import enum as _rt_enum
from .transfer_record import TransferRecord

if TYPE_CHECKING:
    pass


_conv_record = _rt_enum(TransferRecord)


class TransferOptions(Record):
    """TransferOptions record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("destination", "destination"),
        ("record", "record"),
        ("mask", "mask"),
    )

    @property
    def destination(self) -> str | None:
        """A number (E.164, sent without `+`, e.g. `31612345678`), a SIP URI (`sip:user@host`) or
        (node) a client URI."""
        return self._data.get("destination")

    @property
    def record(self) -> TransferRecord | str | None:
        """Which side of a transferred call to record: `in` (the destination's voice), `out`
        (the source's), `both` (each side separately)."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("record", _MISSING)
        if value is _MISSING:
            raw = self._data.get("record")
            value = cache["record"] = None if raw is None else _conv_record(raw)
        return value

    @property
    def mask(self) -> bool | None:
        """Show the proxy number (e.g. the number that was called) as caller ID instead of the
        caller's (node)."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("mask", _MISSING)
        if value is _MISSING:
            raw = self._data.get("mask")
            value = cache["mask"] = None if raw is None else _rt_bool_value(raw)
        return value
