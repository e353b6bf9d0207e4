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

    from trunkline_generated.vonage_number_insight.resources.number_insight import (
        AsyncNumberInsight,
        NumberInsight,
    )

__all__ = ["AsyncResources", "Resources"]


class Resources(SyncAPIResource):
    """Every resource of this API."""

    _package = "vonage_number_insight"

    @cached_property
    def number_insight(self) -> NumberInsight:
        """`number_insight`: advanced(), advanced_async(), basic(), standard()"""
        resource: NumberInsight = self._child(
            "number_insight",
            "trunkline_generated.vonage_number_insight.resources.number_insight",
            "NumberInsight",
        )
        return resource


class AsyncResources(AsyncAPIResource):
    """Every resource of this API. Awaitable."""

    _package = "vonage_number_insight"

    @cached_property
    def number_insight(self) -> AsyncNumberInsight:
        """`number_insight`: advanced(), advanced_async(), basic(), standard()"""
        resource: AsyncNumberInsight = self._child(
            "number_insight",
            "trunkline_generated.vonage_number_insight.resources.number_insight",
            "AsyncNumberInsight",
        )
        return resource
