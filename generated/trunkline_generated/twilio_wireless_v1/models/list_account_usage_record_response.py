"""ListAccountUsageRecordResponse: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import model as _rt_model
from ..._runtime import model_list as _rt_model_list

if TYPE_CHECKING:
    from .account_usage_record import AccountUsageRecord
    from .page_meta import PageMeta


def _conv_usage_records(value: Any) -> Any:
    from .account_usage_record import AccountUsageRecord

    return _rt_model_list(AccountUsageRecord)(value)


def _conv_meta(value: Any) -> Any:
    from .page_meta import PageMeta

    return _rt_model(PageMeta)(value)


class ListAccountUsageRecordResponse(Record):
    """ListAccountUsageRecordResponse record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("usage_records", "usage_records"),
        ("meta", "meta"),
    )

    @property
    def usage_records(self) -> list[AccountUsageRecord] | None:
        """The `usage_records` field."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("usage_records", _MISSING)
        if value is _MISSING:
            raw = self._data.get("usage_records")
            value = cache["usage_records"] = None if raw is None else _conv_usage_records(raw)
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
