"""ListActivityResponse: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import model as _rt_model
from ..._runtime import model_list as _rt_model_list

if TYPE_CHECKING:
    from .activity import Activity
    from .page_meta import PageMeta


def _conv_activities(value: Any) -> Any:
    from .activity import Activity

    return _rt_model_list(Activity)(value)


def _conv_meta(value: Any) -> Any:
    from .page_meta import PageMeta

    return _rt_model(PageMeta)(value)


class ListActivityResponse(Record):
    """ListActivityResponse record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("activities", "activities"),
        ("meta", "meta"),
    )

    @property
    def activities(self) -> list[Activity] | None:
        """The `activities` field."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("activities", _MISSING)
        if value is _MISSING:
            raw = self._data.get("activities")
            value = cache["activities"] = None if raw is None else _conv_activities(raw)
        return value

    @property
    def meta(self) -> PageMeta | None:
        """Where a page of a v1 list sits: its own URL and the URLs of its neighbours."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("meta", _MISSING)
        if value is _MISSING:
            raw = self._data.get("meta")
            value = cache["meta"] = None if raw is None else _conv_meta(raw)
        return value
