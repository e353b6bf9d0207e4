"""NccoEndpointWebsocket: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from ..._runtime import Record

if TYPE_CHECKING:
    pass


class NccoEndpointWebsocket(Record):
    """A WebSocket that receives and sends the call's audio.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("type_", "type"),
        ("uri", "uri"),
        ("content_type", "content-type"),
        ("headers", "headers"),
    )

    @property
    def type_(self) -> Literal["websocket"] | None:
        """The `type` field."""
        return self._data.get("type")

    @property
    def uri(self) -> str | None:
        """The WebSocket URI."""
        return self._data.get("uri")

    @property
    def content_type(self) -> str | None:
        """The audio format (`audio/l16;rate=16000`)."""
        return self._data.get("content-type")

    @property
    def headers(self) -> dict[str, Any] | None:
        """Any data to send with the first message of the WebSocket."""
        return self._data.get("headers")
