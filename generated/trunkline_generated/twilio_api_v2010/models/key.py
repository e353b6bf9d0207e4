"""Key: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import rfc2822_datetime as _rt_rfc2822_datetime

if TYPE_CHECKING:
    import datetime


class Key(Record):
    """Key record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("sid", "sid"),
        ("friendly_name", "friendly_name"),
        ("date_created", "date_created"),
        ("date_updated", "date_updated"),
    )

    @property
    def sid(self) -> str | None:
        """The unique string that that we created to identify the Key resource."""
        return self._data.get("sid")

    @property
    def friendly_name(self) -> str | None:
        """The string that you assigned to describe the resource."""
        return self._data.get("friendly_name")

    @property
    def date_created(self) -> datetime.datetime | None:
        """The date and time in GMT that the resource was created specified in [RFC
        2822](https://www.ietf.org/rfc/rfc2822.txt) format."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("date_created", _MISSING)
        if value is _MISSING:
            raw = self._data.get("date_created")
            value = cache["date_created"] = None if raw is None else _rt_rfc2822_datetime(raw)
        return value

    @property
    def date_updated(self) -> datetime.datetime | None:
        """The date and time in GMT that the resource was last updated specified in [RFC
        2822](https://www.ietf.org/rfc/rfc2822.txt) format."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("date_updated", _MISSING)
        if value is _MISSING:
            raw = self._data.get("date_updated")
            value = cache["date_updated"] = None if raw is None else _rt_rfc2822_datetime(raw)
        return value
