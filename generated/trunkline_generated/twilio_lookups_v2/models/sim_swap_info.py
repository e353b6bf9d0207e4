"""SimSwapInfo: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import int_value as _rt_int_value
from ..._runtime import model as _rt_model

if TYPE_CHECKING:
    from .last_sim_swap_info import LastSimSwapInfo


def _conv_last_sim_swap(value: Any) -> Any:
    from .last_sim_swap_info import LastSimSwapInfo

    return _rt_model(LastSimSwapInfo)(value)


class SimSwapInfo(Record):
    """The `sim_swap` package (mobile numbers).

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("last_sim_swap", "last_sim_swap"),
        ("carrier_name", "carrier_name"),
        ("mobile_country_code", "mobile_country_code"),
        ("mobile_network_code", "mobile_network_code"),
        ("error_code", "error_code"),
    )

    @property
    def last_sim_swap(self) -> LastSimSwapInfo | None:
        """When the SIM was last changed."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("last_sim_swap", _MISSING)
        if value is _MISSING:
            raw = self._data.get("last_sim_swap")
            value = cache["last_sim_swap"] = None if raw is None else _conv_last_sim_swap(raw)
        return value

    @property
    def carrier_name(self) -> str | None:
        """The name of the carrier."""
        return self._data.get("carrier_name")

    @property
    def mobile_country_code(self) -> str | None:
        """The Mobile Country Code of the carrier."""
        return self._data.get("mobile_country_code")

    @property
    def mobile_network_code(self) -> str | None:
        """The Mobile Network Code of the carrier."""
        return self._data.get("mobile_network_code")

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
