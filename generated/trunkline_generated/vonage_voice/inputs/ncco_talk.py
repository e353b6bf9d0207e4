"""NccoTalk: an input, generated from the spec. Do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define, field

from ... import _runtime
from ..._runtime import UNSET, Unset

if TYPE_CHECKING:
    from trunkline_generated.vonage_voice.models.ncco_language import NccoLanguage
    from trunkline_generated.vonage_voice.models.ncco_voice_name import NccoVoiceName


@define(frozen=True, kw_only=True)
class NccoTalk:
    """Speak text (text-to-speech).

    Immutable. `to_dict()` gives the wire JSON; checked against the spec when made.
    """

    _WIRE: ClassVar[tuple[tuple[str, str], ...]] = (
        ("text", "text"),
        ("action", "action"),
        ("barge_in", "bargeIn"),
        ("loop", "loop"),
        ("voice_name", "voiceName"),
        ("language", "language"),
        ("style", "style"),
    )
    _RULES: ClassVar[tuple[tuple[str, dict[str, Any]], ...]] = (
        ("text", {"maxLength": 1500}),
        ("loop", {"minimum": 0, "integer": True}),
        (
            "voice_name",
            {
                "enum": (
                    "Agnieszka",
                    "Amy",
                    "Astrid",
                    "Brian",
                    "Carla",
                    "Carmen",
                    "Celine",
                    "Chantal",
                    "Chipmunk",
                    "Conchita",
                    "Cristiano",
                    "Dora",
                    "Emma",
                    "Enrique",
                    "Eric",
                    "Ewa",
                    "Filiz",
                    "Geraint",
                    "Giorgio",
                    "Gwyneth",
                    "Hans",
                    "Ines",
                    "Ivy",
                    "Jacek",
                    "Jan",
                    "Jennifer",
                    "Joey",
                    "Justin",
                    "Karl",
                    "Kendra",
                    "Kimberly",
                    "Liv",
                    "Lotte",
                    "Mads",
                    "Maja",
                    "Marlene",
                    "Mathieu",
                    "Maxim",
                    "Miguel",
                    "Naja",
                    "Nicole",
                    "Penelope",
                    "Raveena",
                    "Ricardo",
                    "Ruben",
                    "Russell",
                    "Salli",
                    "Tatyana",
                    "Vitoria",
                )
            },
        ),
        (
            "language",
            {
                "enum": (
                    "ar",
                    "bn-IN",
                    "ca-ES",
                    "cmn-CN",
                    "cmn-TW",
                    "cs-CZ",
                    "cy-GB",
                    "da-DK",
                    "de-DE",
                    "el-GR",
                    "en-AU",
                    "en-GB",
                    "en-GB-WLS",
                    "en-IN",
                    "en-US",
                    "en-ZA",
                    "es-ES",
                    "es-MX",
                    "es-US",
                    "eu-ES",
                    "fi-FI",
                    "fil-PH",
                    "fr-CA",
                    "fr-FR",
                    "he-IL",
                    "hi-IN",
                    "hu-HU",
                    "id-ID",
                    "is-IS",
                    "it-IT",
                    "ja-JP",
                    "ko-KR",
                    "ml-IN",
                    "nb-NO",
                    "nl-NL",
                    "pl-PL",
                    "pt-BR",
                    "pt-PT",
                    "ro-RO",
                    "ru-RU",
                    "sk-SK",
                    "sv-SE",
                    "ta-IN",
                    "te-IN",
                    "th-TH",
                    "tr-TR",
                    "uk-UA",
                    "vi-VN",
                    "yue-CN",
                )
            },
        ),
        ("style", {"minimum": 0, "integer": True}),
    )

    text: str
    """The text to speak."""
    action: Literal["talk"] = field(default="talk", init=False)
    barge_in: bool | Unset = UNSET
    """Whether a digit from the caller stops the speech (with an input action next)."""
    loop: int | Unset = UNSET
    """How many times to speak the text; 0 loops until the call ends."""
    voice_name: NccoVoiceName | str | Unset = UNSET
    """The voice of a talk action (language and gender in one name)."""
    language: NccoLanguage | str | Unset = UNSET
    """The language of a talk action (BCP 47)."""
    style: int | Unset = UNSET
    """The vocal style of `language`."""

    def __attrs_post_init__(self) -> None:
        _runtime.check_input(self, self._RULES)

    def to_dict(self) -> dict[str, Any]:
        """The wire JSON (fields not given left out)."""
        return _runtime.input_dict(self, self._WIRE)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> NccoTalk:
        """Make one from its wire JSON (unknown keys are refused, naming them)."""
        return _runtime.input_from_dict(cls, data)  # type: ignore[no-any-return]
