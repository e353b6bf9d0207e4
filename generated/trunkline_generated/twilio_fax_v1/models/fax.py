"""Fax: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import decimal_string as _rt_decimal_string
from ..._runtime import enum as _rt_enum
from ..._runtime import int_value as _rt_int_value
from ..._runtime import iso_datetime as _rt_iso_datetime
from .fax_direction import FaxDirection
from .fax_quality import FaxQuality
from .fax_status import FaxStatus

if TYPE_CHECKING:
    import datetime
    import decimal


_conv_quality = _rt_enum(FaxQuality)
_conv_status = _rt_enum(FaxStatus)
_conv_direction = _rt_enum(FaxDirection)


class Fax(Record):
    """Fax record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("sid", "sid"),
        ("account_sid", "account_sid"),
        ("from_", "from"),
        ("to", "to"),
        ("quality", "quality"),
        ("media_sid", "media_sid"),
        ("media_url", "media_url"),
        ("num_pages", "num_pages"),
        ("duration", "duration"),
        ("status", "status"),
        ("direction", "direction"),
        ("api_version", "api_version"),
        ("price", "price"),
        ("price_unit", "price_unit"),
        ("date_created", "date_created"),
        ("date_updated", "date_updated"),
        ("links", "links"),
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
    def from_(self) -> str | None:
        """The number the fax was sent from."""
        return self._data.get("from")

    @property
    def to(self) -> str | None:
        """The phone number that received the fax."""
        return self._data.get("to")

    @property
    def quality(self) -> FaxQuality | str | None:
        """The quality of the fax."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("quality", _MISSING)
        if value is _MISSING:
            raw = self._data.get("quality")
            value = cache["quality"] = None if raw is None else _conv_quality(raw)
        return value

    @property
    def media_sid(self) -> str | None:
        """The SID of the FaxMedia resource that is associated with the Fax."""
        return self._data.get("media_sid")

    @property
    def media_url(self) -> str | None:
        """The Twilio-hosted URL that can be used to download fax media."""
        return self._data.get("media_url")

    @property
    def num_pages(self) -> int | None:
        """The number of pages contained in the fax document."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("num_pages", _MISSING)
        if value is _MISSING:
            raw = self._data.get("num_pages")
            value = cache["num_pages"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def duration(self) -> int | None:
        """The time it took to transmit the fax, in seconds."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("duration", _MISSING)
        if value is _MISSING:
            raw = self._data.get("duration")
            value = cache["duration"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def status(self) -> FaxStatus | str | None:
        """The status of the fax."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("status", _MISSING)
        if value is _MISSING:
            raw = self._data.get("status")
            value = cache["status"] = None if raw is None else _conv_status(raw)
        return value

    @property
    def direction(self) -> FaxDirection | str | None:
        """The direction of the fax."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("direction", _MISSING)
        if value is _MISSING:
            raw = self._data.get("direction")
            value = cache["direction"] = None if raw is None else _conv_direction(raw)
        return value

    @property
    def api_version(self) -> str | None:
        """The API version used to transmit the fax."""
        return self._data.get("api_version")

    @property
    def price(self) -> decimal.Decimal | None:
        """The fax transmission price, in `price_unit`."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("price", _MISSING)
        if value is _MISSING:
            raw = self._data.get("price")
            value = cache["price"] = None if raw is None else _rt_decimal_string(raw)
        return value

    @property
    def price_unit(self) -> str | None:
        """The ISO 4217 currency used for billing."""
        return self._data.get("price_unit")

    @property
    def date_created(self) -> datetime.datetime | None:
        """The ISO 8601 formatted date and time in GMT when the resource was created."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("date_created", _MISSING)
        if value is _MISSING:
            raw = self._data.get("date_created")
            value = cache["date_created"] = None if raw is None else _rt_iso_datetime(raw)
        return value

    @property
    def date_updated(self) -> datetime.datetime | None:
        """The ISO 8601 formatted date and time in GMT when the resource was last updated."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("date_updated", _MISSING)
        if value is _MISSING:
            raw = self._data.get("date_updated")
            value = cache["date_updated"] = None if raw is None else _rt_iso_datetime(raw)
        return value

    @property
    def links(self) -> dict[str, Any] | None:
        """The URLs of the fax's related resources (`media`)."""
        return self._data.get("links")

    @property
    def url(self) -> str | None:
        """The absolute URL of the fax resource."""
        return self._data.get("url")
