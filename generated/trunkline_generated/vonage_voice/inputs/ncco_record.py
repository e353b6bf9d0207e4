"""NccoRecord: an input, generated from the spec. Do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define, field

from ... import _runtime
from ..._runtime import UNSET, Unset

if TYPE_CHECKING:
    from trunkline_generated.vonage_voice.models.http_method import HttpMethod
    from trunkline_generated.vonage_voice.models.ncco_record_format import NccoRecordFormat
    from trunkline_generated.vonage_voice.models.ncco_record_split import NccoRecordSplit


@define(frozen=True, kw_only=True)
class NccoRecord:
    """Record the call.

    Immutable. `to_dict()` gives the wire JSON; checked against the spec when made.
    """

    _WIRE: ClassVar[tuple[tuple[str, str], ...]] = (
        ("action", "action"),
        ("format_", "format"),
        ("split", "split"),
        ("end_on_silence", "endOnSilence"),
        ("end_on_key", "endOnKey"),
        ("time_out", "timeOut"),
        ("beep_start", "beepStart"),
        ("event_url", "eventUrl"),
        ("event_method", "eventMethod"),
    )
    _RULES: ClassVar[tuple[tuple[str, dict[str, Any]], ...]] = (
        ("format_", {"enum": ("mp3", "wav")}),
        ("split", {"enum": ("conversation",)}),
        ("end_on_silence", {"minimum": 3, "maximum": 10, "integer": True}),
        ("time_out", {"minimum": 3, "maximum": 7200, "integer": True}),
        ("event_method", {"enum": ("GET", "POST")}),
    )

    action: Literal["record"] = field(default="record", init=False)
    format_: NccoRecordFormat | str | Unset = UNSET
    """The file format of the recording."""
    split: NccoRecordSplit | str | Unset = UNSET
    """`conversation`: record each side in its own channel."""
    end_on_silence: int | Unset = UNSET
    """Seconds of silence that end the recording."""
    end_on_key: str | Unset = UNSET
    """The DTMF key that ends the recording."""
    time_out: int | Unset = UNSET
    """The longest recording, in seconds."""
    beep_start: bool | Unset = UNSET
    """Whether to beep when recording starts."""
    event_url: list[str] | Unset = UNSET
    """The webhook told where the recording is."""
    event_method: HttpMethod | str | Unset = UNSET
    """An HTTP method of a webhook request."""

    def __attrs_post_init__(self) -> None:
        _runtime.check_input(self, self._RULES)

    def to_dict(self) -> dict[str, Any]:
        """The wire JSON (fields not given left out)."""
        return _runtime.input_dict(self, self._WIRE)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> NccoRecord:
        """Make one from its wire JSON (unknown keys are refused, naming them)."""
        return _runtime.input_from_dict(cls, data)  # type: ignore[no-any-return]
