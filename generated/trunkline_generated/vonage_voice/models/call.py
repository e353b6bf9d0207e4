"""Call: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import decimal_string as _rt_decimal_string
from ..._runtime import enum as _rt_enum
from ..._runtime import int_string as _rt_int_string
from ..._runtime import iso_datetime as _rt_iso_datetime
from ..._runtime import model as _rt_model
from .call_direction import CallDirection
from .call_status import CallStatus

if TYPE_CHECKING:
    import datetime
    import decimal

    from .call_leg_endpoint import CallLegEndpoint
    from .hal_links import HalLinks

_conv_status = _rt_enum(CallStatus)
_conv_direction = _rt_enum(CallDirection)


def _conv_links(value: Any) -> Any:
    from .hal_links import HalLinks

    return _rt_model(HalLinks)(value)


def _conv_to(value: Any) -> Any:
    from .call_leg_endpoint import CallLegEndpoint

    return _rt_model(CallLegEndpoint)(value)


def _conv_from_(value: Any) -> Any:
    from .call_leg_endpoint import CallLegEndpoint

    return _rt_model(CallLegEndpoint)(value)


class Call(Record):
    """Call record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("links", "_links"),
        ("uuid", "uuid"),
        ("conversation_uuid", "conversation_uuid"),
        ("to", "to"),
        ("from_", "from"),
        ("status", "status"),
        ("direction", "direction"),
        ("rate", "rate"),
        ("price", "price"),
        ("duration", "duration"),
        ("start_time", "start_time"),
        ("end_time", "end_time"),
        ("network", "network"),
    )

    @property
    def links(self) -> HalLinks | None:
        """HAL links; a page has `next` while more records follow."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("_links", _MISSING)
        if value is _MISSING:
            raw = self._data.get("_links")
            value = cache["_links"] = None if raw is None else _conv_links(raw)
        return value

    @property
    def uuid(self) -> str | None:
        """The UUID of this call leg, for every request about it."""
        return self._data.get("uuid")

    @property
    def conversation_uuid(self) -> str | None:
        """The conversation the leg belongs to."""
        return self._data.get("conversation_uuid")

    @property
    def to(self) -> CallLegEndpoint | None:
        """An endpoint of a call leg."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("to", _MISSING)
        if value is _MISSING:
            raw = self._data.get("to")
            value = cache["to"] = None if raw is None else _conv_to(raw)
        return value

    @property
    def from_(self) -> CallLegEndpoint | None:
        """An endpoint of a call leg."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("from", _MISSING)
        if value is _MISSING:
            raw = self._data.get("from")
            value = cache["from"] = None if raw is None else _conv_from_(raw)
        return value

    @property
    def status(self) -> CallStatus | str | None:
        """Where the call is in its life."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("status", _MISSING)
        if value is _MISSING:
            raw = self._data.get("status")
            value = cache["status"] = None if raw is None else _conv_status(raw)
        return value

    @property
    def direction(self) -> CallDirection | str | None:
        """Whether Vonage placed the call or received it."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("direction", _MISSING)
        if value is _MISSING:
            raw = self._data.get("direction")
            value = cache["direction"] = None if raw is None else _conv_direction(raw)
        return value

    @property
    def rate(self) -> decimal.Decimal | None:
        """The price per minute (when `status` is `completed`)."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("rate", _MISSING)
        if value is _MISSING:
            raw = self._data.get("rate")
            value = cache["rate"] = None if raw is None else _rt_decimal_string(raw)
        return value

    @property
    def price(self) -> decimal.Decimal | None:
        """The total price (when `status` is `completed`)."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("price", _MISSING)
        if value is _MISSING:
            raw = self._data.get("price")
            value = cache["price"] = None if raw is None else _rt_decimal_string(raw)
        return value

    @property
    def duration(self) -> int | None:
        """The length of the call in seconds (when `status` is `completed`)."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("duration", _MISSING)
        if value is _MISSING:
            raw = self._data.get("duration")
            value = cache["duration"] = None if raw is None else _rt_int_string(raw)
        return value

    @property
    def start_time(self) -> datetime.datetime | None:
        """When the call started (when `status` is `completed`)."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("start_time", _MISSING)
        if value is _MISSING:
            raw = self._data.get("start_time")
            value = cache["start_time"] = None if raw is None else _rt_iso_datetime(raw)
        return value

    @property
    def end_time(self) -> datetime.datetime | None:
        """When the call ended (when `status` is `completed`)."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("end_time", _MISSING)
        if value is _MISSING:
            raw = self._data.get("end_time")
            value = cache["end_time"] = None if raw is None else _rt_iso_datetime(raw)
        return value

    @property
    def network(self) -> str | None:
        """The MCC and MNC of the network used."""
        return self._data.get("network")
