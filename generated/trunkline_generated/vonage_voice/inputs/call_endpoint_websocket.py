"""CallEndpointWebsocket: an input, generated from the spec. Do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define, field

from ... import _runtime
from ..._runtime import UNSET, Unset

if TYPE_CHECKING:
    from trunkline_generated.vonage_voice.models.websocket_content_type import WebsocketContentType


@define(frozen=True, kw_only=True)
class CallEndpointWebsocket:
    """A WebSocket that receives and sends the call's audio.

    Immutable. `to_dict()` gives the wire JSON; checked against the spec when made.
    """

    _WIRE: ClassVar[tuple[tuple[str, str], ...]] = (
        ("content_type", "content-type"),
        ("type_", "type"),
        ("uri", "uri"),
        ("headers", "headers"),
    )
    _RULES: ClassVar[tuple[tuple[str, dict[str, Any]], ...]] = (
        ("content_type", {"enum": ("audio/l16;rate=8000", "audio/l16;rate=16000")}),
        ("uri", {"minLength": 1, "maxLength": 50}),
    )

    content_type: WebsocketContentType | str
    """The audio format of a WebSocket (16-bit linear PCM, 8 or 16 kHz)."""
    type_: Literal["websocket"] = field(default="websocket", init=False)
    uri: str | Unset = UNSET
    """The WebSocket URI (`wss://example.com/socket`)."""
    headers: Mapping[str, Any] | Unset = UNSET
    """Any data to send with the first message of the WebSocket."""

    def __attrs_post_init__(self) -> None:
        _runtime.check_input(self, self._RULES)

    def to_dict(self) -> dict[str, Any]:
        """The wire JSON (fields not given left out)."""
        return _runtime.input_dict(self, self._WIRE)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CallEndpointWebsocket:
        """Make one from its wire JSON (unknown keys are refused, naming them)."""
        return _runtime.input_from_dict(cls, data)  # type: ignore[no-any-return]
