"""Resource `taskrouter.v1`: generated from the spec. Do not edit."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline_generated.twilio_taskrouter_v1.resources.workspaces import (
        AsyncWorkspaces,
        Workspaces,
    )

__all__ = ["AsyncResources", "Resources"]


class Resources(SyncAPIResource):
    """Every resource of this API."""

    _package = "twilio_taskrouter_v1"

    @cached_property
    def workspaces(self) -> Workspaces:
        """`taskrouter.v1.workspaces`: create(), delete(), get(), list(), update(), .activities, .cumulative_statistics, .real_time_statistics, .statistics, .task_queues, .tasks, .workers, .workflows"""
        resource: Workspaces = self._child(
            "taskrouter.v1.workspaces",
            "trunkline_generated.twilio_taskrouter_v1.resources.workspaces",
            "Workspaces",
        )
        return resource


class AsyncResources(AsyncAPIResource):
    """Every resource of this API. Awaitable."""

    _package = "twilio_taskrouter_v1"

    @cached_property
    def workspaces(self) -> AsyncWorkspaces:
        """`taskrouter.v1.workspaces`: create(), delete(), get(), list(), update(), .activities, .cumulative_statistics, .real_time_statistics, .statistics, .task_queues, .tasks, .workers, .workflows"""
        resource: AsyncWorkspaces = self._child(
            "taskrouter.v1.workspaces",
            "trunkline_generated.twilio_taskrouter_v1.resources.workspaces",
            "AsyncWorkspaces",
        )
        return resource
