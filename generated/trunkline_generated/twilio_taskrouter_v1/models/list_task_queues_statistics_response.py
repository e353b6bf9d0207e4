"""ListTaskQueuesStatisticsResponse: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import model as _rt_model
from ..._runtime import model_list as _rt_model_list

if TYPE_CHECKING:
    from .page_meta import PageMeta
    from .task_queues_statistics import TaskQueuesStatistics


def _conv_task_queues_statistics(value: Any) -> Any:
    from .task_queues_statistics import TaskQueuesStatistics

    return _rt_model_list(TaskQueuesStatistics)(value)


def _conv_meta(value: Any) -> Any:
    from .page_meta import PageMeta

    return _rt_model(PageMeta)(value)


class ListTaskQueuesStatisticsResponse(Record):
    """ListTaskQueuesStatisticsResponse record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("task_queues_statistics", "task_queues_statistics"),
        ("meta", "meta"),
    )

    @property
    def task_queues_statistics(self) -> list[TaskQueuesStatistics] | None:
        """The `task_queues_statistics` field."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("task_queues_statistics", _MISSING)
        if value is _MISSING:
            raw = self._data.get("task_queues_statistics")
            value = cache["task_queues_statistics"] = (
                None if raw is None else _conv_task_queues_statistics(raw)
            )
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
