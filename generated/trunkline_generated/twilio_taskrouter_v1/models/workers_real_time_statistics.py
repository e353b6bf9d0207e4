"""WorkersRealTimeStatistics: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import int_value as _rt_int_value
from ..._runtime import model_list as _rt_model_list

if TYPE_CHECKING:
    from .activity_statistic import ActivityStatistic


def _conv_activity_statistics(value: Any) -> Any:
    from .activity_statistic import ActivityStatistic

    return _rt_model_list(ActivityStatistic)(value)


class WorkersRealTimeStatistics(Record):
    """WorkersRealTimeStatistics record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("account_sid", "account_sid"),
        ("activity_statistics", "activity_statistics"),
        ("total_workers", "total_workers"),
        ("workspace_sid", "workspace_sid"),
        ("url", "url"),
    )

    @property
    def account_sid(self) -> str | None:
        """The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the
        Worker resource."""
        return self._data.get("account_sid")

    @property
    def activity_statistics(self) -> list[ActivityStatistic] | None:
        """The number of current Workers by Activity."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("activity_statistics", _MISSING)
        if value is _MISSING:
            raw = self._data.get("activity_statistics")
            value = cache["activity_statistics"] = (
                None if raw is None else _conv_activity_statistics(raw)
            )
        return value

    @property
    def total_workers(self) -> int | None:
        """The total number of Workers."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("total_workers", _MISSING)
        if value is _MISSING:
            raw = self._data.get("total_workers")
            value = cache["total_workers"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def workspace_sid(self) -> str | None:
        """The SID of the Workspace that contains the Workers."""
        return self._data.get("workspace_sid")

    @property
    def url(self) -> str | None:
        """The absolute URL of the Workers statistics resource."""
        return self._data.get("url")
