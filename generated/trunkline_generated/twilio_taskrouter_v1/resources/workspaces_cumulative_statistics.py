"""Resource `taskrouter.v1.workspaces.cumulative_statistics`: generated from the spec. Do not edit.

get: FetchWorkspaceCumulativeStatistics (GET /v1/Workspaces/{WorkspaceSid}/CumulativeStatistics)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from trunkline_generated.twilio_taskrouter_v1.models.workspace_cumulative_statistics import (
        WorkspaceCumulativeStatistics,
    )

__all__ = ["AsyncWorkspacesCumulativeStatistics", "WorkspacesCumulativeStatistics"]


class WorkspacesCumulativeStatistics(SyncAPIResource):
    """`taskrouter.v1.workspaces.cumulative_statistics` (FetchWorkspaceCumulativeStatistics)."""

    _package = "twilio_taskrouter_v1"

    @_api_method
    def get(
        self,
        workspace_sid: str,
        *,
        end_date: datetime.datetime | Unset = UNSET,
        minutes: int | Unset = UNSET,
        start_date: datetime.datetime | Unset = UNSET,
        task_channel: str | Unset = UNSET,
        split_by_wait_time: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> WorkspaceCumulativeStatistics:
        """Fetch the cumulative statistics of a Workspace.

        Args:
            workspace_sid: The SID of the Workspace.
            end_date (`EndDate`): Only calculate statistics from this date and time and
                earlier, specified in GMT as an [ISO
                8601](https://en.wikipedia.org/wiki/ISO_8601) date-time.
            minutes (`Minutes`): Only calculate statistics since this many minutes in the
                past. The default is 15 minutes. This is helpful for displaying statistics
                for the last 15 minutes, 240 minutes (4 hours), and 480 minutes (8 hours) to
                see trends.
            start_date (`StartDate`): Only calculate statistics from this date and time and
                later, specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601)
                format.
            task_channel (`TaskChannel`): Only calculate statistics on this TaskChannel. Can
                be the TaskChannel's SID or its `unique_name`, such as `voice`, `sms`, or
                `default`.
            split_by_wait_time (`SplitByWaitTime`): A comma separated list of values that
                describes the thresholds, in seconds, to calculate statistics on. For each
                threshold specified, the number of Tasks canceled and reservations accepted
                above and below the specified thresholds in seconds are computed. For
                example, `5,30` would show splits of Tasks that were canceled or accepted
                before and after 5 seconds and before and after 30 seconds. This can be used
                to show short abandoned Tasks or Tasks that failed to meet an SLA.
                TaskRouter will calculate statistics on up to 10,000 Tasks for any given
                threshold.
        """
        result: WorkspaceCumulativeStatistics = self._request(
            "workspaces.fetch_workspace_cumulative_statistics", locals()
        )
        return result


class AsyncWorkspacesCumulativeStatistics(AsyncAPIResource):
    """`taskrouter.v1.workspaces.cumulative_statistics` (FetchWorkspaceCumulativeStatistics). Awaitable."""

    _package = "twilio_taskrouter_v1"

    @_api_method
    async def get(
        self,
        workspace_sid: str,
        *,
        end_date: datetime.datetime | Unset = UNSET,
        minutes: int | Unset = UNSET,
        start_date: datetime.datetime | Unset = UNSET,
        task_channel: str | Unset = UNSET,
        split_by_wait_time: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> WorkspaceCumulativeStatistics:
        """Fetch the cumulative statistics of a Workspace.

        Args:
            workspace_sid: The SID of the Workspace.
            end_date (`EndDate`): Only calculate statistics from this date and time and
                earlier, specified in GMT as an [ISO
                8601](https://en.wikipedia.org/wiki/ISO_8601) date-time.
            minutes (`Minutes`): Only calculate statistics since this many minutes in the
                past. The default is 15 minutes. This is helpful for displaying statistics
                for the last 15 minutes, 240 minutes (4 hours), and 480 minutes (8 hours) to
                see trends.
            start_date (`StartDate`): Only calculate statistics from this date and time and
                later, specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601)
                format.
            task_channel (`TaskChannel`): Only calculate statistics on this TaskChannel. Can
                be the TaskChannel's SID or its `unique_name`, such as `voice`, `sms`, or
                `default`.
            split_by_wait_time (`SplitByWaitTime`): A comma separated list of values that
                describes the thresholds, in seconds, to calculate statistics on. For each
                threshold specified, the number of Tasks canceled and reservations accepted
                above and below the specified thresholds in seconds are computed. For
                example, `5,30` would show splits of Tasks that were canceled or accepted
                before and after 5 seconds and before and after 30 seconds. This can be used
                to show short abandoned Tasks or Tasks that failed to meet an SLA.
                TaskRouter will calculate statistics on up to 10,000 Tasks for any given
                threshold.
        """
        result: WorkspaceCumulativeStatistics = await self._request(
            "workspaces.fetch_workspace_cumulative_statistics", locals()
        )
        return result
