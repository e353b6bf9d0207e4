"""Media: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import rfc2822_datetime as _rt_rfc2822_datetime

if TYPE_CHECKING:
    import datetime


class Media(Record):
    """Media record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("account_sid", "account_sid"),
        ("content_type", "content_type"),
        ("date_created", "date_created"),
        ("date_updated", "date_updated"),
        ("parent_sid", "parent_sid"),
        ("sid", "sid"),
        ("uri", "uri"),
    )

    @property
    def account_sid(self) -> str | None:
        """The SID of the [Account](https://www.twilio.com/docs/iam/api/account) associated with
        this Media resource."""
        return self._data.get("account_sid")

    @property
    def content_type(self) -> str | None:
        """The default [MIME type](https://en.wikipedia.org/wiki/Internet_media_type) of the media,
        for example `image/jpeg`, `image/png`, or `image/gif`."""
        return self._data.get("content_type")

    @property
    def date_created(self) -> datetime.datetime | None:
        """The date and time in GMT when this Media resource was created, specified in [RFC
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
        """The date and time in GMT when this Media resource was last updated, specified in [RFC
        2822](https://www.ietf.org/rfc/rfc2822.txt) format."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("date_updated", _MISSING)
        if value is _MISSING:
            raw = self._data.get("date_updated")
            value = cache["date_updated"] = None if raw is None else _rt_rfc2822_datetime(raw)
        return value

    @property
    def parent_sid(self) -> str | None:
        """The SID of the Message resource that is associated with this Media resource."""
        return self._data.get("parent_sid")

    @property
    def sid(self) -> str | None:
        """The unique string that identifies this Media resource."""
        return self._data.get("sid")

    @property
    def uri(self) -> str | None:
        """The URI of this Media resource, relative to `https://api.twilio.com`."""
        return self._data.get("uri")
