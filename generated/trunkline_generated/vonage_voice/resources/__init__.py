"""Resource `(root)`: generated from the spec. Do not edit."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline_generated.vonage_voice.resources.voice import AsyncVoice, Voice

__all__ = ["AsyncResources", "Resources"]


class Resources(SyncAPIResource):
    """Every resource of this API."""

    _package = "vonage_voice"

    @cached_property
    def voice(self) -> Voice:
        """`voice`: .calls"""
        resource: Voice = self._child(
            "voice", "trunkline_generated.vonage_voice.resources.voice", "Voice"
        )
        return resource


class AsyncResources(AsyncAPIResource):
    """Every resource of this API. Awaitable."""

    _package = "vonage_voice"

    @cached_property
    def voice(self) -> AsyncVoice:
        """`voice`: .calls"""
        resource: AsyncVoice = self._child(
            "voice", "trunkline_generated.vonage_voice.resources.voice", "AsyncVoice"
        )
        return resource
