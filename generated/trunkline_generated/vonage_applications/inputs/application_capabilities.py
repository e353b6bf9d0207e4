"""ApplicationCapabilities: an input, generated from the spec. Do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define

from ... import _runtime
from ..._runtime import UNSET, Unset

if TYPE_CHECKING:
    from trunkline_generated.vonage_applications.inputs.messages_capability import (
        MessagesCapability,
    )
    from trunkline_generated.vonage_applications.inputs.rtc_capability import RtcCapability
    from trunkline_generated.vonage_applications.inputs.vbc_capability import VbcCapability
    from trunkline_generated.vonage_applications.inputs.voice_capability import VoiceCapability


@define(frozen=True, kw_only=True)
class ApplicationCapabilities:
    """The products the application uses, each with its settings.

    Immutable. `to_dict()` gives the wire JSON; checked against the spec when made.
    """

    _WIRE: ClassVar[tuple[tuple[str, str], ...]] = (
        ("voice", "voice"),
        ("messages", "messages"),
        ("rtc", "rtc"),
        ("vbc", "vbc"),
    )
    _RULES: ClassVar[tuple[tuple[str, dict[str, Any]], ...]] = ()

    voice: VoiceCapability | Mapping[str, Any] | Unset = UNSET
    """The Voice API settings."""
    messages: MessagesCapability | Mapping[str, Any] | Unset = UNSET
    """The Messages and Dispatch API settings."""
    rtc: RtcCapability | Mapping[str, Any] | Unset = UNSET
    """The Client SDK (RTC, Conversation) settings."""
    vbc: VbcCapability | Mapping[str, Any] | Unset = UNSET
    """Zero-rated calls for Vonage Business Communications number programmability; always an
empty object."""

    def __attrs_post_init__(self) -> None:
        _runtime.check_input(self, self._RULES)

    def to_dict(self) -> dict[str, Any]:
        """The wire JSON (fields not given left out)."""
        return _runtime.input_dict(self, self._WIRE)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ApplicationCapabilities:
        """Make one from its wire JSON (unknown keys are refused, naming them)."""
        return _runtime.input_from_dict(cls, data)  # type: ignore[no-any-return]
