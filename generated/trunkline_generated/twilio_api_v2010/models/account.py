"""Account: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import enum as _rt_enum
from ..._runtime import rfc2822_datetime as _rt_rfc2822_datetime
from .account_status import AccountStatus
from .account_type import AccountType

if TYPE_CHECKING:
    import datetime


_conv_status = _rt_enum(AccountStatus)
_conv_type_ = _rt_enum(AccountType)


class Account(Record):
    """Account record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("auth_token", "auth_token"),
        ("date_created", "date_created"),
        ("date_updated", "date_updated"),
        ("friendly_name", "friendly_name"),
        ("owner_account_sid", "owner_account_sid"),
        ("sid", "sid"),
        ("status", "status"),
        ("subresource_uris", "subresource_uris"),
        ("type_", "type"),
        ("uri", "uri"),
    )

    @property
    def auth_token(self) -> str | None:
        """The authorization token for this account. This token should be kept a secret, so no
        sharing."""
        return self._data.get("auth_token")

    @property
    def date_created(self) -> datetime.datetime | None:
        """The date that this account was created, in GMT in RFC 2822 format"""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("date_created", _MISSING)
        if value is _MISSING:
            raw = self._data.get("date_created")
            value = cache["date_created"] = None if raw is None else _rt_rfc2822_datetime(raw)
        return value

    @property
    def date_updated(self) -> datetime.datetime | None:
        """The date that this account was last updated, in GMT in RFC 2822 format."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("date_updated", _MISSING)
        if value is _MISSING:
            raw = self._data.get("date_updated")
            value = cache["date_updated"] = None if raw is None else _rt_rfc2822_datetime(raw)
        return value

    @property
    def friendly_name(self) -> str | None:
        """A human readable description of this account, up to 64 characters long. By default the
        FriendlyName is your email address."""
        return self._data.get("friendly_name")

    @property
    def owner_account_sid(self) -> str | None:
        """The unique 34 character id that represents the parent of this account. The
        OwnerAccountSid of a parent account is it's own sid."""
        return self._data.get("owner_account_sid")

    @property
    def sid(self) -> str | None:
        """A 34 character string that uniquely identifies this resource."""
        return self._data.get("sid")

    @property
    def status(self) -> AccountStatus | str | None:
        """The status of this account. Usually `active`, but can be `suspended` or `closed`."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("status", _MISSING)
        if value is _MISSING:
            raw = self._data.get("status")
            value = cache["status"] = None if raw is None else _conv_status(raw)
        return value

    @property
    def subresource_uris(self) -> dict[str, Any] | None:
        """A Map of various subresources available for the given Account Instance"""
        return self._data.get("subresource_uris")

    @property
    def type_(self) -> AccountType | str | None:
        """The type of this account. Either `Trial` or `Full` if it's been upgraded"""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("type", _MISSING)
        if value is _MISSING:
            raw = self._data.get("type")
            value = cache["type"] = None if raw is None else _conv_type_(raw)
        return value

    @property
    def uri(self) -> str | None:
        """The URI for this resource, relative to `https://api.twilio.com`"""
        return self._data.get("uri")
