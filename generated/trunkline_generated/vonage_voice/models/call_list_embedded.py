"""CallListEmbedded: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import model_list as _rt_model_list

if TYPE_CHECKING:
    from .call import Call


def _conv_calls(value: Any) -> Any:
    from .call import Call

    return _rt_model_list(Call)(value)


class CallListEmbedded(Record):
    """CallListEmbedded record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (("calls", "calls"),)

    @property
    def calls(self) -> list[Call] | None:
        """The `calls` field."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("calls", _MISSING)
        if value is _MISSING:
            raw = self._data.get("calls")
            value = cache["calls"] = None if raw is None else _conv_calls(raw)
        return value
