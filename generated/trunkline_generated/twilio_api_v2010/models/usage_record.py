"""UsageRecord: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import decimal_string as _rt_decimal_string
from ..._runtime import int_string as _rt_int_string
from ..._runtime import iso_date as _rt_iso_date
from ..._runtime import iso_datetime as _rt_iso_datetime

if TYPE_CHECKING:
    import datetime
    import decimal


class UsageRecord(Record):
    """UsageRecord record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("account_sid", "account_sid"),
        ("api_version", "api_version"),
        ("as_of", "as_of"),
        ("category", "category"),
        ("count", "count"),
        ("count_unit", "count_unit"),
        ("description", "description"),
        ("end_date", "end_date"),
        ("price", "price"),
        ("price_unit", "price_unit"),
        ("start_date", "start_date"),
        ("subresource_uris", "subresource_uris"),
        ("uri", "uri"),
        ("usage", "usage"),
        ("usage_unit", "usage_unit"),
    )

    @property
    def account_sid(self) -> str | None:
        """The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that accrued the
        usage."""
        return self._data.get("account_sid")

    @property
    def api_version(self) -> str | None:
        """The API version used to create the resource."""
        return self._data.get("api_version")

    @property
    def as_of(self) -> datetime.datetime | None:
        """Usage records up to date as of this timestamp, formatted as YYYY-MM-DDTHH:MM:SS+00:00.
        All timestamps are in GMT"""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("as_of", _MISSING)
        if value is _MISSING:
            raw = self._data.get("as_of")
            value = cache["as_of"] = None if raw is None else _rt_iso_datetime(raw)
        return value

    @property
    def category(self) -> str | None:
        """The category of usage. For more information, see [Usage
        Categories](https://www.twilio.com/docs/usage/api/usage-record#usage-categories)."""
        return self._data.get("category")

    @property
    def count(self) -> int | None:
        """The number of usage events, such as the number of calls."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("count", _MISSING)
        if value is _MISSING:
            raw = self._data.get("count")
            value = cache["count"] = None if raw is None else _rt_int_string(raw)
        return value

    @property
    def count_unit(self) -> str | None:
        """The units in which `count` is measured, such as `calls` for calls or `messages` for SMS."""
        return self._data.get("count_unit")

    @property
    def description(self) -> str | None:
        """A plain-language description of the usage category."""
        return self._data.get("description")

    @property
    def end_date(self) -> datetime.date | None:
        """The last date for which usage is included in the UsageRecord. The date is specified in
        GMT and formatted as `YYYY-MM-DD`."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("end_date", _MISSING)
        if value is _MISSING:
            raw = self._data.get("end_date")
            value = cache["end_date"] = None if raw is None else _rt_iso_date(raw)
        return value

    @property
    def price(self) -> decimal.Decimal | None:
        """The total price of the usage in the currency specified in `price_unit` and associated
        with the account."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("price", _MISSING)
        if value is _MISSING:
            raw = self._data.get("price")
            value = cache["price"] = None if raw is None else _rt_decimal_string(raw)
        return value

    @property
    def price_unit(self) -> str | None:
        """The currency in which `price` is measured, in [ISO
        4127](https://www.iso.org/iso/home/standards/currency_codes.htm) format, such as `usd`,
        `eur`, and `jpy`."""
        return self._data.get("price_unit")

    @property
    def start_date(self) -> datetime.date | None:
        """The first date for which usage is included in this UsageRecord. The date is specified in
        GMT and formatted as `YYYY-MM-DD`."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("start_date", _MISSING)
        if value is _MISSING:
            raw = self._data.get("start_date")
            value = cache["start_date"] = None if raw is None else _rt_iso_date(raw)
        return value

    @property
    def subresource_uris(self) -> dict[str, Any] | None:
        """A list of related resources identified by their URIs. For more information, see [List
        Subresources](https://www.twilio.com/docs/usage/api/usage-record#list-subresources)."""
        return self._data.get("subresource_uris")

    @property
    def uri(self) -> str | None:
        """The URI of the resource, relative to `https://api.twilio.com`."""
        return self._data.get("uri")

    @property
    def usage(self) -> decimal.Decimal | None:
        """The amount used to bill usage and measured in units described in `usage_unit`."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("usage", _MISSING)
        if value is _MISSING:
            raw = self._data.get("usage")
            value = cache["usage"] = None if raw is None else _rt_decimal_string(raw)
        return value

    @property
    def usage_unit(self) -> str | None:
        """The units in which `usage` is measured, such as `minutes` for calls or `messages` for
        SMS."""
        return self._data.get("usage_unit")
