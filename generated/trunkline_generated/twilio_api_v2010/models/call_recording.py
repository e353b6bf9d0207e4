"""CallRecording: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import decimal_string as _rt_decimal_string
from ..._runtime import enum as _rt_enum
from ..._runtime import int_string as _rt_int_string
from ..._runtime import int_value as _rt_int_value
from ..._runtime import rfc2822_datetime as _rt_rfc2822_datetime
from .call_recording_status import CallRecordingStatus
from .recording_source import RecordingSource

if TYPE_CHECKING:
    import datetime
    import decimal


_conv_status = _rt_enum(CallRecordingStatus)
_conv_source = _rt_enum(RecordingSource)


class CallRecording(Record):
    """CallRecording record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("account_sid", "account_sid"),
        ("api_version", "api_version"),
        ("call_sid", "call_sid"),
        ("conference_sid", "conference_sid"),
        ("date_created", "date_created"),
        ("date_updated", "date_updated"),
        ("start_time", "start_time"),
        ("duration", "duration"),
        ("sid", "sid"),
        ("price", "price"),
        ("uri", "uri"),
        ("encryption_details", "encryption_details"),
        ("price_unit", "price_unit"),
        ("status", "status"),
        ("channels", "channels"),
        ("source", "source"),
        ("error_code", "error_code"),
        ("track", "track"),
    )

    @property
    def account_sid(self) -> str | None:
        """The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the
        Recording resource."""
        return self._data.get("account_sid")

    @property
    def api_version(self) -> str | None:
        """The API version used to make the recording."""
        return self._data.get("api_version")

    @property
    def call_sid(self) -> str | None:
        """The SID of the [Call](https://www.twilio.com/docs/voice/api/call-resource) the Recording
        resource is associated with."""
        return self._data.get("call_sid")

    @property
    def conference_sid(self) -> str | None:
        """The Conference SID that identifies the conference associated with the recording, if a
        conference recording."""
        return self._data.get("conference_sid")

    @property
    def date_created(self) -> datetime.datetime | None:
        """The date and time in GMT that the resource was created specified in [RFC
        2822](https://www.ietf.org/rfc/rfc2822.txt) format."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("date_created", _MISSING)
        if value is _MISSING:
            raw = self._data.get("date_created")
            value = cache["date_created"] = None if raw is None else _rt_rfc2822_datetime(raw)
        return value

    @property
    def date_updated(self) -> datetime.datetime | None:
        """The date and time in GMT that the resource was last updated, specified in [RFC
        2822](https://www.ietf.org/rfc/rfc2822.txt) format."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("date_updated", _MISSING)
        if value is _MISSING:
            raw = self._data.get("date_updated")
            value = cache["date_updated"] = None if raw is None else _rt_rfc2822_datetime(raw)
        return value

    @property
    def start_time(self) -> datetime.datetime | None:
        """The start time of the recording in GMT and in [RFC
        2822](https://www.php.net/manual/en/class.datetime.php#datetime.constants.rfc2822)
        format."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("start_time", _MISSING)
        if value is _MISSING:
            raw = self._data.get("start_time")
            value = cache["start_time"] = None if raw is None else _rt_rfc2822_datetime(raw)
        return value

    @property
    def duration(self) -> int | None:
        """The length of the recording in seconds."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("duration", _MISSING)
        if value is _MISSING:
            raw = self._data.get("duration")
            value = cache["duration"] = None if raw is None else _rt_int_string(raw)
        return value

    @property
    def sid(self) -> str | None:
        """The unique string that that we created to identify the Recording resource."""
        return self._data.get("sid")

    @property
    def price(self) -> decimal.Decimal | None:
        """The one-time cost of creating the recording in the `price_unit` currency."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("price", _MISSING)
        if value is _MISSING:
            raw = self._data.get("price")
            value = cache["price"] = None if raw is None else _rt_decimal_string(raw)
        return value

    @property
    def uri(self) -> str | None:
        """The URI of the resource, relative to `https://api.twilio.com`."""
        return self._data.get("uri")

    @property
    def encryption_details(self) -> dict[str, Any] | None:
        """How to decrypt the recording if it was encrypted using [Call Recording
        Encryption](https://www.twilio.com/docs/voice/tutorials/voice-recording-encryption)
        feature."""
        return self._data.get("encryption_details")

    @property
    def price_unit(self) -> str | None:
        """The currency used in the `price` property. Example: `USD`."""
        return self._data.get("price_unit")

    @property
    def status(self) -> CallRecordingStatus | str | None:
        """The status of the recording. Can be: `processing`, `completed` and `absent`. For more
        detailed statuses on in-progress recordings, check out how to [Update a Recording
        Resource](https://www.twilio.com/docs/voice/api/recording#update-a-recording-resource)."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("status", _MISSING)
        if value is _MISSING:
            raw = self._data.get("status")
            value = cache["status"] = None if raw is None else _conv_status(raw)
        return value

    @property
    def channels(self) -> int | None:
        """The number of channels in the final recording file. Can be: `1`, or `2`. Separating a
        two leg call into two separate channels of the recording file is supported in
        [Dial](https://www.twilio.com/docs/voice/twiml/dial#attributes-record) and [Outbound
        Rest API](https://www.twilio.com/docs/voice/make-calls) record options."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("channels", _MISSING)
        if value is _MISSING:
            raw = self._data.get("channels")
            value = cache["channels"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def source(self) -> RecordingSource | str | None:
        """How the recording was created. Can be: `DialVerb`, `Conference`, `OutboundAPI`,
        `Trunking`, `RecordVerb`, `StartCallRecordingAPI`, and `StartConferenceRecordingAPI`."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("source", _MISSING)
        if value is _MISSING:
            raw = self._data.get("source")
            value = cache["source"] = None if raw is None else _conv_source(raw)
        return value

    @property
    def error_code(self) -> int | None:
        """The error code that describes why the recording is `absent`. The error code is described
        in our [Error Dictionary](https://www.twilio.com/docs/api/errors). This value is null if
        the recording `status` is not `absent`."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("error_code", _MISSING)
        if value is _MISSING:
            raw = self._data.get("error_code")
            value = cache["error_code"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def track(self) -> str | None:
        """The recorded track. Can be: `inbound`, `outbound`, or `both`."""
        return self._data.get("track")
