"""Participant: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import bool_value as _rt_bool_value
from ..._runtime import enum as _rt_enum
from ..._runtime import int_string as _rt_int_string
from ..._runtime import rfc2822_datetime as _rt_rfc2822_datetime
from .participant_status import ParticipantStatus

if TYPE_CHECKING:
    import datetime


_conv_status = _rt_enum(ParticipantStatus)


class Participant(Record):
    """Participant record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("account_sid", "account_sid"),
        ("call_sid", "call_sid"),
        ("label", "label"),
        ("call_sid_to_coach", "call_sid_to_coach"),
        ("coaching", "coaching"),
        ("conference_sid", "conference_sid"),
        ("date_created", "date_created"),
        ("date_updated", "date_updated"),
        ("end_conference_on_exit", "end_conference_on_exit"),
        ("muted", "muted"),
        ("hold", "hold"),
        ("start_conference_on_enter", "start_conference_on_enter"),
        ("status", "status"),
        ("queue_time", "queue_time"),
        ("uri", "uri"),
    )

    @property
    def account_sid(self) -> str | None:
        """The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the
        Participant resource."""
        return self._data.get("account_sid")

    @property
    def call_sid(self) -> str | None:
        """The SID of the [Call](https://www.twilio.com/docs/voice/api/call-resource) the
        Participant resource is associated with."""
        return self._data.get("call_sid")

    @property
    def label(self) -> str | None:
        """The user-specified label of this participant, if one was given when the participant was
        created. This may be used to fetch, update or delete the participant."""
        return self._data.get("label")

    @property
    def call_sid_to_coach(self) -> str | None:
        """The SID of the participant who is being `coached`. The participant being coached is the
        only participant who can hear the participant who is `coaching`."""
        return self._data.get("call_sid_to_coach")

    @property
    def coaching(self) -> bool | None:
        """Whether the participant is coaching another call. Can be: `true` or `false`. If not
        present, defaults to `false` unless `call_sid_to_coach` is defined. If `true`,
        `call_sid_to_coach` must be defined."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("coaching", _MISSING)
        if value is _MISSING:
            raw = self._data.get("coaching")
            value = cache["coaching"] = None if raw is None else _rt_bool_value(raw)
        return value

    @property
    def conference_sid(self) -> str | None:
        """The SID of the conference the participant is in."""
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
    def end_conference_on_exit(self) -> bool | None:
        """Whether the conference ends when the participant leaves. Can be: `true` or `false` and
        the default is `false`. If `true`, the conference ends and all other participants drop
        out when the participant leaves."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("end_conference_on_exit", _MISSING)
        if value is _MISSING:
            raw = self._data.get("end_conference_on_exit")
            value = cache["end_conference_on_exit"] = None if raw is None else _rt_bool_value(raw)
        return value

    @property
    def muted(self) -> bool | None:
        """Whether the participant is muted. Can be `true` or `false`."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("muted", _MISSING)
        if value is _MISSING:
            raw = self._data.get("muted")
            value = cache["muted"] = None if raw is None else _rt_bool_value(raw)
        return value

    @property
    def hold(self) -> bool | None:
        """Whether the participant is on hold. Can be `true` or `false`."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("hold", _MISSING)
        if value is _MISSING:
            raw = self._data.get("hold")
            value = cache["hold"] = None if raw is None else _rt_bool_value(raw)
        return value

    @property
    def start_conference_on_enter(self) -> bool | None:
        """Whether the conference starts when the participant joins the conference, if it has not
        already started. Can be: `true` or `false` and the default is `true`. If `false` and the
        conference has not started, the participant is muted and hears background music until
        another participant starts the conference."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("start_conference_on_enter", _MISSING)
        if value is _MISSING:
            raw = self._data.get("start_conference_on_enter")
            value = cache["start_conference_on_enter"] = (
                None if raw is None else _rt_bool_value(raw)
            )
        return value

    @property
    def status(self) -> ParticipantStatus | str | None:
        """The status of the participant's call in a session. Can be: `queued`, `connecting`,
        `ringing`, `connected`, `complete`, or `failed`."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("status", _MISSING)
        if value is _MISSING:
            raw = self._data.get("status")
            value = cache["status"] = None if raw is None else _conv_status(raw)
        return value

    @property
    def queue_time(self) -> int | None:
        """The wait time in milliseconds before participant's call is placed. Only available in the
        response to a create participant request."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("queue_time", _MISSING)
        if value is _MISSING:
            raw = self._data.get("queue_time")
            value = cache["queue_time"] = None if raw is None else _rt_int_string(raw)
        return value

    @property
    def uri(self) -> str | None:
        """The URI of the resource, relative to `https://api.twilio.com`."""
        return self._data.get("uri")
