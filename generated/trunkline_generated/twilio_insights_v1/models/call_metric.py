"""CallMetric: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import enum as _rt_enum
from ..._runtime import iso_datetime as _rt_iso_datetime
from .stream_direction import StreamDirection
from .twilio_edge import TwilioEdge

if TYPE_CHECKING:
    import datetime


_conv_edge = _rt_enum(TwilioEdge)
_conv_direction = _rt_enum(StreamDirection)


class CallMetric(Record):
    """CallMetric record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("timestamp", "timestamp"),
        ("call_sid", "call_sid"),
        ("account_sid", "account_sid"),
        ("edge", "edge"),
        ("direction", "direction"),
        ("carrier_edge", "carrier_edge"),
        ("sip_edge", "sip_edge"),
        ("sdk_edge", "sdk_edge"),
        ("client_edge", "client_edge"),
    )

    @property
    def timestamp(self) -> datetime.datetime | None:
        """Timestamp of metric sample. Samples are taken every 10 seconds and contain the metrics
        for the previous 10 seconds."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("timestamp", _MISSING)
        if value is _MISSING:
            raw = self._data.get("timestamp")
            value = cache["timestamp"] = None if raw is None else _rt_iso_datetime(raw)
        return value

    @property
    def call_sid(self) -> str | None:
        """The unique SID identifier of the Call."""
        return self._data.get("call_sid")

    @property
    def account_sid(self) -> str | None:
        """The unique SID identifier of the Account."""
        return self._data.get("account_sid")

    @property
    def edge(self) -> TwilioEdge | str | None:
        """The Twilio edge (gateway or SDK) that observed an event or metric."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("edge", _MISSING)
        if value is _MISSING:
            raw = self._data.get("edge")
            value = cache["edge"] = None if raw is None else _conv_edge(raw)
        return value

    @property
    def direction(self) -> StreamDirection | str | None:
        """The direction of a media stream, seen from the Twilio edge."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("direction", _MISSING)
        if value is _MISSING:
            raw = self._data.get("direction")
            value = cache["direction"] = None if raw is None else _conv_direction(raw)
        return value

    @property
    def carrier_edge(self) -> dict[str, Any] | None:
        """Contains metrics and properties for the Twilio media gateway of a PSTN call."""
        return self._data.get("carrier_edge")

    @property
    def sip_edge(self) -> dict[str, Any] | None:
        """Contains metrics and properties for the Twilio media gateway of a SIP Interface or
        Trunking call."""
        return self._data.get("sip_edge")

    @property
    def sdk_edge(self) -> dict[str, Any] | None:
        """Contains metrics and properties for the SDK sensor library for Client calls."""
        return self._data.get("sdk_edge")

    @property
    def client_edge(self) -> dict[str, Any] | None:
        """Contains metrics and properties for the Twilio media gateway of a Client call."""
        return self._data.get("client_edge")
