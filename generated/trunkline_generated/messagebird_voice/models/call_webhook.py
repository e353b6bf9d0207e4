"""CallWebhook: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import Record

if TYPE_CHECKING:
    pass


class CallWebhook(Record):
    """Where this call's status updates go.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("url", "url"),
        ("token", "token"),
    )

    @property
    def url(self) -> str | None:
        """The URL MessageBird sends the call's events to."""
        return self._data.get("url")

    @property
    def token(self) -> str | None:
        """The secret MessageBird signs those requests with."""
        return self._data.get("token")
