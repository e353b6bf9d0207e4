"""NccoConversation: an input, generated from the spec. Do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define, field

from ... import _runtime
from ..._runtime import UNSET, Unset

if TYPE_CHECKING:
    from trunkline_generated.vonage_voice.models.http_method import HttpMethod


@define(frozen=True, kw_only=True)
class NccoConversation:
    """Put the call in a named conversation (a conference).

    Immutable. `to_dict()` gives the wire JSON; checked against the spec when made.
    """

    _WIRE: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("action", "action"),
        ("music_on_hold_url", "musicOnHoldUrl"),
        ("start_on_enter", "startOnEnter"),
        ("end_on_exit", "endOnExit"),
        ("record", "record"),
        ("event_url", "eventUrl"),
        ("event_method", "eventMethod"),
    )
    _RULES: ClassVar[tuple[tuple[str, dict[str, Any]], ...]] = (
        ("event_method", {"enum": ("GET", "POST")}),
    )

    name: str
    """The conversation's name."""
    action: Literal["conversation"] = field(default="conversation", init=False)
    music_on_hold_url: str | Unset = UNSET
    """Audio to play until the conversation starts."""
    start_on_enter: bool | Unset = UNSET
    """Whether the conversation starts when this leg joins."""
    end_on_exit: bool | Unset = UNSET
    """Whether the conversation ends when this leg leaves."""
    record: bool | Unset = UNSET
    """Whether to record the conversation."""
    event_url: list[str] | Unset = UNSET
    """The webhook that receives the conversation's events."""
    event_method: HttpMethod | str | Unset = UNSET
    """An HTTP method of a webhook request."""

    def __attrs_post_init__(self) -> None:
        _runtime.check_input(self, self._RULES)

    def to_dict(self) -> dict[str, Any]:
        """The wire JSON (fields not given left out)."""
        return _runtime.input_dict(self, self._WIRE)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> NccoConversation:
        """Make one from its wire JSON (unknown keys are refused, naming them)."""
        return _runtime.input_from_dict(cls, data)  # type: ignore[no-any-return]
