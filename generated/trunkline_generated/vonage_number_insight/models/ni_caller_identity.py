"""NiCallerIdentity: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import enum as _rt_enum
from .ni_caller_type import NiCallerType

if TYPE_CHECKING:
    pass


_conv_caller_type = _rt_enum(NiCallerType)


class NiCallerIdentity(Record):
    """The number's owner, when `cnam=true` was asked.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("caller_type", "caller_type"),
        ("caller_name", "caller_name"),
        ("first_name", "first_name"),
        ("last_name", "last_name"),
    )

    @property
    def caller_type(self) -> NiCallerType | str | None:
        """Whether the owner is a business or a consumer (with `cnam=true`)."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("caller_type", _MISSING)
        if value is _MISSING:
            raw = self._data.get("caller_type")
            value = cache["caller_type"] = None if raw is None else _conv_caller_type(raw)
        return value

    @property
    def caller_name(self) -> str | None:
        """The owner's full name, or `unknown`."""
        return self._data.get("caller_name")

    @property
    def first_name(self) -> str | None:
        """The owner's first name, for a consumer."""
        return self._data.get("first_name")

    @property
    def last_name(self) -> str | None:
        """The owner's last name, for a consumer."""
        return self._data.get("last_name")
