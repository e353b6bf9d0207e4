"""Country: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import Record

if TYPE_CHECKING:
    pass


class Country(Record):
    """A country in a list of prices; fetch it by `iso_country` for the prices themselves.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("country", "country"),
        ("iso_country", "iso_country"),
        ("url", "url"),
    )

    @property
    def country(self) -> str | None:
        """The name of the country."""
        return self._data.get("country")

    @property
    def iso_country(self) -> str | None:
        """The [ISO country code](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)."""
        return self._data.get("iso_country")

    @property
    def url(self) -> str | None:
        """The absolute URL of the resource."""
        return self._data.get("url")
