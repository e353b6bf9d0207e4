"""InlineCallFlow: an input, generated from the spec. Do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define

from ... import _runtime
from ..._runtime import UNSET, Unset

if TYPE_CHECKING:
    from trunkline_generated.messagebird_voice.inputs.fetch_call_flow_step import FetchCallFlowStep
    from trunkline_generated.messagebird_voice.inputs.hangup_step import HangupStep
    from trunkline_generated.messagebird_voice.inputs.pause_step import PauseStep
    from trunkline_generated.messagebird_voice.inputs.play_step import PlayStep
    from trunkline_generated.messagebird_voice.inputs.record_step import RecordStep
    from trunkline_generated.messagebird_voice.inputs.say_step import SayStep
    from trunkline_generated.messagebird_voice.inputs.transfer_step import TransferStep


@define(frozen=True, kw_only=True)
class InlineCallFlow:
    """The call flow an outbound call runs when it is answered.

    Immutable. `to_dict()` gives the wire JSON; checked against the spec when made.
    """

    _WIRE: ClassVar[tuple[tuple[str, str], ...]] = (
        ("steps", "steps"),
        ("title", "title"),
        ("record", "record"),
    )
    _RULES: ClassVar[tuple[tuple[str, dict[str, Any]], ...]] = (("steps", {"minItems": 1}),)

    steps: list[
        SayStep
        | PauseStep
        | PlayStep
        | RecordStep
        | FetchCallFlowStep
        | HangupStep
        | TransferStep
        | Mapping[str, Any]
    ]
    """The steps, run in order."""
    title: str | Unset = UNSET
    """A name for the call flow."""
    record: bool | Unset = UNSET
    """Record the whole call (distinct from the `record` step)."""

    def __attrs_post_init__(self) -> None:
        _runtime.check_input(self, self._RULES)

    def to_dict(self) -> dict[str, Any]:
        """The wire JSON (fields not given left out)."""
        return _runtime.input_dict(self, self._WIRE)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> InlineCallFlow:
        """Make one from its wire JSON (unknown keys are refused, naming them)."""
        return _runtime.input_from_dict(cls, data)  # type: ignore[no-any-return]
