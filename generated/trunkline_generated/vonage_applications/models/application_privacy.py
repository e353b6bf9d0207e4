"""ApplicationPrivacy: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import Record

if TYPE_CHECKING:
    pass


class ApplicationPrivacy(Record):
    """Privacy settings.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (("improve_ai", "improve_ai"),)

    @property
    def improve_ai(self) -> bool | None:
        """Whether Vonage may store and use your content to improve its AI services."""
        return self._data.get("improve_ai")
