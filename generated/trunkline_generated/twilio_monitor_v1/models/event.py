"""Event: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import iso_datetime as _rt_iso_datetime

if TYPE_CHECKING:
    import datetime


class Event(Record):
    """Event record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("sid", "sid"),
        ("account_sid", "account_sid"),
        ("actor_sid", "actor_sid"),
        ("actor_type", "actor_type"),
        ("description", "description"),
        ("event_data", "event_data"),
        ("event_date", "event_date"),
        ("event_type", "event_type"),
        ("resource_sid", "resource_sid"),
        ("resource_type", "resource_type"),
        ("source", "source"),
        ("source_ip_address", "source_ip_address"),
        ("url", "url"),
        ("links", "links"),
    )

    @property
    def sid(self) -> str | None:
        """The unique string that we created to identify the Event resource."""
        return self._data.get("sid")

    @property
    def account_sid(self) -> str | None:
        """The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the
        Event resource."""
        return self._data.get("account_sid")

    @property
    def actor_sid(self) -> str | None:
        """The SID of the actor that caused the event, if available. This can be either a User ID
        (`US...`) or an Account SID (`AC...`). If the actor's SID isn't available, this field
        will be `null`."""
        return self._data.get("actor_sid")

    @property
    def actor_type(self) -> str | None:
        """The type of actor that caused the event. Can be: `user` for a change made by a logged-in
        user in the Twilio Console, `account` for an event caused by an API request by an
        authenticating Account, `twilio-admin` for an event caused by a Twilio employee, and so
        on."""
        return self._data.get("actor_type")

    @property
    def description(self) -> str | None:
        """A description of the event. Can be `null`."""
        return self._data.get("description")

    @property
    def event_data(self) -> dict[str, Any] | None:
        """An object with additional data about the event. The contents depend on `event_type`. For
        example, event-types of the form `RESOURCE.updated`, this value contains a
        `resource_properties` dictionary that describes the previous and updated properties of
        the resource."""
        return self._data.get("event_data")

    @property
    def event_date(self) -> datetime.datetime | None:
        """The date and time in GMT when the event was recorded specified in [ISO
        8601](https://en.wikipedia.org/wiki/ISO_8601) format."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("event_date", _MISSING)
        if value is _MISSING:
            raw = self._data.get("event_date")
            value = cache["event_date"] = None if raw is None else _rt_iso_datetime(raw)
        return value

    @property
    def event_type(self) -> str | None:
        """The event's type. Event-types are typically in the form: `RESOURCE_TYPE.ACTION`, where
        `RESOURCE_TYPE` is the type of resource that was affected and `ACTION` is what happened
        to it. For example, `phone-number.created`. For a full list of all event-types, see the
        [Monitor Event Types](https://www.twilio.com/docs/usage/monitor-events#event-types)."""
        return self._data.get("event_type")

    @property
    def resource_sid(self) -> str | None:
        """The SID of the resource that was affected."""
        return self._data.get("resource_sid")

    @property
    def resource_type(self) -> str | None:
        """The type of resource that was affected. For a full list of all resource-types, see the
        [Monitor Event Types](https://www.twilio.com/docs/usage/monitor-events#event-types)."""
        return self._data.get("resource_type")

    @property
    def source(self) -> str | None:
        """The originating system or interface that caused the event. Can be: `web` for events
        caused by user action in the Twilio Console, `api` for events caused by a request to our
        API, or `twilio` for events caused by an automated or internal Twilio system."""
        return self._data.get("source")

    @property
    def source_ip_address(self) -> str | None:
        """The IP address of the source, if the source is outside the Twilio cloud. This value is
        `null` for events with `source` of `twilio`."""
        return self._data.get("source_ip_address")

    @property
    def url(self) -> str | None:
        """The absolute URL of the resource that was affected. Can be `null`."""
        return self._data.get("url")

    @property
    def links(self) -> dict[str, Any] | None:
        """The absolute URLs of related resources (`actor`, `resource`)."""
        return self._data.get("links")
