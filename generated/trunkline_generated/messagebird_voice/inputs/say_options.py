"""SayOptions: an input, generated from the spec. Do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define

from ... import _runtime
from ..._runtime import UNSET, Unset

if TYPE_CHECKING:
    from trunkline_generated.messagebird_voice.models.if_machine import IfMachine
    from trunkline_generated.messagebird_voice.models.say_language import SayLanguage
    from trunkline_generated.messagebird_voice.models.say_voice import SayVoice


@define(frozen=True, kw_only=True)
class SayOptions:
    """SayOptions

    Immutable. `to_dict()` gives the wire JSON; checked against the spec when made.
    """

    _WIRE: ClassVar[tuple[tuple[str, str], ...]] = (
        ("payload", "payload"),
        ("voice", "voice"),
        ("language", "language"),
        ("repeat", "repeat"),
        ("if_machine", "ifMachine"),
        ("machine_timeout", "machineTimeout"),
    )
    _RULES: ClassVar[tuple[tuple[str, dict[str, Any]], ...]] = (
        ("voice", {"enum": ("male", "female")}),
        (
            "language",
            {
                "enum": (
                    "cy-GB",
                    "da-DK",
                    "de-DE",
                    "el-GR",
                    "en-AU",
                    "en-GB",
                    "en-GB-WLS",
                    "en-IN",
                    "en-US",
                    "es-ES",
                    "es-MX",
                    "es-US",
                    "fr-CA",
                    "fr-FR",
                    "id-ID",
                    "is-IS",
                    "it-IT",
                    "ja-JP",
                    "ko-KR",
                    "ms-MY",
                    "nb-NO",
                    "nl-NL",
                    "pl-PL",
                    "pt-BR",
                    "pt-PT",
                    "ro-RO",
                    "ru-RU",
                    "sv-SE",
                    "ta-IN",
                    "th-TH",
                    "tr-TR",
                    "vi-VN",
                    "zh-CN",
                    "zh-HK",
                )
            },
        ),
        ("repeat", {"minimum": 1, "maximum": 10, "integer": True}),
        ("if_machine", {"enum": ("continue", "delay", "hangup")}),
        ("machine_timeout", {"minimum": 400, "maximum": 10000, "integer": True}),
    )

    payload: str
    """The text to speak."""
    voice: SayVoice | str
    """The voice that speaks a `say` step."""
    language: SayLanguage | str | Unset = UNSET
    """The language of a `say` step, `<lang>-<COUNTRY>`. node's list; go's is a subset and
defers to the live documentation for the current one (section 6)."""
    repeat: int | Unset = UNSET
    """How many times to speak the text."""
    if_machine: IfMachine | str | Unset = UNSET
    """What a `say` step does when an answering machine picks up: `continue` (do not check,
just speak), `delay` (wait until the machine stops talking; the default), `hangup`."""
    machine_timeout: int | Unset = UNSET
    """Milliseconds spent detecting an answering machine (with `ifMachine` `delay` or `hangup`)."""

    def __attrs_post_init__(self) -> None:
        _runtime.check_input(self, self._RULES)

    def to_dict(self) -> dict[str, Any]:
        """The wire JSON (fields not given left out)."""
        return _runtime.input_dict(self, self._WIRE)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SayOptions:
        """Make one from its wire JSON (unknown keys are refused, naming them)."""
        return _runtime.input_from_dict(cls, data)  # type: ignore[no-any-return]
