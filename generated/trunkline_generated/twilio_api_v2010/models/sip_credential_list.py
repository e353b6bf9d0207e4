"""SipCredentialList: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import rfc2822_datetime as _rt_rfc2822_datetime

if TYPE_CHECKING:
    import datetime


class SipCredentialList(Record):
    """SipCredentialList record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("account_sid", "account_sid"),
        ("date_created", "date_created"),
        ("date_updated", "date_updated"),
        ("friendly_name", "friendly_name"),
        ("sid", "sid"),
        ("subresource_uris", "subresource_uris"),
        ("uri", "uri"),
    )

    @property
    def account_sid(self) -> str | None:
        """The unique id of the [Account](https://www.twilio.com/docs/iam/api/account) that owns
        this resource."""
        return self._data.get("account_sid")

    @property
    def date_created(self) -> datetime.datetime | None:
        """The date that this resource was created, given as GMT in [RFC
        2822](https://www.php.net/manual/en/class.datetime.php#datetime.constants.rfc2822)
        format."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("date_created", _MISSING)
        if value is _MISSING:
            raw = self._data.get("date_created")
            value = cache["date_created"] = None if raw is None else _rt_rfc2822_datetime(raw)
        return value

    @property
    def date_updated(self) -> datetime.datetime | None:
        """The date that this resource was last updated, given as GMT in [RFC
        2822](https://www.php.net/manual/en/class.datetime.php#datetime.constants.rfc2822)
        format."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("date_updated", _MISSING)
        if value is _MISSING:
            raw = self._data.get("date_updated")
            value = cache["date_updated"] = None if raw is None else _rt_rfc2822_datetime(raw)
        return value

    @property
    def friendly_name(self) -> str | None:
        """A human readable descriptive text that describes the CredentialList, up to 64 characters
        long."""
        return self._data.get("friendly_name")

    @property
    def sid(self) -> str | None:
        """A 34 character string that uniquely identifies this resource."""
        return self._data.get("sid")

    @property
    def subresource_uris(self) -> dict[str, Any] | None:
        """A list of credentials associated with this credential list."""
        return self._data.get("subresource_uris")

    @property
    def uri(self) -> str | None:
        """The URI for this resource, relative to `https://api.twilio.com`."""
        return self._data.get("uri")
