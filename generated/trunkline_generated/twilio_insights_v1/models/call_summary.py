"""CallSummary: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import enum as _rt_enum
from ..._runtime import int_value as _rt_int_value
from ..._runtime import iso_datetime as _rt_iso_datetime
from .answered_by import AnsweredBy
from .call_state import CallState
from .call_type import CallType
from .processing_state import ProcessingState

if TYPE_CHECKING:
    import datetime


_conv_call_type = _rt_enum(CallType)
_conv_call_state = _rt_enum(CallState)
_conv_answered_by = _rt_enum(AnsweredBy)
_conv_processing_state = _rt_enum(ProcessingState)


class CallSummary(Record):
    """CallSummary record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("account_sid", "account_sid"),
        ("call_sid", "call_sid"),
        ("call_type", "call_type"),
        ("call_state", "call_state"),
        ("answered_by", "answered_by"),
        ("processing_state", "processing_state"),
        ("created_time", "created_time"),
        ("start_time", "start_time"),
        ("end_time", "end_time"),
        ("duration", "duration"),
        ("connect_duration", "connect_duration"),
        ("from_", "from"),
        ("to", "to"),
        ("carrier_edge", "carrier_edge"),
        ("client_edge", "client_edge"),
        ("sdk_edge", "sdk_edge"),
        ("sip_edge", "sip_edge"),
        ("tags", "tags"),
        ("url", "url"),
        ("attributes", "attributes"),
        ("properties", "properties"),
        ("trust", "trust"),
        ("annotation", "annotation"),
    )

    @property
    def account_sid(self) -> str | None:
        """The unique SID identifier of the Account."""
        return self._data.get("account_sid")

    @property
    def call_sid(self) -> str | None:
        """The unique SID identifier of the Call."""
        return self._data.get("call_sid")

    @property
    def call_type(self) -> CallType | str | None:
        """The type of a call: over a carrier, a SIP interface, SIP trunking, a Client or WhatsApp."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("call_type", _MISSING)
        if value is _MISSING:
            raw = self._data.get("call_type")
            value = cache["call_type"] = None if raw is None else _conv_call_type(raw)
        return value

    @property
    def call_state(self) -> CallState | str | None:
        """The final state of a call."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("call_state", _MISSING)
        if value is _MISSING:
            raw = self._data.get("call_state")
            value = cache["call_state"] = None if raw is None else _conv_call_state(raw)
        return value

    @property
    def answered_by(self) -> AnsweredBy | str | None:
        """What Answering Machine Detection (AMD) found the call was answered by."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("answered_by", _MISSING)
        if value is _MISSING:
            raw = self._data.get("answered_by")
            value = cache["answered_by"] = None if raw is None else _conv_answered_by(raw)
        return value

    @property
    def processing_state(self) -> ProcessingState | str | None:
        """Whether a Call Summary is final (`complete`) or may still change (`partial`)."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("processing_state", _MISSING)
        if value is _MISSING:
            raw = self._data.get("processing_state")
            value = cache["processing_state"] = None if raw is None else _conv_processing_state(raw)
        return value

    @property
    def created_time(self) -> datetime.datetime | None:
        """The time at which the Call was created, given in ISO 8601 format. Can be different from
        `start_time` in the event of queueing due to CPS"""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("created_time", _MISSING)
        if value is _MISSING:
            raw = self._data.get("created_time")
            value = cache["created_time"] = None if raw is None else _rt_iso_datetime(raw)
        return value

    @property
    def start_time(self) -> datetime.datetime | None:
        """The time at which the Call was started, given in ISO 8601 format."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("start_time", _MISSING)
        if value is _MISSING:
            raw = self._data.get("start_time")
            value = cache["start_time"] = None if raw is None else _rt_iso_datetime(raw)
        return value

    @property
    def end_time(self) -> datetime.datetime | None:
        """The time at which the Call was ended, given in ISO 8601 format."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("end_time", _MISSING)
        if value is _MISSING:
            raw = self._data.get("end_time")
            value = cache["end_time"] = None if raw is None else _rt_iso_datetime(raw)
        return value

    @property
    def duration(self) -> int | None:
        """Duration between when the call was initiated and the call was ended"""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("duration", _MISSING)
        if value is _MISSING:
            raw = self._data.get("duration")
            value = cache["duration"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def connect_duration(self) -> int | None:
        """Duration between when the call was answered and when it ended"""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("connect_duration", _MISSING)
        if value is _MISSING:
            raw = self._data.get("connect_duration")
            value = cache["connect_duration"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def from_(self) -> dict[str, Any] | None:
        """The calling party."""
        return self._data.get("from")

    @property
    def to(self) -> dict[str, Any] | None:
        """The called party."""
        return self._data.get("to")

    @property
    def carrier_edge(self) -> dict[str, Any] | None:
        """Contains metrics and properties for the Twilio media gateway of a PSTN call."""
        return self._data.get("carrier_edge")

    @property
    def client_edge(self) -> dict[str, Any] | None:
        """Contains metrics and properties for the Twilio media gateway of a Client call."""
        return self._data.get("client_edge")

    @property
    def sdk_edge(self) -> dict[str, Any] | None:
        """Contains metrics and properties for the SDK sensor library for Client calls."""
        return self._data.get("sdk_edge")

    @property
    def sip_edge(self) -> dict[str, Any] | None:
        """Contains metrics and properties for the Twilio media gateway of a SIP Interface or
        Trunking call."""
        return self._data.get("sip_edge")

    @property
    def tags(self) -> list[str] | None:
        """Tags applied to calls by Voice Insights analysis indicating a condition that could
        result in subjective degradation of the call quality."""
        return self._data.get("tags")

    @property
    def url(self) -> str | None:
        """The URL of this resource."""
        return self._data.get("url")

    @property
    def attributes(self) -> dict[str, Any] | None:
        """Attributes capturing call-flow-specific details."""
        return self._data.get("attributes")

    @property
    def properties(self) -> dict[str, Any] | None:
        """Contains edge-agnostic call-level details."""
        return self._data.get("properties")

    @property
    def trust(self) -> dict[str, Any] | None:
        """Contains trusted communications details including Branded Call and verified caller ID."""
        return self._data.get("trust")

    @property
    def annotation(self) -> dict[str, Any] | None:
        """Programmatically labeled annotations for the Call. Developers can update the Call
        Summary records with Annotation during or after a Call. Annotations can be updated as
        long as the Call Summary record is addressable via the API."""
        return self._data.get("annotation")
