"""ListDataSessionResponse: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import model as _rt_model
from ..._runtime import model_list as _rt_model_list

if TYPE_CHECKING:
    from .data_session import DataSession
    from .page_meta import PageMeta


def _conv_data_sessions(value: Any) -> Any:
    from .data_session import DataSession

    return _rt_model_list(DataSession)(value)


def _conv_meta(value: Any) -> Any:
    from .page_meta import PageMeta

    return _rt_model(PageMeta)(value)


class ListDataSessionResponse(Record):
    """ListDataSessionResponse record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("data_sessions", "data_sessions"),
        ("meta", "meta"),
    )

    @property
    def data_sessions(self) -> list[DataSession] | None:
        """The `data_sessions` field."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("data_sessions", _MISSING)
        if value is _MISSING:
            raw = self._data.get("data_sessions")
            value = cache["data_sessions"] = None if raw is None else _conv_data_sessions(raw)
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
