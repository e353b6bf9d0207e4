"""Resource `taskrouter.v1.workspaces.task_queues.statistics`: generated from the spec. Do not edit.

get: FetchTaskQueueStatistics (GET /v1/Workspaces/{WorkspaceSid}/TaskQueues/{TaskQueueSid}/Statistics)
list: ListTaskQueuesStatistics (GET /v1/Workspaces/{WorkspaceSid}/TaskQueues/Statistics)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from trunkline._core._paging import AsyncPager, Pager
    from trunkline_generated.twilio_taskrouter_v1.models.task_queue_statistics import (
        TaskQueueStatistics,
    )
    from trunkline_generated.twilio_taskrouter_v1.models.task_queues_statistics import (
        TaskQueuesStatistics,
    )

__all__ = ["AsyncWorkspacesTaskQueuesStatistics", "WorkspacesTaskQueuesStatistics"]


class WorkspacesTaskQueuesStatistics(SyncAPIResource):
    """`taskrouter.v1.workspaces.task_queues.statistics` (FetchTaskQueueStatistics, ListTaskQueuesStatistics)."""

    _package = "twilio_taskrouter_v1"

    @_api_method
    def get(
        self,
        workspace_sid: str,
        task_queue_sid: str,
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
    ) -> TaskQueueStatistics:
        """Fetch the real-time and cumulative statistics of a TaskQueue.

        Args:
            workspace_sid: The SID of the Workspace.
            task_queue_sid: The SID of the TaskQueue with the statistics to fetch.
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
        result: TaskQueueStatistics = self._request(
            "workspaces.fetch_task_queue_statistics", locals()
        )
        return result

    @_api_method
    def list(
        self,
        workspace_sid: str,
        *,
        end_date: datetime.datetime | Unset = UNSET,
        friendly_name: str | Unset = UNSET,
        minutes: int | Unset = UNSET,
        start_date: datetime.datetime | Unset = UNSET,
        task_channel: str | Unset = UNSET,
        split_by_wait_time: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Pager[TaskQueuesStatistics]:
        """List the statistics of every TaskQueue of a Workspace.

        Args:
            workspace_sid: The SID of the Workspace.
            end_date (`EndDate`): Only calculate statistics from this date and time and
                earlier, specified in GMT as an [ISO
                8601](https://en.wikipedia.org/wiki/ISO_8601) date-time.
            friendly_name (`FriendlyName`): The `friendly_name` of the TaskQueue statistics
                to read.
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
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[TaskQueuesStatistics] = self._list(
            "workspaces.list_task_queues_statistics", locals()
        )
        return pager


class AsyncWorkspacesTaskQueuesStatistics(AsyncAPIResource):
    """`taskrouter.v1.workspaces.task_queues.statistics` (FetchTaskQueueStatistics, ListTaskQueuesStatistics). Awaitable."""

    _package = "twilio_taskrouter_v1"

    @_api_method
    async def get(
        self,
        workspace_sid: str,
        task_queue_sid: str,
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
    ) -> TaskQueueStatistics:
        """Fetch the real-time and cumulative statistics of a TaskQueue.

        Args:
            workspace_sid: The SID of the Workspace.
            task_queue_sid: The SID of the TaskQueue with the statistics to fetch.
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
        result: TaskQueueStatistics = await self._request(
            "workspaces.fetch_task_queue_statistics", locals()
        )
        return result

    @_api_method
    def list(
        self,
        workspace_sid: str,
        *,
        end_date: datetime.datetime | Unset = UNSET,
        friendly_name: str | Unset = UNSET,
        minutes: int | Unset = UNSET,
        start_date: datetime.datetime | Unset = UNSET,
        task_channel: str | Unset = UNSET,
        split_by_wait_time: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPager[TaskQueuesStatistics]:
        """List the statistics of every TaskQueue of a Workspace.

        Args:
            workspace_sid: The SID of the Workspace.
            end_date (`EndDate`): Only calculate statistics from this date and time and
                earlier, specified in GMT as an [ISO
                8601](https://en.wikipedia.org/wiki/ISO_8601) date-time.
            friendly_name (`FriendlyName`): The `friendly_name` of the TaskQueue statistics
                to read.
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
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[TaskQueuesStatistics] = self._list(
            "workspaces.list_task_queues_statistics", locals()
        )
        return pager
