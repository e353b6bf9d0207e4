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

    from trunkline_generated.vonage_pricing.resources.pricing import AsyncPricing, Pricing

__all__ = ["AsyncResources", "Resources"]


class Resources(SyncAPIResource):
    """Every resource of this API."""

    _package = "vonage_pricing"

    @cached_property
    def pricing(self) -> Pricing:
        """`pricing`: get_all_countries(), get_country(), get_phone(), get_prefix()"""
        resource: Pricing = self._child(
            "pricing", "trunkline_generated.vonage_pricing.resources.pricing", "Pricing"
        )
        return resource


class AsyncResources(AsyncAPIResource):
    """Every resource of this API. Awaitable."""

    _package = "vonage_pricing"

    @cached_property
    def pricing(self) -> AsyncPricing:
        """`pricing`: get_all_countries(), get_country(), get_phone(), get_prefix()"""
        resource: AsyncPricing = self._child(
            "pricing", "trunkline_generated.vonage_pricing.resources.pricing", "AsyncPricing"
        )
        return resource
