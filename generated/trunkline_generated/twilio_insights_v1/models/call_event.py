"""CallEvent: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import enum as _rt_enum
from ..._runtime import iso_datetime as _rt_iso_datetime
from .event_level import EventLevel
from .twilio_edge import TwilioEdge

if TYPE_CHECKING:
    import datetime


_conv_edge = _rt_enum(TwilioEdge)
_conv_level = _rt_enum(EventLevel)


class CallEvent(Record):
    """CallEvent record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("timestamp", "timestamp"),
        ("call_sid", "call_sid"),
        ("account_sid", "account_sid"),
        ("edge", "edge"),
        ("group", "group"),
        ("level", "level"),
        ("name", "name"),
        ("carrier_edge", "carrier_edge"),
        ("sip_edge", "sip_edge"),
        ("sdk_edge", "sdk_edge"),
        ("client_edge", "client_edge"),
    )

    @property
    def timestamp(self) -> datetime.datetime | None:
        """Event time."""
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
    def group(self) -> str | None:
        """Event group."""
        return self._data.get("group")

    @property
    def level(self) -> EventLevel | str | None:
        """The severity of an event."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("level", _MISSING)
        if value is _MISSING:
            raw = self._data.get("level")
            value = cache["level"] = None if raw is None else _conv_level(raw)
        return value

    @property
    def name(self) -> str | None:
        """Event name."""
        return self._data.get("name")

    @property
    def carrier_edge(self) -> dict[str, Any] | None:
        """Represents the connection between Twilio and our immediate carrier partners. The events
        here describe the call lifecycle as reported by Twilio's carrier media gateways."""
        return self._data.get("carrier_edge")

    @property
    def sip_edge(self) -> dict[str, Any] | None:
        """Represents the Twilio media gateway for SIP interface and SIP trunking calls. The events
        here describe the call lifecycle as reported by Twilio's public media gateways."""
        return self._data.get("sip_edge")

    @property
    def sdk_edge(self) -> dict[str, Any] | None:
        """Represents the Voice SDK running locally in the browser or in the Android/iOS
        application. The events here are emitted by the Voice SDK in response to certain call
        progress events, network changes, or call quality conditions."""
        return self._data.get("sdk_edge")

    @property
    def client_edge(self) -> dict[str, Any] | None:
        """Represents the Twilio media gateway for Client calls. The events here describe the call
        lifecycle as reported by Twilio's Voice SDK media gateways."""
        return self._data.get("client_edge")
