"""InlineCallFlow: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import bool_value as _rt_bool_value

if TYPE_CHECKING:
    pass


class InlineCallFlow(Record):
    """The call flow an outbound call runs when it is answered.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("steps", "steps"),
        ("title", "title"),
        ("record", "record"),
    )

    @property
    def steps(self) -> list[dict[str, Any]] | None:
        """The steps, run in order."""
        return self._data.get("steps")

    @property
    def title(self) -> str | None:
        """A name for the call flow."""
        return self._data.get("title")

    @property
    def record(self) -> bool | None:
        """Record the whole call (distinct from the `record` step)."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("record", _MISSING)
        if value is _MISSING:
            raw = self._data.get("record")
            value = cache["record"] = None if raw is None else _rt_bool_value(raw)
        return value
