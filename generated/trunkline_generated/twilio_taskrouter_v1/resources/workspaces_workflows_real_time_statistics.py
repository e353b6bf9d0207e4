"""Resource `taskrouter.v1.workspaces.workflows.real_time_statistics`: generated from the spec. Do not edit.

get: FetchWorkflowRealTimeStatistics (GET /v1/Workspaces/{WorkspaceSid}/Workflows/{WorkflowSid}/RealTimeStatistics)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline_generated.twilio_taskrouter_v1.models.workflow_real_time_statistics import (
        WorkflowRealTimeStatistics,
    )

__all__ = ["AsyncWorkspacesWorkflowsRealTimeStatistics", "WorkspacesWorkflowsRealTimeStatistics"]


class WorkspacesWorkflowsRealTimeStatistics(SyncAPIResource):
    """`taskrouter.v1.workspaces.workflows.real_time_statistics` (FetchWorkflowRealTimeStatistics)."""

    _package = "twilio_taskrouter_v1"

    @_api_method
    def get(
        self,
        workspace_sid: str,
        workflow_sid: str,
        *,
        task_channel: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> WorkflowRealTimeStatistics:
        """Fetch the real-time statistics of a Workflow.

        Args:
            workspace_sid: The SID of the Workspace.
            workflow_sid: The SID of the Workflow with the statistics to fetch.
            task_channel (`TaskChannel`): Only calculate statistics on this TaskChannel. Can
                be the TaskChannel's SID or its `unique_name`, such as `voice`, `sms`, or
                `default`.
        """
        result: WorkflowRealTimeStatistics = self._request(
            "workspaces.fetch_workflow_real_time_statistics", locals()
        )
        return result


class AsyncWorkspacesWorkflowsRealTimeStatistics(AsyncAPIResource):
    """`taskrouter.v1.workspaces.workflows.real_time_statistics` (FetchWorkflowRealTimeStatistics). Awaitable."""

    _package = "twilio_taskrouter_v1"

    @_api_method
    async def get(
        self,
        workspace_sid: str,
        workflow_sid: str,
        *,
        task_channel: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> WorkflowRealTimeStatistics:
        """Fetch the real-time statistics of a Workflow.

        Args:
            workspace_sid: The SID of the Workspace.
            workflow_sid: The SID of the Workflow with the statistics to fetch.
            task_channel (`TaskChannel`): Only calculate statistics on this TaskChannel. Can
                be the TaskChannel's SID or its `unique_name`, such as `voice`, `sms`, or
                `default`.
        """
        result: WorkflowRealTimeStatistics = await self._request(
            "workspaces.fetch_workflow_real_time_statistics", locals()
        )
        return result
