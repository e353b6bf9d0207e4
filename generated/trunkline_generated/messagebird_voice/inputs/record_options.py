"""RecordOptions: an input, generated from the spec. Do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define

from ... import _runtime
from ..._runtime import UNSET, Unset

if TYPE_CHECKING:
    from trunkline_generated.messagebird_voice.models.finish_on_key import FinishOnKey
    from trunkline_generated.messagebird_voice.models.transcription_language import (
        TranscriptionLanguage,
    )


@define(frozen=True, kw_only=True)
class RecordOptions:
    """RecordOptions

    Immutable. `to_dict()` gives the wire JSON; checked against the spec when made.
    """

    _WIRE: ClassVar[tuple[tuple[str, str], ...]] = (
        ("max_length", "maxLength"),
        ("timeout", "timeout"),
        ("finish_on_key", "finishOnKey"),
        ("transcribe", "transcribe"),
        ("transcribe_language", "transcribeLanguage"),
        ("on_finish", "onFinish"),
    )
    _RULES: ClassVar[tuple[tuple[str, dict[str, Any]], ...]] = (
        ("max_length", {"minimum": 0, "integer": True}),
        ("timeout", {"minimum": 0, "integer": True}),
        ("finish_on_key", {"enum": ("any", "#", "*", "none")}),
        (
            "transcribe_language",
            {
                "enum": (
                    "de-DE",
                    "en-AU",
                    "en-UK",
                    "en-US",
                    "es-ES",
                    "es-LA",
                    "fr-FR",
                    "it-IT",
                    "nl-NL",
                    "pt-BR",
                )
            },
        ),
    )

    max_length: int | Unset = UNSET
    """The longest the recording may run, in whole seconds; 0 means no limit."""
    timeout: int | Unset = UNSET
    """Seconds of silence that stop the recording; left out, silence detection is off."""
    finish_on_key: FinishOnKey | str | Unset = UNSET
    """The DTMF key that ends a recording; `none` (the default) means no key does."""
    transcribe: bool | Unset = UNSET
    """Whether to transcribe the recording when it ends (needs `transcribeLanguage`)."""
    transcribe_language: TranscriptionLanguage | str | Unset = UNSET
    """The languages a recording can be transcribed in (go and node agree, section 6)."""
    on_finish: str | Unset = UNSET
    """When the step ends, MessageBird POSTs the recording to this URL and runs the call
flow it answers with (same call and leg)."""

    def __attrs_post_init__(self) -> None:
        _runtime.check_input(self, self._RULES)

    def to_dict(self) -> dict[str, Any]:
        """The wire JSON (fields not given left out)."""
        return _runtime.input_dict(self, self._WIRE)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RecordOptions:
        """Make one from its wire JSON (unknown keys are refused, naming them)."""
        return _runtime.input_from_dict(cls, data)  # type: ignore[no-any-return]
