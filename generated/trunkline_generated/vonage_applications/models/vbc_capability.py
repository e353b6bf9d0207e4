"""VbcCapability: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import Record

if TYPE_CHECKING:
    pass


class VbcCapability(Record):
    """Zero-rated calls for Vonage Business Communications number programmability; always an
    empty object.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = ()
