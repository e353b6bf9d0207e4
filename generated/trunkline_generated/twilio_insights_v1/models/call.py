"""Call: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import Record

if TYPE_CHECKING:
    pass


class Call(Record):
    """Call record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("sid", "sid"),
        ("url", "url"),
        ("links", "links"),
    )

    @property
    def sid(self) -> str | None:
        """The SID of the Call."""
        return self._data.get("sid")

    @property
    def url(self) -> str | None:
        """The absolute URL of this resource."""
        return self._data.get("url")

    @property
    def links(self) -> dict[str, Any] | None:
        """The URLs of the Call Summary, Events and Metrics of the Call."""
        return self._data.get("links")
