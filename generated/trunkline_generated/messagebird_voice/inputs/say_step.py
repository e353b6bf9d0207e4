"""SayStep: an input, generated from the spec. Do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define, field

from ... import _runtime
from ..._runtime import UNSET, Unset

if TYPE_CHECKING:
    from trunkline_generated.messagebird_voice.inputs.say_options import SayOptions
    from trunkline_generated.messagebird_voice.inputs.step_condition import StepCondition


@define(frozen=True, kw_only=True)
class SayStep:
    """Speak a text with a given voice and language.

    Immutable. `to_dict()` gives the wire JSON; checked against the spec when made.
    """

    _WIRE: ClassVar[tuple[tuple[str, str], ...]] = (
        ("options", "options"),
        ("action", "action"),
        ("id", "id"),
        ("on_keypress_goto", "onKeypressGoto"),
        ("on_keypress_var", "onKeypressVar"),
        ("end_key", "endKey"),
        ("conditions", "conditions"),
    )
    _RULES: ClassVar[tuple[tuple[str, dict[str, Any]], ...]] = ()

    options: SayOptions | Mapping[str, Any]
    action: Literal["say"] = field(default="say", init=False)
    id: str | Unset = UNSET
    """The step's id, unique within the call flow; the target of `onKeypressGoto`."""
    on_keypress_goto: str | Unset = UNSET
    """The `id` of the step to jump to when the caller presses a key."""
    on_keypress_var: str | Unset = UNSET
    """The variable that stores the keys the caller pressed."""
    end_key: str | Unset = UNSET
    """The key that ends the caller's key input (e.g. `#`)."""
    conditions: list[StepCondition | Mapping[str, Any]] | Unset = UNSET
    """Conditions that must all hold for the step to run."""

    def __attrs_post_init__(self) -> None:
        _runtime.check_input(self, self._RULES)

    def to_dict(self) -> dict[str, Any]:
        """The wire JSON (fields not given left out)."""
        return _runtime.input_dict(self, self._WIRE)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SayStep:
        """Make one from its wire JSON (unknown keys are refused, naming them)."""
        return _runtime.input_from_dict(cls, data)  # type: ignore[no-any-return]
