"""NccoEndpointSip: an input, generated from the spec. Do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal

from attrs import define, field

from ... import _runtime


@define(frozen=True, kw_only=True)
class NccoEndpointSip:
    """A SIP URI.

    Immutable. `to_dict()` gives the wire JSON; checked against the spec when made.
    """

    _WIRE: ClassVar[tuple[tuple[str, str], ...]] = (
        ("uri", "uri"),
        ("type_", "type"),
    )
    _RULES: ClassVar[tuple[tuple[str, dict[str, Any]], ...]] = ()

    uri: str
    """The SIP URI to call."""
    type_: Literal["sip"] = field(default="sip", init=False)

    def __attrs_post_init__(self) -> None:
        _runtime.check_input(self, self._RULES)

    def to_dict(self) -> dict[str, Any]:
        """The wire JSON (fields not given left out)."""
        return _runtime.input_dict(self, self._WIRE)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> NccoEndpointSip:
        """Make one from its wire JSON (unknown keys are refused, naming them)."""
        return _runtime.input_from_dict(cls, data)  # type: ignore[no-any-return]
