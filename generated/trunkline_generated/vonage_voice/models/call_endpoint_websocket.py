"""CallEndpointWebsocket: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import enum as _rt_enum
from .websocket_content_type import WebsocketContentType

if TYPE_CHECKING:
    pass


_conv_content_type = _rt_enum(WebsocketContentType)


class CallEndpointWebsocket(Record):
    """A WebSocket that receives and sends the call's audio.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("type_", "type"),
        ("content_type", "content-type"),
        ("uri", "uri"),
        ("headers", "headers"),
    )

    @property
    def type_(self) -> Literal["websocket"] | None:
        """The `type` field."""
        return self._data.get("type")

    @property
    def content_type(self) -> WebsocketContentType | str | None:
        """The audio format of a WebSocket (16-bit linear PCM, 8 or 16 kHz)."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("content-type", _MISSING)
        if value is _MISSING:
            raw = self._data.get("content-type")
            value = cache["content-type"] = None if raw is None else _conv_content_type(raw)
        return value

    @property
    def uri(self) -> str | None:
        """The WebSocket URI (`wss://example.com/socket`)."""
        return self._data.get("uri")

    @property
    def headers(self) -> dict[str, Any] | None:
        """Any data to send with the first message of the WebSocket."""
        return self._data.get("headers")
