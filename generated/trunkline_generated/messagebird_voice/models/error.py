"""Error: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import Record

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
        return self._data.get("code")

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
