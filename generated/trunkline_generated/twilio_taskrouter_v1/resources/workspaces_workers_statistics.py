"""Resource `taskrouter.v1.workspaces.workers.statistics`: generated from the spec. Do not edit.

get: FetchWorkerStatistics (GET /v1/Workspaces/{WorkspaceSid}/Workers/Statistics)
get_for_worker: FetchWorkerInstanceStatistics (GET /v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Statistics)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from trunkline_generated.twilio_taskrouter_v1.models.worker_instance_statistics import (
        WorkerInstanceStatistics,
    )
    from trunkline_generated.twilio_taskrouter_v1.models.worker_statistics import WorkerStatistics

__all__ = ["AsyncWorkspacesWorkersStatistics", "WorkspacesWorkersStatistics"]


class WorkspacesWorkersStatistics(SyncAPIResource):
    """`taskrouter.v1.workspaces.workers.statistics` (FetchWorkerInstanceStatistics, FetchWorkerStatistics)."""

    _package = "twilio_taskrouter_v1"

    @_api_method
    def get(
        self,
        workspace_sid: str,
        *,
        minutes: int | Unset = UNSET,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
        task_queue_sid: str | Unset = UNSET,
        task_queue_name: str | Unset = UNSET,
        friendly_name: str | Unset = UNSET,
        task_channel: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> WorkerStatistics:
        """Fetch the real-time and cumulative statistics of all Workers of a Workspace.

        Args:
            workspace_sid: The SID of the Workspace.
            minutes (`Minutes`): Only calculate statistics since this many minutes in the
                past. The default is 15 minutes. This is helpful for displaying statistics
                for the last 15 minutes, 240 minutes (4 hours), and 480 minutes (8 hours) to
                see trends.
            start_date (`StartDate`): Only calculate statistics from this date and time and
                later, specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601)
                format.
            end_date (`EndDate`): Only calculate statistics from this date and time and
                earlier, specified in GMT as an [ISO
                8601](https://en.wikipedia.org/wiki/ISO_8601) date-time.
            task_queue_sid (`TaskQueueSid`): The SID of the TaskQueue for which to fetch
                Worker statistics.
            task_queue_name (`TaskQueueName`): The `friendly_name` of the TaskQueue for
                which to fetch Worker statistics.
            friendly_name (`FriendlyName`): Only include Workers with `friendly_name` values
                that match this parameter.
            task_channel (`TaskChannel`): Only calculate statistics on this TaskChannel. Can
                be the TaskChannel's SID or its `unique_name`, such as `voice`, `sms`, or
                `default`.
        """
        result: WorkerStatistics = self._request("workspaces.fetch_worker_statistics", locals())
        return result

    @_api_method
    def get_for_worker(
        self,
        workspace_sid: str,
        worker_sid: str,
        *,
        minutes: int | Unset = UNSET,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
        task_channel: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> WorkerInstanceStatistics:
        """Fetch the cumulative statistics of one Worker.

        Args:
            workspace_sid: The SID of the Workspace.
            worker_sid: The SID of the Worker with the statistics to fetch.
            minutes (`Minutes`): Only calculate statistics since this many minutes in the
                past. The default is 15 minutes. This is helpful for displaying statistics
                for the last 15 minutes, 240 minutes (4 hours), and 480 minutes (8 hours) to
                see trends.
            start_date (`StartDate`): Only calculate statistics from this date and time and
                later, specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601)
                format.
            end_date (`EndDate`): Only calculate statistics from this date and time and
                earlier, specified in GMT as an [ISO
                8601](https://en.wikipedia.org/wiki/ISO_8601) date-time.
            task_channel (`TaskChannel`): Only calculate statistics on this TaskChannel. Can
                be the TaskChannel's SID or its `unique_name`, such as `voice`, `sms`, or
                `default`.
        """
        result: WorkerInstanceStatistics = self._request(
            "workspaces.fetch_worker_instance_statistics", locals()
        )
        return result


class AsyncWorkspacesWorkersStatistics(AsyncAPIResource):
    """`taskrouter.v1.workspaces.workers.statistics` (FetchWorkerInstanceStatistics, FetchWorkerStatistics). Awaitable."""

    _package = "twilio_taskrouter_v1"

    @_api_method
    async def get(
        self,
        workspace_sid: str,
        *,
        minutes: int | Unset = UNSET,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
        task_queue_sid: str | Unset = UNSET,
        task_queue_name: str | Unset = UNSET,
        friendly_name: str | Unset = UNSET,
        task_channel: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> WorkerStatistics:
        """Fetch the real-time and cumulative statistics of all Workers of a Workspace.

        Args:
            workspace_sid: The SID of the Workspace.
            minutes (`Minutes`): Only calculate statistics since this many minutes in the
                past. The default is 15 minutes. This is helpful for displaying statistics
                for the last 15 minutes, 240 minutes (4 hours), and 480 minutes (8 hours) to
                see trends.
            start_date (`StartDate`): Only calculate statistics from this date and time and
                later, specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601)
                format.
            end_date (`EndDate`): Only calculate statistics from this date and time and
                earlier, specified in GMT as an [ISO
                8601](https://en.wikipedia.org/wiki/ISO_8601) date-time.
            task_queue_sid (`TaskQueueSid`): The SID of the TaskQueue for which to fetch
                Worker statistics.
            task_queue_name (`TaskQueueName`): The `friendly_name` of the TaskQueue for
                which to fetch Worker statistics.
            friendly_name (`FriendlyName`): Only include Workers with `friendly_name` values
                that match this parameter.
            task_channel (`TaskChannel`): Only calculate statistics on this TaskChannel. Can
                be the TaskChannel's SID or its `unique_name`, such as `voice`, `sms`, or
                `default`.
        """
        result: WorkerStatistics = await self._request(
            "workspaces.fetch_worker_statistics", locals()
        )
        return result

    @_api_method
    async def get_for_worker(
        self,
        workspace_sid: str,
        worker_sid: str,
        *,
        minutes: int | Unset = UNSET,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
        task_channel: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> WorkerInstanceStatistics:
        """Fetch the cumulative statistics of one Worker.

        Args:
            workspace_sid: The SID of the Workspace.
            worker_sid: The SID of the Worker with the statistics to fetch.
            minutes (`Minutes`): Only calculate statistics since this many minutes in the
                past. The default is 15 minutes. This is helpful for displaying statistics
                for the last 15 minutes, 240 minutes (4 hours), and 480 minutes (8 hours) to
                see trends.
            start_date (`StartDate`): Only calculate statistics from this date and time and
                later, specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601)
                format.
            end_date (`EndDate`): Only calculate statistics from this date and time and
                earlier, specified in GMT as an [ISO
                8601](https://en.wikipedia.org/wiki/ISO_8601) date-time.
            task_channel (`TaskChannel`): Only calculate statistics on this TaskChannel. Can
                be the TaskChannel's SID or its `unique_name`, such as `voice`, `sms`, or
                `default`.
        """
        result: WorkerInstanceStatistics = await self._request(
            "workspaces.fetch_worker_instance_statistics", locals()
        )
        return result
