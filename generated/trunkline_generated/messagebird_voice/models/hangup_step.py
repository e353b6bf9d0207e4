"""HangupStep: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import model_list as _rt_model_list

if TYPE_CHECKING:
    from .step_condition import StepCondition


def _conv_conditions(value: Any) -> Any:
    from .step_condition import StepCondition

    return _rt_model_list(StepCondition)(value)


class HangupStep(Record):
    """End the call. It takes no options.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("action", "action"),
        ("id", "id"),
        ("on_keypress_goto", "onKeypressGoto"),
        ("on_keypress_var", "onKeypressVar"),
        ("end_key", "endKey"),
        ("conditions", "conditions"),
    )

    @property
    def action(self) -> Literal["hangup"] | None:
        """The `action` field."""
        return self._data.get("action")

    @property
    def id(self) -> str | None:
        """The step's id, unique within the call flow; the target of `onKeypressGoto`."""
        return self._data.get("id")

    @property
    def on_keypress_goto(self) -> str | None:
        """The `id` of the step to jump to when the caller presses a key."""
        return self._data.get("onKeypressGoto")

    @property
    def on_keypress_var(self) -> str | None:
        """The variable that stores the keys the caller pressed."""
        return self._data.get("onKeypressVar")

    @property
    def end_key(self) -> str | None:
        """The key that ends the caller's key input (e.g. `#`)."""
        return self._data.get("endKey")

    @property
    def conditions(self) -> list[StepCondition] | None:
        """Conditions that must all hold for the step to run."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("conditions", _MISSING)
        if value is _MISSING:
            raw = self._data.get("conditions")
            value = cache["conditions"] = None if raw is None else _conv_conditions(raw)
        return value
