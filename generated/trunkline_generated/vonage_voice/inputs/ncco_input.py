"""NccoInput: an input, generated from the spec. Do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define, field

from ... import _runtime
from ..._runtime import UNSET, Unset

if TYPE_CHECKING:
    from trunkline_generated.vonage_voice.models.http_method import HttpMethod


@define(frozen=True, kw_only=True)
class NccoInput:
    """Collect DTMF digits from the caller.

    Immutable. `to_dict()` gives the wire JSON; checked against the spec when made.
    """

    _WIRE: ClassVar[tuple[tuple[str, str], ...]] = (
        ("action", "action"),
        ("time_out", "timeOut"),
        ("max_digits", "maxDigits"),
        ("submit_on_hash", "submitOnHash"),
        ("event_url", "eventUrl"),
        ("event_method", "eventMethod"),
    )
    _RULES: ClassVar[tuple[tuple[str, dict[str, Any]], ...]] = (
        ("time_out", {"minimum": 0}),
        ("max_digits", {"minimum": 0, "maximum": 20, "integer": True}),
        ("event_method", {"enum": ("GET", "POST")}),
    )

    action: Literal["input"] = field(default="input", init=False)
    time_out: float | Unset = UNSET
    """Seconds of silence after the last digit before the input ends."""
    max_digits: int | Unset = UNSET
    """The most digits to collect."""
    submit_on_hash: bool | Unset = UNSET
    """Whether `#` ends the input."""
    event_url: list[str] | Unset = UNSET
    """The webhook that receives the digits."""
    event_method: HttpMethod | str | Unset = UNSET
    """An HTTP method of a webhook request."""

    def __attrs_post_init__(self) -> None:
        _runtime.check_input(self, self._RULES)

    def to_dict(self) -> dict[str, Any]:
        """The wire JSON (fields not given left out)."""
        return _runtime.input_dict(self, self._WIRE)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> NccoInput:
        """Make one from its wire JSON (unknown keys are refused, naming them)."""
        return _runtime.input_from_dict(cls, data)  # type: ignore[no-any-return]
