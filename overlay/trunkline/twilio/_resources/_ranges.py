"""`list_in_range`: the records of `[start, end)`, with the fewest requests the API allows.

Twilio filters calls and messages by whole UTC days only (`StartTime>` / `StartTime<`,
`DateSent>` / `DateSent<` take `YYYY-MM-DD`; erratum, twilio-go's too), lists newest
first, and serves pages of up to 1,000. So a range query sends the tightest day bounds
that cover `[start, end)` (the day of `start`, and the first midnight at or after `end`),
pages at 1,000, keeps exactly `[start, end)` in any timezone, and stops once a page
reaches records older than `start`: a 3-day window of a 30-day log is a few requests,
not one per default page of 50.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import AsyncIterator, Iterator
from typing import Any

from ..._core._exceptions import InvalidParameterError

__all__ = ["LARGEST_PAGE", "async_ranged", "range_filters", "ranged"]

LARGEST_PAGE = 1000  # Twilio's largest PageSize
_DAY = _dt.timedelta(days=1)


def _utc_day_bounds(start: _dt.datetime, end: _dt.datetime) -> tuple[_dt.date, _dt.date]:
    first = start.astimezone(_dt.UTC)
    last = end.astimezone(_dt.UTC)
    after = first.date()
    before = last.date()
    if last.timetz().replace(tzinfo=None) != _dt.time():
        before += _DAY  # `X<` is "before this day": the first midnight at or after `end`
    return after, before


def range_filters(
    field: str, start: _dt.datetime, end: _dt.datetime, filters: dict[str, Any]
) -> dict[str, Any] | None:
    """The list filters for `[start, end)` on `field` (None: the range is empty, send nothing).

    Bad bounds raise before anything is sent."""
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
    if end == start:
        return None
    after, before = _utc_day_bounds(start, end)
    params = {**filters, f"{field}_after": after, f"{field}_before": before}
    params.setdefault("page_size", LARGEST_PAGE)
    return params


def _keep(
    records: list[Any], field: str, start: _dt.datetime, end: _dt.datetime
) -> tuple[list[Any], bool]:
    """This page's records in `[start, end)`, and whether the pages after it can have more."""
    kept = []
    older = False
    for record in records:
        value = getattr(record, field)
        if not isinstance(value, _dt.datetime):
            continue  # not started (or not sent) yet: no time to judge by
        if value < start:
            older = True
        elif value < end:
            kept.append(record)
    # Newest first: once a page reaches records older than `start`, later pages hold only older.
    return kept, not older


def ranged(pager: Any, field: str, start: _dt.datetime, end: _dt.datetime) -> Iterator[Any]:
    """The records of `[start, end)` from a list's pages, stopping as early as possible."""
    if pager is None:
        return
    for page in pager.pages():
        kept, more = _keep(page.items, field, start, end)
        yield from kept
        if not more:
            return


async def async_ranged(
    pager: Any, field: str, start: _dt.datetime, end: _dt.datetime
) -> AsyncIterator[Any]:
    """`ranged` for an async list."""
    if pager is None:
        return
    async for page in pager.pages():
        kept, more = _keep(page.items, field, start, end)
        for record in kept:
            yield record
        if not more:
            return
