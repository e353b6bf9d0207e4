"""NiCarrier: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import enum as _rt_enum
from .ni_network_type import NiNetworkType

if TYPE_CHECKING:
    pass


_conv_network_type = _rt_enum(NiNetworkType)


class NiCarrier(Record):
    """A mobile or fixed network.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("network_code", "network_code"),
        ("name", "name"),
        ("country", "country"),
        ("network_type", "network_type"),
    )

    @property
    def network_code(self) -> str | None:
        """The network's MCC and MNC (`12345`)."""
        return self._data.get("network_code")

    @property
    def name(self) -> str | None:
        """The network's name."""
        return self._data.get("name")

    @property
    def country(self) -> str | None:
        """The network's country, ISO 3166-1 alpha-2."""
        return self._data.get("country")

    @property
    def network_type(self) -> NiNetworkType | str | None:
        """The `network_type` field."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("network_type", _MISSING)
        if value is _MISSING:
            raw = self._data.get("network_type")
            value = cache["network_type"] = None if raw is None else _conv_network_type(raw)
        return value
