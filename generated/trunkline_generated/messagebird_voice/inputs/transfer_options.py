"""TransferOptions: an input, generated from the spec. Do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define

from ... import _runtime
from ..._runtime import UNSET, Unset

if TYPE_CHECKING:
    from trunkline_generated.messagebird_voice.models.transfer_record import TransferRecord


@define(frozen=True, kw_only=True)
class TransferOptions:
    """TransferOptions

    Immutable. `to_dict()` gives the wire JSON; checked against the spec when made.
    """

    _WIRE: ClassVar[tuple[tuple[str, str], ...]] = (
        ("destination", "destination"),
        ("record", "record"),
        ("mask", "mask"),
    )
    _RULES: ClassVar[tuple[tuple[str, dict[str, Any]], ...]] = (
        ("record", {"enum": ("in", "out", "both")}),
    )

    destination: str
    """A number (E.164, sent without `+`, e.g. `31612345678`), a SIP URI (`sip:user@host`) or (node) a client URI."""
    record: TransferRecord | str | Unset = UNSET
    """Which side of a transferred call to record: `in` (the destination's voice), `out`
(the source's), `both` (each side separately)."""
    mask: bool | Unset = UNSET
    """Show the proxy number (e.g. the number that was called) as caller ID instead of the caller's (node)."""

    def __attrs_post_init__(self) -> None:
        _runtime.check_input(self, self._RULES)

    def to_dict(self) -> dict[str, Any]:
        """The wire JSON (fields not given left out)."""
        return _runtime.input_dict(self, self._WIRE)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TransferOptions:
        """Make one from its wire JSON (unknown keys are refused, naming them)."""
        return _runtime.input_from_dict(cls, data)  # type: ignore[no-any-return]
