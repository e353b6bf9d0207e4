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

    from trunkline_generated.vonage_verify.resources.verify import AsyncVerify, Verify

__all__ = ["AsyncResources", "Resources"]


class Resources(SyncAPIResource):
    """Every resource of this API."""

    _package = "vonage_verify"

    @cached_property
    def verify(self) -> Verify:
        """`verify`: check(), control(), search(), start()"""
        resource: Verify = self._child(
            "verify", "trunkline_generated.vonage_verify.resources.verify", "Verify"
        )
        return resource


class AsyncResources(AsyncAPIResource):
    """Every resource of this API. Awaitable."""

    _package = "vonage_verify"

    @cached_property
    def verify(self) -> AsyncVerify:
        """`verify`: check(), control(), search(), start()"""
        resource: AsyncVerify = self._child(
            "verify", "trunkline_generated.vonage_verify.resources.verify", "AsyncVerify"
        )
        return resource
