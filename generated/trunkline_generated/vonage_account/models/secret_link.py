"""SecretLink: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import Record

if TYPE_CHECKING:
    pass


class SecretLink(Record):
    """SecretLink record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (("href", "href"),)

    @property
    def href(self) -> str | None:
        """The link, a path relative to the host."""
        return self._data.get("href")
