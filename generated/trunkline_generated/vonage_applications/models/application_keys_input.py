"""ApplicationKeysInput: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import Record

if TYPE_CHECKING:
    pass


class ApplicationKeysInput(Record):
    """Your own public key, instead of a key pair made by Vonage.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (("public_key", "public_key"),)

    @property
    def public_key(self) -> str | None:
        """The public key (PEM)."""
        return self._data.get("public_key")
