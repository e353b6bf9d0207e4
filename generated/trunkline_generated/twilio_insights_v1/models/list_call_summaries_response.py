"""ListCallSummariesResponse: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import model as _rt_model
from ..._runtime import model_list as _rt_model_list

if TYPE_CHECKING:
    from .call_summary import CallSummary
    from .page_meta import PageMeta


def _conv_call_summaries(value: Any) -> Any:
    from .call_summary import CallSummary

    return _rt_model_list(CallSummary)(value)


def _conv_meta(value: Any) -> Any:
    from .page_meta import PageMeta

    return _rt_model(PageMeta)(value)


class ListCallSummariesResponse(Record):
    """ListCallSummariesResponse record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("call_summaries", "call_summaries"),
        ("meta", "meta"),
    )

    @property
    def call_summaries(self) -> list[CallSummary] | None:
        """The `call_summaries` field."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("call_summaries", _MISSING)
        if value is _MISSING:
            raw = self._data.get("call_summaries")
            value = cache["call_summaries"] = None if raw is None else _conv_call_summaries(raw)
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
