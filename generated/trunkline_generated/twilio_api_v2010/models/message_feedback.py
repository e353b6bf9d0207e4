"""MessageFeedback: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import enum as _rt_enum
from ..._runtime import rfc2822_datetime as _rt_rfc2822_datetime
from .message_feedback_outcome import MessageFeedbackOutcome

if TYPE_CHECKING:
    import datetime


_conv_outcome = _rt_enum(MessageFeedbackOutcome)


class MessageFeedback(Record):
    """MessageFeedback record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("account_sid", "account_sid"),
        ("message_sid", "message_sid"),
        ("outcome", "outcome"),
        ("date_created", "date_created"),
        ("date_updated", "date_updated"),
        ("uri", "uri"),
    )

    @property
    def account_sid(self) -> str | None:
        """The SID of the [Account](https://www.twilio.com/docs/iam/api/account) associated with
        this MessageFeedback resource."""
        return self._data.get("account_sid")

    @property
    def message_sid(self) -> str | None:
        """The SID of the Message resource associated with this MessageFeedback resource."""
        return self._data.get("message_sid")

    @property
    def outcome(self) -> MessageFeedbackOutcome | str | None:
        """Reported outcome indicating whether there is confirmation that the Message recipient
        performed a tracked user action. Can be: `unconfirmed` or `confirmed`. For more details
        see [How to Optimize Message Deliverability with Message
        Feedback](https://www.twilio.com/docs/messaging/guides/send-message-feedback-to-twilio)."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("outcome", _MISSING)
        if value is _MISSING:
            raw = self._data.get("outcome")
            value = cache["outcome"] = None if raw is None else _conv_outcome(raw)
        return value

    @property
    def date_created(self) -> datetime.datetime | None:
        """The date and time in GMT when this MessageFeedback resource was created, specified in
        [RFC 2822](https://www.ietf.org/rfc/rfc2822.txt) format."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("date_created", _MISSING)
        if value is _MISSING:
            raw = self._data.get("date_created")
            value = cache["date_created"] = None if raw is None else _rt_rfc2822_datetime(raw)
        return value

    @property
    def date_updated(self) -> datetime.datetime | None:
        """The date and time in GMT when this MessageFeedback resource was last updated, specified
        in [RFC 2822](https://www.ietf.org/rfc/rfc2822.txt) format."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("date_updated", _MISSING)
        if value is _MISSING:
            raw = self._data.get("date_updated")
            value = cache["date_updated"] = None if raw is None else _rt_rfc2822_datetime(raw)
        return value

    @property
    def uri(self) -> str | None:
        """The URI of the resource, relative to `https://api.twilio.com`."""
        return self._data.get("uri")
