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

    from trunkline_generated.vonage_applications.resources.applications import (
        Applications,
        AsyncApplications,
    )

__all__ = ["AsyncResources", "Resources"]


class Resources(SyncAPIResource):
    """Every resource of this API."""

    _package = "vonage_applications"

    @cached_property
    def applications(self) -> Applications:
        """`applications`: create(), delete(), get(), list(), update()"""
        resource: Applications = self._child(
            "applications",
            "trunkline_generated.vonage_applications.resources.applications",
            "Applications",
        )
        return resource


class AsyncResources(AsyncAPIResource):
    """Every resource of this API. Awaitable."""

    _package = "vonage_applications"

    @cached_property
    def applications(self) -> AsyncApplications:
        """`applications`: create(), delete(), get(), list(), update()"""
        resource: AsyncApplications = self._child(
            "applications",
            "trunkline_generated.vonage_applications.resources.applications",
            "AsyncApplications",
        )
        return resource
