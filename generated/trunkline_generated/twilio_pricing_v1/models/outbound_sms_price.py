"""OutboundSmsPrice: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import model_list as _rt_model_list

if TYPE_CHECKING:
    from .number_type_price import NumberTypePrice


def _conv_prices(value: Any) -> Any:
    from .number_type_price import NumberTypePrice

    return _rt_model_list(NumberTypePrice)(value)


class OutboundSmsPrice(Record):
    """The prices to send an SMS to the numbers of one carrier (MCC/MNC), by number type.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("carrier", "carrier"),
        ("mcc", "mcc"),
        ("mnc", "mnc"),
        ("prices", "prices"),
    )

    @property
    def carrier(self) -> str | None:
        """The name of the carrier."""
        return self._data.get("carrier")

    @property
    def mcc(self) -> str | None:
        """The Mobile Country Code."""
        return self._data.get("mcc")

    @property
    def mnc(self) -> str | None:
        """The Mobile Network Code."""
        return self._data.get("mnc")

    @property
    def prices(self) -> list[NumberTypePrice] | None:
        """The price to send a message from each type of Twilio number."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("prices", _MISSING)
        if value is _MISSING:
            raw = self._data.get("prices")
            value = cache["prices"] = None if raw is None else _conv_prices(raw)
        return value
