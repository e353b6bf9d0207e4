"""NiBasicResponse: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import int_value as _rt_int_value

if TYPE_CHECKING:
    pass


class NiBasicResponse(Record):
    """NiBasicResponse record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("status", "status"),
        ("status_message", "status_message"),
        ("request_id", "request_id"),
        ("international_format_number", "international_format_number"),
        ("national_format_number", "national_format_number"),
        ("country_code", "country_code"),
        ("country_code_iso3", "country_code_iso3"),
        ("country_name", "country_name"),
        ("country_prefix", "country_prefix"),
    )

    @property
    def status(self) -> int | None:
        """0 success; 1 throttled (retry); 3 invalid or missing parameters; 4 invalid
        credentials; 5 internal error; 9 not enough credit."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("status", _MISSING)
        if value is _MISSING:
            raw = self._data.get("status")
            value = cache["status"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def status_message(self) -> str | None:
        """The status in words."""
        return self._data.get("status_message")

    @property
    def request_id(self) -> str | None:
        """The id of this request (up to 40 characters)."""
        return self._data.get("request_id")

    @property
    def international_format_number(self) -> str | None:
        """The number in international format (digits, no `+`)."""
        return self._data.get("international_format_number")

    @property
    def national_format_number(self) -> str | None:
        """The number in the format used in its country (`07700 900000`)."""
        return self._data.get("national_format_number")

    @property
    def country_code(self) -> str | None:
        """The number's country, ISO 3166-1 alpha-2."""
        return self._data.get("country_code")

    @property
    def country_code_iso3(self) -> str | None:
        """The number's country, ISO 3166-1 alpha-3."""
        return self._data.get("country_code_iso3")

    @property
    def country_name(self) -> str | None:
        """The name of the number's country."""
        return self._data.get("country_name")

    @property
    def country_prefix(self) -> str | None:
        """The country's calling code (`44`)."""
        return self._data.get("country_prefix")
