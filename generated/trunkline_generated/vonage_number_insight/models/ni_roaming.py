"""NiRoaming: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import enum as _rt_enum
from .ni_roaming_status import NiRoamingStatus

if TYPE_CHECKING:
    pass


_conv_status = _rt_enum(NiRoamingStatus)


class NiRoaming(Record):
    """Where a mobile number is roaming.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("status", "status"),
        ("roaming_country_code", "roaming_country_code"),
        ("roaming_network_code", "roaming_network_code"),
        ("roaming_network_name", "roaming_network_name"),
    )

    @property
    def status(self) -> NiRoamingStatus | str | None:
        """Whether the number is outside its home network."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("status", _MISSING)
        if value is _MISSING:
            raw = self._data.get("status")
            value = cache["status"] = None if raw is None else _conv_status(raw)
        return value

    @property
    def roaming_country_code(self) -> str | None:
        """The country the number is roaming in, ISO 3166-1 alpha-2."""
        return self._data.get("roaming_country_code")

    @property
    def roaming_network_code(self) -> str | None:
        """The id of the network the number is roaming in."""
        return self._data.get("roaming_network_code")

    @property
    def roaming_network_name(self) -> str | None:
        """The name of the network the number is roaming in."""
        return self._data.get("roaming_network_name")
