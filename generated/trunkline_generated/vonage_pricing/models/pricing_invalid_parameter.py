"""PricingInvalidParameter: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import Record

if TYPE_CHECKING:
    pass


class PricingInvalidParameter(Record):
    """The input that was refused.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("parameter", "parameter"),
        ("message", "message"),
    )

    @property
    def parameter(self) -> str | None:
        """The input."""
        return self._data.get("parameter")

    @property
    def message(self) -> str | None:
        """Why it was refused."""
        return self._data.get("message")
