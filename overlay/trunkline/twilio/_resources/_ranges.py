"""`list_in_range`: the records of `[start, end)` with the fewest requests (calls, messages)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import AsyncIterator, Iterator
from typing import Any

from ..._core._exceptions import InvalidParameterError

__all__ = ["async_ranged", "range_filters", "ranged"]


def range_filters(
    field: str, start: _dt.datetime, end: _dt.datetime, filters: dict[str, Any]
) -> dict[str, Any]:
    """The server-side filters of `[start, end)` on `field`; bad bounds raise before sending."""
    for name, value in (("start", start), ("end", end)):
        if not isinstance(value, _dt.datetime):
            raise InvalidParameterError(
                f"list_in_range: {name} must be a datetime, not {type(value).__name__}"
            )
        if value.utcoffset() is None:
            raise InvalidParameterError(
                f"list_in_range: {name} is a naive datetime; give it a timezone "
                "(e.g. tzinfo=datetime.UTC)"
            )
    if end < start:
        raise InvalidParameterError(f"list_in_range: end ({end}) is before start ({start})")
    taken = sorted({field, f"{field}_before", f"{field}_after"} & filters.keys())
    if taken:
        raise InvalidParameterError(f"list_in_range sets {field} bounds itself; drop {taken}")
    # `StartTime>` is "on or after" and `StartTime<` is "before": exactly [start, end).
    return {**filters, f"{field}_after": start, f"{field}_before": end}


def _in_range(value: _dt.datetime | None, start: _dt.datetime, end: _dt.datetime) -> bool:
    # The server filters already; this keeps the promise if it rounds its bounds.
    return value is not None and start <= value < end


def ranged(
    records: Iterator[Any], field: str, start: _dt.datetime, end: _dt.datetime
) -> Iterator[Any]:
    for record in records:
        if _in_range(getattr(record, field), start, end):
            yield record


async def async_ranged(
    records: AsyncIterator[Any], field: str, start: _dt.datetime, end: _dt.datetime
) -> AsyncIterator[Any]:
    async for record in records:
        if _in_range(getattr(record, field), start, end):
            yield record
