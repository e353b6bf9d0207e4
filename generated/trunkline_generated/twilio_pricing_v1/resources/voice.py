"""Resource `pricing.v1.voice`: generated from the spec. Do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from trunkline_generated.twilio_pricing_v1.resources.voice_countries import (
        AsyncVoiceCountries,
        VoiceCountries,
    )
    from trunkline_generated.twilio_pricing_v1.resources.voice_numbers import (
        AsyncVoiceNumbers,
        VoiceNumbers,
    )

__all__ = ["AsyncVoice", "Voice"]


class Voice(SyncAPIResource):
    """`pricing.v1.voice`: countries, numbers."""

    _package = "twilio_pricing_v1"

    @cached_property
    def countries(self) -> VoiceCountries:
        """`pricing.v1.voice.countries`: get(), list()"""
        resource: VoiceCountries = self._child(
            "pricing.v1.voice.countries",
            "trunkline_generated.twilio_pricing_v1.resources.voice_countries",
            "VoiceCountries",
        )
        return resource

    @cached_property
    def numbers(self) -> VoiceNumbers:
        """`pricing.v1.voice.numbers`: get()"""
        resource: VoiceNumbers = self._child(
            "pricing.v1.voice.numbers",
            "trunkline_generated.twilio_pricing_v1.resources.voice_numbers",
            "VoiceNumbers",
        )
        return resource


class AsyncVoice(AsyncAPIResource):
    """`pricing.v1.voice`: countries, numbers. Awaitable."""

    _package = "twilio_pricing_v1"

    @cached_property
    def countries(self) -> AsyncVoiceCountries:
        """`pricing.v1.voice.countries`: get(), list()"""
        resource: AsyncVoiceCountries = self._child(
            "pricing.v1.voice.countries",
            "trunkline_generated.twilio_pricing_v1.resources.voice_countries",
            "AsyncVoiceCountries",
        )
        return resource

    @cached_property
    def numbers(self) -> AsyncVoiceNumbers:
        """`pricing.v1.voice.numbers`: get()"""
        resource: AsyncVoiceNumbers = self._child(
            "pricing.v1.voice.numbers",
            "trunkline_generated.twilio_pricing_v1.resources.voice_numbers",
            "AsyncVoiceNumbers",
        )
        return resource
