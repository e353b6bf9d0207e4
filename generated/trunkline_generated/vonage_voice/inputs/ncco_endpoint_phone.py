"""NccoEndpointPhone: an input, generated from the spec. Do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal

from attrs import define, field

from ... import _runtime
from ..._runtime import UNSET, Unset


@define(frozen=True, kw_only=True)
class NccoEndpointPhone:
    """A phone (PSTN) number.

    Immutable. `to_dict()` gives the wire JSON; checked against the spec when made.
    """

    _WIRE: ClassVar[tuple[tuple[str, str], ...]] = (
        ("number", "number"),
        ("type_", "type"),
        ("dtmf_answer", "dtmfAnswer"),
    )
    _RULES: ClassVar[tuple[tuple[str, dict[str, Any]], ...]] = (
        ("number", {"minLength": 10, "maxLength": 15}),
    )

    number: str
    """The number to call, E.164 without the `+`."""
    type_: Literal["phone"] = field(default="phone", init=False)
    dtmf_answer: str | Unset = UNSET
    """DTMF digits to send when the call is answered (`p` pauses)."""

    def __attrs_post_init__(self) -> None:
        _runtime.check_input(self, self._RULES)

    def to_dict(self) -> dict[str, Any]:
        """The wire JSON (fields not given left out)."""
        return _runtime.input_dict(self, self._WIRE)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> NccoEndpointPhone:
        """Make one from its wire JSON (unknown keys are refused, naming them)."""
        return _runtime.input_from_dict(cls, data)  # type: ignore[no-any-return]
