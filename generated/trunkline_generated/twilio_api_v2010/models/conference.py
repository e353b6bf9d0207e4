"""Conference: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import enum as _rt_enum
from ..._runtime import rfc2822_datetime as _rt_rfc2822_datetime
from .conference_ended_reason import ConferenceEndedReason
from .conference_status import ConferenceStatus

if TYPE_CHECKING:
    import datetime


_conv_status = _rt_enum(ConferenceStatus)
_conv_reason_conference_ended = _rt_enum(ConferenceEndedReason)


class Conference(Record):
    """Conference record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("account_sid", "account_sid"),
        ("date_created", "date_created"),
        ("date_updated", "date_updated"),
        ("api_version", "api_version"),
        ("friendly_name", "friendly_name"),
        ("region", "region"),
        ("sid", "sid"),
        ("status", "status"),
        ("uri", "uri"),
        ("subresource_uris", "subresource_uris"),
        ("reason_conference_ended", "reason_conference_ended"),
        ("call_sid_ending_conference", "call_sid_ending_conference"),
    )

    @property
    def account_sid(self) -> str | None:
        """The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created this
        Conference resource."""
        return self._data.get("account_sid")

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
    def api_version(self) -> str | None:
        """The API version used to create this conference."""
        return self._data.get("api_version")

    @property
    def friendly_name(self) -> str | None:
        """A string that you assigned to describe this conference room. Maximum length is 128
        characters."""
        return self._data.get("friendly_name")

    @property
    def region(self) -> str | None:
        """A string that represents the Twilio Region where the conference audio was mixed. May be
        `us1`, `us2`, `ie1`, `de1`, `sg1`, `br1`, `au1`, and `jp1`. Basic conference audio will
        always be mixed in `us1`. Global Conference audio will be mixed nearest to the majority
        of participants."""
        return self._data.get("region")

    @property
    def sid(self) -> str | None:
        """The unique, Twilio-provided string used to identify this Conference resource."""
        return self._data.get("sid")

    @property
    def status(self) -> ConferenceStatus | str | None:
        """The status of this conference. Can be: `init`, `in-progress`, or `completed`."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("status", _MISSING)
        if value is _MISSING:
            raw = self._data.get("status")
            value = cache["status"] = None if raw is None else _conv_status(raw)
        return value

    @property
    def uri(self) -> str | None:
        """The URI of this resource, relative to `https://api.twilio.com`."""
        return self._data.get("uri")

    @property
    def subresource_uris(self) -> dict[str, Any] | None:
        """A list of related resources identified by their URIs relative to
        `https://api.twilio.com`."""
        return self._data.get("subresource_uris")

    @property
    def reason_conference_ended(self) -> ConferenceEndedReason | str | None:
        """The reason why a conference ended. When a conference is in progress, will be `null`.
        When conference is completed, can be: `conference-ended-via-api`, `participant-with-end-
        conference-on-exit-left`, `participant-with-end-conference-on-exit-kicked`, `last-
        participant-kicked`, or `last-participant-left`."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("reason_conference_ended", _MISSING)
        if value is _MISSING:
            raw = self._data.get("reason_conference_ended")
            value = cache["reason_conference_ended"] = (
                None if raw is None else _conv_reason_conference_ended(raw)
            )
        return value

    @property
    def call_sid_ending_conference(self) -> str | None:
        """The call SID that caused the conference to end."""
        return self._data.get("call_sid_ending_conference")
