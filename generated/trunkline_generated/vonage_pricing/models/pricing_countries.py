"""PricingCountries: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import int_string as _rt_int_string
from ..._runtime import model_list as _rt_model_list

if TYPE_CHECKING:
    from .pricing_country import PricingCountry


def _conv_countries(value: Any) -> Any:
    from .pricing_country import PricingCountry

    return _rt_model_list(PricingCountry)(value)


class PricingCountries(Record):
    """PricingCountries record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("count", "count"),
        ("countries", "countries"),
    )

    @property
    def count(self) -> int | None:
        """How many countries follow."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("count", _MISSING)
        if value is _MISSING:
            raw = self._data.get("count")
            value = cache["count"] = None if raw is None else _rt_int_string(raw)
        return value

    @property
    def countries(self) -> list[PricingCountry] | None:
        """The `countries` field."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("countries", _MISSING)
        if value is _MISSING:
            raw = self._data.get("countries")
            value = cache["countries"] = None if raw is None else _conv_countries(raw)
        return value
