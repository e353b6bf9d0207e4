"""Resource `pricing.v1.messaging`: generated from the spec. Do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from trunkline_generated.twilio_pricing_v1.resources.messaging_countries import (
        AsyncMessagingCountries,
        MessagingCountries,
    )

__all__ = ["AsyncMessaging", "Messaging"]


class Messaging(SyncAPIResource):
    """`pricing.v1.messaging`: countries."""

    _package = "twilio_pricing_v1"

    @cached_property
    def countries(self) -> MessagingCountries:
        """`pricing.v1.messaging.countries`: get(), list()"""
        resource: MessagingCountries = self._child(
            "pricing.v1.messaging.countries",
            "trunkline_generated.twilio_pricing_v1.resources.messaging_countries",
            "MessagingCountries",
        )
        return resource


class AsyncMessaging(AsyncAPIResource):
    """`pricing.v1.messaging`: countries. Awaitable."""

    _package = "twilio_pricing_v1"

    @cached_property
    def countries(self) -> AsyncMessagingCountries:
        """`pricing.v1.messaging.countries`: get(), list()"""
        resource: AsyncMessagingCountries = self._child(
            "pricing.v1.messaging.countries",
            "trunkline_generated.twilio_pricing_v1.resources.messaging_countries",
            "AsyncMessagingCountries",
        )
        return resource
