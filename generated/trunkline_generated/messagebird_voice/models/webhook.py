"""Webhook: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import iso_datetime as _rt_iso_datetime

if TYPE_CHECKING:
    import datetime


class Webhook(Record):
    """Webhook record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("id", "id"),
        ("url", "url"),
        ("token", "token"),
        ("created_at", "createdAt"),
        ("updated_at", "updatedAt"),
        ("links", "_links"),
    )

    @property
    def id(self) -> str | None:
        """The unique id of the webhook."""
        return self._data.get("id")

    @property
    def url(self) -> str | None:
        """The URL MessageBird sends call events to."""
        return self._data.get("url")

    @property
    def token(self) -> str | None:
        """The secret MessageBird signs those requests with."""
        return self._data.get("token")

    @property
    def created_at(self) -> datetime.datetime | None:
        """When the webhook was created."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("createdAt", _MISSING)
        if value is _MISSING:
            raw = self._data.get("createdAt")
            value = cache["createdAt"] = None if raw is None else _rt_iso_datetime(raw)
        return value

    @property
    def updated_at(self) -> datetime.datetime | None:
        """When the webhook was last updated."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("updatedAt", _MISSING)
        if value is _MISSING:
            raw = self._data.get("updatedAt")
            value = cache["updatedAt"] = None if raw is None else _rt_iso_datetime(raw)
        return value

    @property
    def links(self) -> dict[str, Any] | None:
        """Links to related resources, as paths relative to the host."""
        return self._data.get("_links")
