"""LineTypeIntelligenceInfo: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import int_value as _rt_int_value

if TYPE_CHECKING:
    pass


class LineTypeIntelligenceInfo(Record):
    """The `line_type_intelligence` package.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("mobile_country_code", "mobile_country_code"),
        ("mobile_network_code", "mobile_network_code"),
        ("carrier_name", "carrier_name"),
        ("type_", "type"),
        ("error_code", "error_code"),
    )

    @property
    def mobile_country_code(self) -> str | None:
        """The Mobile Country Code of the carrier."""
        return self._data.get("mobile_country_code")

    @property
    def mobile_network_code(self) -> str | None:
        """The Mobile Network Code of the carrier."""
        return self._data.get("mobile_network_code")

    @property
    def carrier_name(self) -> str | None:
        """The name of the carrier."""
        return self._data.get("carrier_name")

    @property
    def type_(self) -> str | None:
        """The line type, e.g. `mobile`, `landline`, `fixedVoip`, `nonFixedVoip`, `tollFree`."""
        return self._data.get("type")

    @property
    def error_code(self) -> int | None:
        """Twilio's error code if the package could not be looked up; null otherwise."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("error_code", _MISSING)
        if value is _MISSING:
            raw = self._data.get("error_code")
            value = cache["error_code"] = None if raw is None else _rt_int_value(raw)
        return value
