"""ApplicationListEmbedded: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import model_list as _rt_model_list

if TYPE_CHECKING:
    from .application import Application


def _conv_applications(value: Any) -> Any:
    from .application import Application

    return _rt_model_list(Application)(value)


class ApplicationListEmbedded(Record):
    """ApplicationListEmbedded record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (("applications", "applications"),)

    @property
    def applications(self) -> list[Application] | None:
        """The `applications` field."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("applications", _MISSING)
        if value is _MISSING:
            raw = self._data.get("applications")
            value = cache["applications"] = None if raw is None else _conv_applications(raw)
        return value
