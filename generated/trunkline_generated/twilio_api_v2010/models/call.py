"""Call: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import decimal_string as _rt_decimal_string
from ..._runtime import enum as _rt_enum
from ..._runtime import int_string as _rt_int_string
from ..._runtime import rfc2822_datetime as _rt_rfc2822_datetime
from .call_status import CallStatus

if TYPE_CHECKING:
    import datetime
    import decimal


_conv_status = _rt_enum(CallStatus)


class Call(Record):
    """Call record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("sid", "sid"),
        ("date_created", "date_created"),
        ("date_updated", "date_updated"),
        ("parent_call_sid", "parent_call_sid"),
        ("account_sid", "account_sid"),
        ("to", "to"),
        ("to_formatted", "to_formatted"),
        ("from_", "from"),
        ("from_formatted", "from_formatted"),
        ("phone_number_sid", "phone_number_sid"),
        ("status", "status"),
        ("start_time", "start_time"),
        ("end_time", "end_time"),
        ("duration", "duration"),
        ("price", "price"),
        ("price_unit", "price_unit"),
        ("direction", "direction"),
        ("answered_by", "answered_by"),
        ("api_version", "api_version"),
        ("forwarded_from", "forwarded_from"),
        ("group_sid", "group_sid"),
        ("caller_name", "caller_name"),
        ("queue_time", "queue_time"),
        ("trunk_sid", "trunk_sid"),
        ("uri", "uri"),
        ("subresource_uris", "subresource_uris"),
    )

    @property
    def sid(self) -> str | None:
        """The unique string that we created to identify this Call resource."""
        return self._data.get("sid")

    @property
    def date_created(self) -> datetime.datetime | None:
        """The date and time in UTC that this resource was created specified in [RFC
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
        """The date and time in UTC that this resource was last updated, specified in [RFC
        2822](https://www.ietf.org/rfc/rfc2822.txt) format."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("date_updated", _MISSING)
        if value is _MISSING:
            raw = self._data.get("date_updated")
            value = cache["date_updated"] = None if raw is None else _rt_rfc2822_datetime(raw)
        return value

    @property
    def parent_call_sid(self) -> str | None:
        """The SID that identifies the call that created this leg."""
        return self._data.get("parent_call_sid")

    @property
    def account_sid(self) -> str | None:
        """The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created this
        Call resource."""
        return self._data.get("account_sid")

    @property
    def to(self) -> str | None:
        """The phone number, SIP address, Client identifier or SIM SID that received this call.
        Phone numbers are in [E.164](https://www.twilio.com/docs/glossary/what-e164) format
        (e.g., +16175551212). SIP addresses are formatted as `name@company.com`. Client
        identifiers are formatted `client:name`. SIM SIDs are formatted as `sim:sid`."""
        return self._data.get("to")

    @property
    def to_formatted(self) -> str | None:
        """The phone number, SIP address or Client identifier that received this call. Formatted
        for display. Non-North American phone numbers are in
        [E.164](https://www.twilio.com/docs/glossary/what-e164) format (e.g., +442071838750)."""
        return self._data.get("to_formatted")

    @property
    def from_(self) -> str | None:
        """The phone number, SIP address, Client identifier or SIM SID that made this call. Phone
        numbers are in [E.164](https://www.twilio.com/docs/glossary/what-e164) format (e.g.,
        +16175551212). SIP addresses are formatted as `name@company.com`. Client identifiers are
        formatted `client:name`. SIM SIDs are formatted as `sim:sid`."""
        return self._data.get("from")

    @property
    def from_formatted(self) -> str | None:
        """The calling phone number, SIP address, or Client identifier formatted for display. Non-
        North American phone numbers are in
        [E.164](https://www.twilio.com/docs/glossary/what-e164) format (e.g., +442071838750)."""
        return self._data.get("from_formatted")

    @property
    def phone_number_sid(self) -> str | None:
        """If the call was inbound, this is the SID of the IncomingPhoneNumber resource that
        received the call. If the call was outbound, it is the SID of the OutgoingCallerId
        resource from which the call was placed."""
        return self._data.get("phone_number_sid")

    @property
    def status(self) -> CallStatus | str | None:
        """The status of this call. Can be: `queued`, `ringing`, `in-progress`, `canceled`,
        `completed`, `failed`, `busy` or `no-answer`. See [Call Status
        Values](https://www.twilio.com/docs/voice/api/call-resource#call-status-values) below
        for more information."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("status", _MISSING)
        if value is _MISSING:
            raw = self._data.get("status")
            value = cache["status"] = None if raw is None else _conv_status(raw)
        return value

    @property
    def start_time(self) -> datetime.datetime | None:
        """The start time of the call, given as UTC in [RFC
        2822](https://www.php.net/manual/en/class.datetime.php#datetime.constants.rfc2822)
        format. Empty if the call has not yet been dialed."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("start_time", _MISSING)
        if value is _MISSING:
            raw = self._data.get("start_time")
            value = cache["start_time"] = None if raw is None else _rt_rfc2822_datetime(raw)
        return value

    @property
    def end_time(self) -> datetime.datetime | None:
        """The time the call ended, given as UTC in [RFC
        2822](https://www.php.net/manual/en/class.datetime.php#datetime.constants.rfc2822)
        format. Empty if the call did not complete successfully."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("end_time", _MISSING)
        if value is _MISSING:
            raw = self._data.get("end_time")
            value = cache["end_time"] = None if raw is None else _rt_rfc2822_datetime(raw)
        return value

    @property
    def duration(self) -> int | None:
        """The length of the call in seconds. This value is empty for busy, failed, unanswered, or
        ongoing calls."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("duration", _MISSING)
        if value is _MISSING:
            raw = self._data.get("duration")
            value = cache["duration"] = None if raw is None else _rt_int_string(raw)
        return value

    @property
    def price(self) -> decimal.Decimal | None:
        """The charge for this call, in the currency associated with the account. Populated after
        the call is completed. May not be immediately available. The price associated with a
        call only reflects the charge for connectivity. Charges for other call-related features
        such as Answering Machine Detection, Text-To-Speech, and SIP REFER are not included in
        this value."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("price", _MISSING)
        if value is _MISSING:
            raw = self._data.get("price")
            value = cache["price"] = None if raw is None else _rt_decimal_string(raw)
        return value

    @property
    def price_unit(self) -> str | None:
        """The currency in which `Price` is measured, in [ISO
        4127](https://www.iso.org/iso/home/standards/currency_codes.htm) format (e.g., `USD`,
        `EUR`, `JPY`). Always capitalized for calls."""
        return self._data.get("price_unit")

    @property
    def direction(self) -> str | None:
        """A string describing the direction of the call. Can be: `inbound` for inbound calls,
        `outbound-api` for calls initiated via the REST API or `outbound-dial` for calls
        initiated by a `<Dial>` verb. Using [Elastic SIP
        Trunking](https://www.twilio.com/docs/sip-trunking), the values can be [`trunking-
        terminating`](https://www.twilio.com/docs/sip-trunking#termination) for outgoing calls
        from your communications infrastructure to the PSTN or [`trunking-
        originating`](https://www.twilio.com/docs/sip-trunking#origination) for incoming calls
        to your communications infrastructure from the PSTN."""
        return self._data.get("direction")

    @property
    def answered_by(self) -> str | None:
        """Either `human` or `machine` if this call was initiated with answering machine detection.
        Empty otherwise."""
        return self._data.get("answered_by")

    @property
    def api_version(self) -> str | None:
        """The API version used to create the call."""
        return self._data.get("api_version")

    @property
    def forwarded_from(self) -> str | None:
        """The forwarding phone number if this call was an incoming call forwarded from another
        number (depends on carrier supporting forwarding). Otherwise, empty."""
        return self._data.get("forwarded_from")

    @property
    def group_sid(self) -> str | None:
        """The Group SID associated with this call. If no Group is associated with the call, the
        field is empty."""
        return self._data.get("group_sid")

    @property
    def caller_name(self) -> str | None:
        """The caller's name if this call was an incoming call to a phone number with caller ID
        Lookup enabled. Otherwise, empty."""
        return self._data.get("caller_name")

    @property
    def queue_time(self) -> int | None:
        """The wait time in milliseconds before the call is placed."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("queue_time", _MISSING)
        if value is _MISSING:
            raw = self._data.get("queue_time")
            value = cache["queue_time"] = None if raw is None else _rt_int_string(raw)
        return value

    @property
    def trunk_sid(self) -> str | None:
        """The unique identifier of the trunk resource that was used for this call. The field is
        empty if the call was not made using a SIP trunk or if the call is not terminated."""
        return self._data.get("trunk_sid")

    @property
    def uri(self) -> str | None:
        """The URI of this resource, relative to `https://api.twilio.com`."""
        return self._data.get("uri")

    @property
    def subresource_uris(self) -> dict[str, Any] | None:
        """A list of subresources available to this call, identified by their URIs relative to
        `https://api.twilio.com`."""
        return self._data.get("subresource_uris")
