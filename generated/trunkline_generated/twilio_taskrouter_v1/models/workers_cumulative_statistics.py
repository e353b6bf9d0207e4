"""WorkersCumulativeStatistics: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import int_value as _rt_int_value
from ..._runtime import iso_datetime as _rt_iso_datetime
from ..._runtime import model_list as _rt_model_list

if TYPE_CHECKING:
    import datetime

    from .activity_duration import ActivityDuration


def _conv_activity_durations(value: Any) -> Any:
    from .activity_duration import ActivityDuration

    return _rt_model_list(ActivityDuration)(value)


class WorkersCumulativeStatistics(Record):
    """WorkersCumulativeStatistics record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("account_sid", "account_sid"),
        ("start_time", "start_time"),
        ("end_time", "end_time"),
        ("activity_durations", "activity_durations"),
        ("reservations_created", "reservations_created"),
        ("reservations_accepted", "reservations_accepted"),
        ("reservations_rejected", "reservations_rejected"),
        ("reservations_timed_out", "reservations_timed_out"),
        ("reservations_canceled", "reservations_canceled"),
        ("reservations_rescinded", "reservations_rescinded"),
        ("workspace_sid", "workspace_sid"),
        ("url", "url"),
    )

    @property
    def account_sid(self) -> str | None:
        """The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the
        Worker resource."""
        return self._data.get("account_sid")

    @property
    def start_time(self) -> datetime.datetime | None:
        """The beginning of the interval during which these statistics were calculated, in [ISO
        8601](https://en.wikipedia.org/wiki/ISO_8601) format."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("start_time", _MISSING)
        if value is _MISSING:
            raw = self._data.get("start_time")
            value = cache["start_time"] = None if raw is None else _rt_iso_datetime(raw)
        return value

    @property
    def end_time(self) -> datetime.datetime | None:
        """The end of the interval during which these statistics were calculated, in [ISO
        8601](https://en.wikipedia.org/wiki/ISO_8601) format."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("end_time", _MISSING)
        if value is _MISSING:
            raw = self._data.get("end_time")
            value = cache["end_time"] = None if raw is None else _rt_iso_datetime(raw)
        return value

    @property
    def activity_durations(self) -> list[ActivityDuration] | None:
        """The minimum, average, maximum, and total time (in seconds) that Workers spent in each
        Activity."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("activity_durations", _MISSING)
        if value is _MISSING:
            raw = self._data.get("activity_durations")
            value = cache["activity_durations"] = (
                None if raw is None else _conv_activity_durations(raw)
            )
        return value

    @property
    def reservations_created(self) -> int | None:
        """The total number of Reservations that were created."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("reservations_created", _MISSING)
        if value is _MISSING:
            raw = self._data.get("reservations_created")
            value = cache["reservations_created"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def reservations_accepted(self) -> int | None:
        """The total number of Reservations that were accepted."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("reservations_accepted", _MISSING)
        if value is _MISSING:
            raw = self._data.get("reservations_accepted")
            value = cache["reservations_accepted"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def reservations_rejected(self) -> int | None:
        """The total number of Reservations that were rejected."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("reservations_rejected", _MISSING)
        if value is _MISSING:
            raw = self._data.get("reservations_rejected")
            value = cache["reservations_rejected"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def reservations_timed_out(self) -> int | None:
        """The total number of Reservations that were timed out."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("reservations_timed_out", _MISSING)
        if value is _MISSING:
            raw = self._data.get("reservations_timed_out")
            value = cache["reservations_timed_out"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def reservations_canceled(self) -> int | None:
        """The total number of Reservations that were canceled."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("reservations_canceled", _MISSING)
        if value is _MISSING:
            raw = self._data.get("reservations_canceled")
            value = cache["reservations_canceled"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def reservations_rescinded(self) -> int | None:
        """The total number of Reservations that were rescinded."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("reservations_rescinded", _MISSING)
        if value is _MISSING:
            raw = self._data.get("reservations_rescinded")
            value = cache["reservations_rescinded"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def workspace_sid(self) -> str | None:
        """The SID of the Workspace that contains the Workers."""
        return self._data.get("workspace_sid")

    @property
    def url(self) -> str | None:
        """The absolute URL of the Workers statistics resource."""
        return self._data.get("url")
