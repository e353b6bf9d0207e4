"""ListCountryResponse: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import model as _rt_model
from ..._runtime import model_list as _rt_model_list

if TYPE_CHECKING:
    from .country import Country
    from .page_meta import PageMeta


def _conv_countries(value: Any) -> Any:
    from .country import Country

    return _rt_model_list(Country)(value)


def _conv_meta(value: Any) -> Any:
    from .page_meta import PageMeta

    return _rt_model(PageMeta)(value)


class ListCountryResponse(Record):
    """ListCountryResponse record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("countries", "countries"),
        ("meta", "meta"),
    )

    @property
    def countries(self) -> list[Country] | None:
        """The `countries` field."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("countries", _MISSING)
        if value is _MISSING:
            raw = self._data.get("countries")
            value = cache["countries"] = None if raw is None else _conv_countries(raw)
        return value

    @property
    def meta(self) -> PageMeta | None:
        """Where a page of a Twilio v1 list sits; `next_page_url` is null on the last page."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("meta", _MISSING)
        if value is _MISSING:
            raw = self._data.get("meta")
            value = cache["meta"] = None if raw is None else _conv_meta(raw)
        return value
