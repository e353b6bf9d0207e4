"""Resource `pricing.v2.trunking`: generated from the spec. Do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from trunkline_generated.twilio_pricing_v2.resources.trunking_countries import (
        AsyncTrunkingCountries,
        TrunkingCountries,
    )
    from trunkline_generated.twilio_pricing_v2.resources.trunking_numbers import (
        AsyncTrunkingNumbers,
        TrunkingNumbers,
    )

__all__ = ["AsyncTrunking", "Trunking"]


class Trunking(SyncAPIResource):
    """`pricing.v2.trunking`: countries, numbers."""

    _package = "twilio_pricing_v2"

    @cached_property
    def countries(self) -> TrunkingCountries:
        """`pricing.v2.trunking.countries`: get(), list()"""
        resource: TrunkingCountries = self._child(
            "pricing.v2.trunking.countries",
            "trunkline_generated.twilio_pricing_v2.resources.trunking_countries",
            "TrunkingCountries",
        )
        return resource

    @cached_property
    def numbers(self) -> TrunkingNumbers:
        """`pricing.v2.trunking.numbers`: get()"""
        resource: TrunkingNumbers = self._child(
            "pricing.v2.trunking.numbers",
            "trunkline_generated.twilio_pricing_v2.resources.trunking_numbers",
            "TrunkingNumbers",
        )
        return resource


class AsyncTrunking(AsyncAPIResource):
    """`pricing.v2.trunking`: countries, numbers. Awaitable."""

    _package = "twilio_pricing_v2"

    @cached_property
    def countries(self) -> AsyncTrunkingCountries:
        """`pricing.v2.trunking.countries`: get(), list()"""
        resource: AsyncTrunkingCountries = self._child(
            "pricing.v2.trunking.countries",
            "trunkline_generated.twilio_pricing_v2.resources.trunking_countries",
            "AsyncTrunkingCountries",
        )
        return resource

    @cached_property
    def numbers(self) -> AsyncTrunkingNumbers:
        """`pricing.v2.trunking.numbers`: get()"""
        resource: AsyncTrunkingNumbers = self._child(
            "pricing.v2.trunking.numbers",
            "trunkline_generated.twilio_pricing_v2.resources.trunking_numbers",
            "AsyncTrunkingNumbers",
        )
        return resource
