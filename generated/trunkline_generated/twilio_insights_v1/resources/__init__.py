"""Resource `insights.v1`: generated from the spec. Do not edit."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline_generated.twilio_insights_v1.resources.voice import AsyncVoice, Voice

__all__ = ["AsyncResources", "Resources"]


class Resources(SyncAPIResource):
    """Every resource of this API."""

    _package = "twilio_insights_v1"

    @cached_property
    def voice(self) -> Voice:
        """`insights.v1.voice`: get(), .events, .metrics, .summaries, .summary"""
        resource: Voice = self._child(
            "insights.v1.voice", "trunkline_generated.twilio_insights_v1.resources.voice", "Voice"
        )
        return resource


class AsyncResources(AsyncAPIResource):
    """Every resource of this API. Awaitable."""

    _package = "twilio_insights_v1"

    @cached_property
    def voice(self) -> AsyncVoice:
        """`insights.v1.voice`: get(), .events, .metrics, .summaries, .summary"""
        resource: AsyncVoice = self._child(
            "insights.v1.voice",
            "trunkline_generated.twilio_insights_v1.resources.voice",
            "AsyncVoice",
        )
        return resource
