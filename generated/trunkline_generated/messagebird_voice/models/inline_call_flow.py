"""InlineCallFlow: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import Record

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
        return self._data.get("record")
