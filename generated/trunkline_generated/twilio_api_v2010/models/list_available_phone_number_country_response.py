"""ListAvailablePhoneNumberCountryResponse: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import model_list as _rt_model_list

if TYPE_CHECKING:
    from .available_phone_number_country import AvailablePhoneNumberCountry


def _conv_countries(value: Any) -> Any:
    from .available_phone_number_country import AvailablePhoneNumberCountry

    return _rt_model_list(AvailablePhoneNumberCountry)(value)


class ListAvailablePhoneNumberCountryResponse(Record):
    """ListAvailablePhoneNumberCountryResponse record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("countries", "countries"),
        ("uri", "uri"),
    )

    @property
    def countries(self) -> list[AvailablePhoneNumberCountry] | None:
        """The `countries` field."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("countries", _MISSING)
        if value is _MISSING:
            raw = self._data.get("countries")
            value = cache["countries"] = None if raw is None else _conv_countries(raw)
        return value

    @property
    def uri(self) -> str | None:
        """The `uri` field."""
        return self._data.get("uri")
