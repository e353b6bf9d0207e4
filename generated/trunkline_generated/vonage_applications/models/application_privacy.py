"""ApplicationPrivacy: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import bool_value as _rt_bool_value

if TYPE_CHECKING:
    pass


class ApplicationPrivacy(Record):
    """Privacy settings.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (("improve_ai", "improve_ai"),)

    @property
    def improve_ai(self) -> bool | None:
        """Whether Vonage may store and use your content to improve its AI services."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("improve_ai", _MISSING)
        if value is _MISSING:
            raw = self._data.get("improve_ai")
            value = cache["improve_ai"] = None if raw is None else _rt_bool_value(raw)
        return value
