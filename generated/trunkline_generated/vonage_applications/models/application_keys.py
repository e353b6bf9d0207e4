"""ApplicationKeys: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import Record

if TYPE_CHECKING:
    pass


class ApplicationKeys(Record):
    """The application's key pair.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("public_key", "public_key"),
        ("private_key", "private_key"),
    )

    @property
    def public_key(self) -> str | None:
        """The public key (PEM)."""
        return self._data.get("public_key")

    @property
    def private_key(self) -> str | None:
        """The private key (PEM), only in the answer of the create that made it."""
        return self._data.get("private_key")
