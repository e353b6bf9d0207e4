"""SecretLinks: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import model as _rt_model

if TYPE_CHECKING:
    from .secret_link import SecretLink


def _conv_self_(value: Any) -> Any:
    from .secret_link import SecretLink

    return _rt_model(SecretLink)(value)


class SecretLinks(Record):
    """HAL links.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (("self_", "self"),)

    @property
    def self_(self) -> SecretLink | None:
        """The `self` field."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("self", _MISSING)
        if value is _MISSING:
            raw = self._data.get("self")
            value = cache["self"] = None if raw is None else _conv_self_(raw)
        return value
