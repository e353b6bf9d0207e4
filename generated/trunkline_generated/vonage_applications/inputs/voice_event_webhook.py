"""VoiceEventWebhook: an input, generated from the spec. Do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define

from ... import _runtime
from ..._runtime import UNSET, Unset

if TYPE_CHECKING:
    from trunkline_generated.vonage_applications.models.http_method import HttpMethod


@define(frozen=True, kw_only=True)
class VoiceEventWebhook:
    """A webhook that receives call events.

    Immutable. `to_dict()` gives the wire JSON; checked against the spec when made.
    """

    _WIRE: ClassVar[tuple[tuple[str, str], ...]] = (
        ("address", "address"),
        ("http_method", "http_method"),
        ("connection_timeout", "connection_timeout"),
        ("socket_timeout", "socket_timeout"),
    )
    _RULES: ClassVar[tuple[tuple[str, dict[str, Any]], ...]] = (
        ("http_method", {"enum": ("GET", "POST")}),
        ("connection_timeout", {"minimum": 300, "maximum": 1000, "integer": True}),
        ("socket_timeout", {"minimum": 1000, "maximum": 10000, "integer": True}),
    )

    address: str | Unset = UNSET
    """The URL."""
    http_method: HttpMethod | str | Unset = UNSET
    """The HTTP method of a webhook request."""
    connection_timeout: int | Unset = UNSET
    """Milliseconds to connect before Vonage tries once more."""
    socket_timeout: int | Unset = UNSET
    """Milliseconds to read the answer before Vonage tries once more."""

    def __attrs_post_init__(self) -> None:
        _runtime.check_input(self, self._RULES)

    def to_dict(self) -> dict[str, Any]:
        """The wire JSON (fields not given left out)."""
        return _runtime.input_dict(self, self._WIRE)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> VoiceEventWebhook:
        """Make one from its wire JSON (unknown keys are refused, naming them)."""
        return _runtime.input_from_dict(cls, data)  # type: ignore[no-any-return]
