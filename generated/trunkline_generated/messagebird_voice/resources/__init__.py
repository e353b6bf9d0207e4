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

    from trunkline_generated.messagebird_voice.resources.calls import AsyncCalls, Calls

__all__ = ["AsyncResources", "Resources"]


class Resources(SyncAPIResource):
    """Every resource of this API."""

    _package = "messagebird_voice"

    @cached_property
    def calls(self) -> Calls:
        """`calls`: get(), list()"""
        resource: Calls = self._child(
            "calls", "trunkline_generated.messagebird_voice.resources.calls", "Calls"
        )
        return resource


class AsyncResources(AsyncAPIResource):
    """Every resource of this API. Awaitable."""

    _package = "messagebird_voice"

    @cached_property
    def calls(self) -> AsyncCalls:
        """`calls`: get(), list()"""
        resource: AsyncCalls = self._child(
            "calls", "trunkline_generated.messagebird_voice.resources.calls", "AsyncCalls"
        )
        return resource
