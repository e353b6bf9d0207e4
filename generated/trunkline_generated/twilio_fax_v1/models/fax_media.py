"""FaxMedia: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import iso_datetime as _rt_iso_datetime

if TYPE_CHECKING:
    import datetime


class FaxMedia(Record):
    """FaxMedia record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("sid", "sid"),
        ("account_sid", "account_sid"),
        ("fax_sid", "fax_sid"),
        ("content_type", "content_type"),
        ("date_created", "date_created"),
        ("date_updated", "date_updated"),
        ("url", "url"),
    )

    @property
    def sid(self) -> str | None:
        """The unique string that identifies the resource."""
        return self._data.get("sid")

    @property
    def account_sid(self) -> str | None:
        """The SID of the Account that created the resource."""
        return self._data.get("account_sid")

    @property
    def fax_sid(self) -> str | None:
        """The SID of the fax the FaxMedia resource is associated with."""
        return self._data.get("fax_sid")

    @property
    def content_type(self) -> str | None:
        """The content type of the stored fax media."""
        return self._data.get("content_type")

    @property
    def date_created(self) -> datetime.datetime | None:
        """The ISO 8601 date and time in GMT when the resource was created."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("date_created", _MISSING)
        if value is _MISSING:
            raw = self._data.get("date_created")
            value = cache["date_created"] = None if raw is None else _rt_iso_datetime(raw)
        return value

    @property
    def date_updated(self) -> datetime.datetime | None:
        """The ISO 8601 date and time in GMT when the resource was last updated."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("date_updated", _MISSING)
        if value is _MISSING:
            raw = self._data.get("date_updated")
            value = cache["date_updated"] = None if raw is None else _rt_iso_datetime(raw)
        return value

    @property
    def url(self) -> str | None:
        """The absolute URL of the FaxMedia resource."""
        return self._data.get("url")
