"""Resource `taskrouter.v1.workspaces.workers.real_time_statistics`: generated from the spec. Do not edit.

get: FetchWorkersRealTimeStatistics (GET /v1/Workspaces/{WorkspaceSid}/Workers/RealTimeStatistics)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline_generated.twilio_taskrouter_v1.models.workers_real_time_statistics import (
        WorkersRealTimeStatistics,
    )

__all__ = ["AsyncWorkspacesWorkersRealTimeStatistics", "WorkspacesWorkersRealTimeStatistics"]


class WorkspacesWorkersRealTimeStatistics(SyncAPIResource):
    """`taskrouter.v1.workspaces.workers.real_time_statistics` (FetchWorkersRealTimeStatistics)."""

    _package = "twilio_taskrouter_v1"

    @_api_method
    def get(
        self,
        workspace_sid: str,
        *,
        task_channel: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> WorkersRealTimeStatistics:
        """Fetch the real-time statistics of all Workers of a Workspace.

        Args:
            workspace_sid: The SID of the Workspace.
            task_channel (`TaskChannel`): Only calculate statistics on this TaskChannel. Can
                be the TaskChannel's SID or its `unique_name`, such as `voice`, `sms`, or
                `default`.
        """
        result: WorkersRealTimeStatistics = self._request(
            "workspaces.fetch_workers_real_time_statistics", locals()
        )
        return result


class AsyncWorkspacesWorkersRealTimeStatistics(AsyncAPIResource):
    """`taskrouter.v1.workspaces.workers.real_time_statistics` (FetchWorkersRealTimeStatistics). Awaitable."""

    _package = "twilio_taskrouter_v1"

    @_api_method
    async def get(
        self,
        workspace_sid: str,
        *,
        task_channel: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> WorkersRealTimeStatistics:
        """Fetch the real-time statistics of all Workers of a Workspace.

        Args:
            workspace_sid: The SID of the Workspace.
            task_channel (`TaskChannel`): Only calculate statistics on this TaskChannel. Can
                be the TaskChannel's SID or its `unique_name`, such as `voice`, `sms`, or
                `default`.
        """
        result: WorkersRealTimeStatistics = await self._request(
            "workspaces.fetch_workers_real_time_statistics", locals()
        )
        return result
