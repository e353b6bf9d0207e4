"""AvailablePhoneNumberCountry: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import bool_value as _rt_bool_value

if TYPE_CHECKING:
    pass


class AvailablePhoneNumberCountry(Record):
    """AvailablePhoneNumberCountry record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("country_code", "country_code"),
        ("country", "country"),
        ("uri", "uri"),
        ("beta", "beta"),
        ("subresource_uris", "subresource_uris"),
    )

    @property
    def country_code(self) -> str | None:
        """The [ISO-3166-1](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2) country code of the
        country."""
        return self._data.get("country_code")

    @property
    def country(self) -> str | None:
        """The name of the country."""
        return self._data.get("country")

    @property
    def uri(self) -> str | None:
        """The URI of the Country resource, relative to `https://api.twilio.com`."""
        return self._data.get("uri")

    @property
    def beta(self) -> bool | None:
        """Whether all phone numbers available in the country are new to the Twilio platform.
        `true` if they are and `false` if all numbers are not in the Twilio Phone Number Beta
        program."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("beta", _MISSING)
        if value is _MISSING:
            raw = self._data.get("beta")
            value = cache["beta"] = None if raw is None else _rt_bool_value(raw)
        return value

    @property
    def subresource_uris(self) -> dict[str, Any] | None:
        """A list of related AvailablePhoneNumber resources identified by their URIs relative to
        `https://api.twilio.com`."""
        return self._data.get("subresource_uris")
