"""Resource `pricing.v1`: generated from the spec. Do not edit."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline_generated.twilio_pricing_v1.resources.messaging import AsyncMessaging, Messaging
    from trunkline_generated.twilio_pricing_v1.resources.phone_numbers import (
        AsyncPhoneNumbers,
        PhoneNumbers,
    )
    from trunkline_generated.twilio_pricing_v1.resources.voice import AsyncVoice, Voice

__all__ = ["AsyncResources", "Resources"]


class Resources(SyncAPIResource):
    """Every resource of this API."""

    _package = "twilio_pricing_v1"

    @cached_property
    def messaging(self) -> Messaging:
        """`pricing.v1.messaging`: .countries"""
        resource: Messaging = self._child(
            "pricing.v1.messaging",
            "trunkline_generated.twilio_pricing_v1.resources.messaging",
            "Messaging",
        )
        return resource

    @cached_property
    def phone_numbers(self) -> PhoneNumbers:
        """`pricing.v1.phone_numbers`: .countries"""
        resource: PhoneNumbers = self._child(
            "pricing.v1.phone_numbers",
            "trunkline_generated.twilio_pricing_v1.resources.phone_numbers",
            "PhoneNumbers",
        )
        return resource

    @cached_property
    def voice(self) -> Voice:
        """`pricing.v1.voice`: .countries, .numbers"""
        resource: Voice = self._child(
            "pricing.v1.voice", "trunkline_generated.twilio_pricing_v1.resources.voice", "Voice"
        )
        return resource


class AsyncResources(AsyncAPIResource):
    """Every resource of this API. Awaitable."""

    _package = "twilio_pricing_v1"

    @cached_property
    def messaging(self) -> AsyncMessaging:
        """`pricing.v1.messaging`: .countries"""
        resource: AsyncMessaging = self._child(
            "pricing.v1.messaging",
            "trunkline_generated.twilio_pricing_v1.resources.messaging",
            "AsyncMessaging",
        )
        return resource

    @cached_property
    def phone_numbers(self) -> AsyncPhoneNumbers:
        """`pricing.v1.phone_numbers`: .countries"""
        resource: AsyncPhoneNumbers = self._child(
            "pricing.v1.phone_numbers",
            "trunkline_generated.twilio_pricing_v1.resources.phone_numbers",
            "AsyncPhoneNumbers",
        )
        return resource

    @cached_property
    def voice(self) -> AsyncVoice:
        """`pricing.v1.voice`: .countries, .numbers"""
        resource: AsyncVoice = self._child(
            "pricing.v1.voice",
            "trunkline_generated.twilio_pricing_v1.resources.voice",
            "AsyncVoice",
        )
        return resource
