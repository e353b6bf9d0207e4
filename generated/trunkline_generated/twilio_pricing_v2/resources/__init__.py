"""Resource `pricing.v2`: generated from the spec. Do not edit."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline_generated.twilio_pricing_v2.resources.trunking import AsyncTrunking, Trunking
    from trunkline_generated.twilio_pricing_v2.resources.voice import AsyncVoice, Voice

__all__ = ["AsyncResources", "Resources"]


class Resources(SyncAPIResource):
    """Every resource of this API."""

    _package = "twilio_pricing_v2"

    @cached_property
    def trunking(self) -> Trunking:
        """`pricing.v2.trunking`: .countries, .numbers"""
        resource: Trunking = self._child(
            "pricing.v2.trunking",
            "trunkline_generated.twilio_pricing_v2.resources.trunking",
            "Trunking",
        )
        return resource

    @cached_property
    def voice(self) -> Voice:
        """`pricing.v2.voice`: .countries, .numbers"""
        resource: Voice = self._child(
            "pricing.v2.voice", "trunkline_generated.twilio_pricing_v2.resources.voice", "Voice"
        )
        return resource


class AsyncResources(AsyncAPIResource):
    """Every resource of this API. Awaitable."""

    _package = "twilio_pricing_v2"

    @cached_property
    def trunking(self) -> AsyncTrunking:
        """`pricing.v2.trunking`: .countries, .numbers"""
        resource: AsyncTrunking = self._child(
            "pricing.v2.trunking",
            "trunkline_generated.twilio_pricing_v2.resources.trunking",
            "AsyncTrunking",
        )
        return resource

    @cached_property
    def voice(self) -> AsyncVoice:
        """`pricing.v2.voice`: .countries, .numbers"""
        resource: AsyncVoice = self._child(
            "pricing.v2.voice",
            "trunkline_generated.twilio_pricing_v2.resources.voice",
            "AsyncVoice",
        )
        return resource
