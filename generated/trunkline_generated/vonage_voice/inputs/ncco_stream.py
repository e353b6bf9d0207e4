"""NccoStream: an input, generated from the spec. Do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal

from attrs import define, field

from ... import _runtime
from ..._runtime import UNSET, Unset


@define(frozen=True, kw_only=True)
class NccoStream:
    """Play an audio file.

    Immutable. `to_dict()` gives the wire JSON; checked against the spec when made.
    """

    _WIRE: ClassVar[tuple[tuple[str, str], ...]] = (
        ("stream_url", "streamUrl"),
        ("action", "action"),
        ("level", "level"),
        ("barge_in", "bargeIn"),
        ("loop", "loop"),
    )
    _RULES: ClassVar[tuple[tuple[str, dict[str, Any]], ...]] = (
        ("level", {"minimum": -1, "maximum": 1}),
        ("loop", {"minimum": 0}),
    )

    stream_url: list[str]
    """The URL of the audio file."""
    action: Literal["stream"] = field(default="stream", init=False)
    level: float | Unset = UNSET
    """The volume, from -1 to 1."""
    barge_in: bool | Unset = UNSET
    """Whether a digit from the caller stops the audio (with an input action next)."""
    loop: float | Unset = UNSET
    """How many times to play the file; 0 loops until the call ends."""

    def __attrs_post_init__(self) -> None:
        _runtime.check_input(self, self._RULES)

    def to_dict(self) -> dict[str, Any]:
        """The wire JSON (fields not given left out)."""
        return _runtime.input_dict(self, self._WIRE)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> NccoStream:
        """Make one from its wire JSON (unknown keys are refused, naming them)."""
        return _runtime.input_from_dict(cls, data)  # type: ignore[no-any-return]
