"""Transcription: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import decimal_string as _rt_decimal_string
from ..._runtime import enum as _rt_enum
from ..._runtime import int_string as _rt_int_string
from ..._runtime import rfc2822_datetime as _rt_rfc2822_datetime
from .transcription_status import TranscriptionStatus

if TYPE_CHECKING:
    import datetime
    import decimal


_conv_status = _rt_enum(TranscriptionStatus)


class Transcription(Record):
    """Transcription record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("account_sid", "account_sid"),
        ("api_version", "api_version"),
        ("date_created", "date_created"),
        ("date_updated", "date_updated"),
        ("duration", "duration"),
        ("price", "price"),
        ("price_unit", "price_unit"),
        ("recording_sid", "recording_sid"),
        ("sid", "sid"),
        ("status", "status"),
        ("transcription_text", "transcription_text"),
        ("type_", "type"),
        ("uri", "uri"),
    )

    @property
    def account_sid(self) -> str | None:
        """The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the
        Transcription resource."""
        return self._data.get("account_sid")

    @property
    def api_version(self) -> str | None:
        """The API version used to create the transcription."""
        return self._data.get("api_version")

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
        """The date and time in GMT that the resource was last updated specified in [RFC
        2822](https://www.ietf.org/rfc/rfc2822.txt) format."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("date_updated", _MISSING)
        if value is _MISSING:
            raw = self._data.get("date_updated")
            value = cache["date_updated"] = None if raw is None else _rt_rfc2822_datetime(raw)
        return value

    @property
    def duration(self) -> int | None:
        """The duration of the transcribed audio in seconds."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("duration", _MISSING)
        if value is _MISSING:
            raw = self._data.get("duration")
            value = cache["duration"] = None if raw is None else _rt_int_string(raw)
        return value

    @property
    def price(self) -> decimal.Decimal | None:
        """The charge for the transcript in the currency associated with the account. This value is
        populated after the transcript is complete so it may not be available immediately."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("price", _MISSING)
        if value is _MISSING:
            raw = self._data.get("price")
            value = cache["price"] = None if raw is None else _rt_decimal_string(raw)
        return value

    @property
    def price_unit(self) -> str | None:
        """The currency in which `price` is measured, in [ISO
        4127](https://www.iso.org/iso/home/standards/currency_codes.htm) format (e.g. `usd`,
        `eur`, `jpy`)."""
        return self._data.get("price_unit")

    @property
    def recording_sid(self) -> str | None:
        """The SID of the [Recording](https://www.twilio.com/docs/voice/api/recording) from which
        the transcription was created."""
        return self._data.get("recording_sid")

    @property
    def sid(self) -> str | None:
        """The unique string that that we created to identify the Transcription resource."""
        return self._data.get("sid")

    @property
    def status(self) -> TranscriptionStatus | str | None:
        """The status of the transcription. Can be: `in-progress`, `completed`, `failed`."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("status", _MISSING)
        if value is _MISSING:
            raw = self._data.get("status")
            value = cache["status"] = None if raw is None else _conv_status(raw)
        return value

    @property
    def transcription_text(self) -> str | None:
        """The text content of the transcription."""
        return self._data.get("transcription_text")

    @property
    def type_(self) -> str | None:
        """The transcription type. Can only be: `fast`."""
        return self._data.get("type")

    @property
    def uri(self) -> str | None:
        """The URI of the resource, relative to `https://api.twilio.com`."""
        return self._data.get("uri")
