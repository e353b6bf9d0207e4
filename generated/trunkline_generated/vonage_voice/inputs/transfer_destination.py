"""TransferDestination: an input, generated from the spec. Do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define, field

from ... import _runtime
from ..._runtime import UNSET, Unset

if TYPE_CHECKING:
    from trunkline_generated.vonage_voice.inputs.ncco_connect import NccoConnect
    from trunkline_generated.vonage_voice.inputs.ncco_conversation import NccoConversation
    from trunkline_generated.vonage_voice.inputs.ncco_input import NccoInput
    from trunkline_generated.vonage_voice.inputs.ncco_record import NccoRecord
    from trunkline_generated.vonage_voice.inputs.ncco_stream import NccoStream
    from trunkline_generated.vonage_voice.inputs.ncco_talk import NccoTalk


@define(frozen=True, kw_only=True)
class TransferDestination:
    """Where a transfer goes, an NCCO (`ncco`) or a URL returning one (`url`).

    Immutable. `to_dict()` gives the wire JSON; checked against the spec when made.
    """

    _WIRE: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type_", "type"),
        ("ncco", "ncco"),
        ("url", "url"),
    )
    _RULES: ClassVar[tuple[tuple[str, dict[str, Any]], ...]] = (("ncco", {"minItems": 1}),)

    type_: Literal["ncco"] = field(default="ncco", init=False)
    """Always `ncco`."""
    ncco: (
        list[
            NccoConnect
            | NccoConversation
            | NccoInput
            | NccoRecord
            | NccoStream
            | NccoTalk
            | Mapping[str, Any]
        ]
        | Unset
    ) = UNSET
    """The NCCO to run (instead of `url`)."""
    url: list[str] | Unset = UNSET
    """The URL that returns the NCCO (instead of `ncco`)."""

    def __attrs_post_init__(self) -> None:
        _runtime.check_input(self, self._RULES)

    def to_dict(self) -> dict[str, Any]:
        """The wire JSON (fields not given left out)."""
        return _runtime.input_dict(self, self._WIRE)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TransferDestination:
        """Make one from its wire JSON (unknown keys are refused, naming them)."""
        return _runtime.input_from_dict(cls, data)  # type: ignore[no-any-return]
