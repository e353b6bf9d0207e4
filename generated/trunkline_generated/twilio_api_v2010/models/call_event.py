"""CallEvent: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import Record

if TYPE_CHECKING:
    pass


class CallEvent(Record):
    """CallEvent record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("request", "request"),
        ("response", "response"),
    )

    @property
    def request(self) -> dict[str, Any] | None:
        """Contains a dictionary representing the request of the call."""
        return self._data.get("request")

    @property
    def response(self) -> dict[str, Any] | None:
        """Contains a dictionary representing the call response, including a list of the call
        events."""
        return self._data.get("response")
