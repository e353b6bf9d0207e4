"""CallPhoneFrom: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from ..._runtime import Record

if TYPE_CHECKING:
    pass


class CallPhoneFrom(Record):
    """The number the call comes from.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("type_", "type"),
        ("number", "number"),
    )

    @property
    def type_(self) -> Literal["phone"] | None:
        """Always `phone`."""
        return self._data.get("type")

    @property
    def number(self) -> str | None:
        """A number of your account, E.164 without the `+`."""
        return self._data.get("number")
