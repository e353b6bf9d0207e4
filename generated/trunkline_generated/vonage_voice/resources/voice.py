"""Resource `voice`: generated from the spec. Do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from trunkline_generated.vonage_voice.resources.voice_calls import AsyncVoiceCalls, VoiceCalls

__all__ = ["AsyncVoice", "Voice"]


class Voice(SyncAPIResource):
    """`voice`: calls."""

    _package = "vonage_voice"

    @cached_property
    def calls(self) -> VoiceCalls:
        """`voice.calls`: create(), get(), list(), update(), .dtmf, .stream, .talk"""
        resource: VoiceCalls = self._child(
            "voice.calls", "trunkline_generated.vonage_voice.resources.voice_calls", "VoiceCalls"
        )
        return resource


class AsyncVoice(AsyncAPIResource):
    """`voice`: calls. Awaitable."""

    _package = "vonage_voice"

    @cached_property
    def calls(self) -> AsyncVoiceCalls:
        """`voice.calls`: create(), get(), list(), update(), .dtmf, .stream, .talk"""
        resource: AsyncVoiceCalls = self._child(
            "voice.calls",
            "trunkline_generated.vonage_voice.resources.voice_calls",
            "AsyncVoiceCalls",
        )
        return resource
