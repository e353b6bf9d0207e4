"""Resource `taskrouter.v1.workspaces.task_queues`: generated from the spec. Do not edit.

create: CreateTaskQueue (POST /v1/Workspaces/{WorkspaceSid}/TaskQueues)
delete: DeleteTaskQueue (DELETE /v1/Workspaces/{WorkspaceSid}/TaskQueues/{Sid})
get: FetchTaskQueue (GET /v1/Workspaces/{WorkspaceSid}/TaskQueues/{Sid})
list: ListTaskQueue (GET /v1/Workspaces/{WorkspaceSid}/TaskQueues)
update: UpdateTaskQueue (POST /v1/Workspaces/{WorkspaceSid}/TaskQueues/{Sid})
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline._core._paging import AsyncPager, Pager
    from trunkline_generated.twilio_taskrouter_v1.models.task_order import TaskOrder
    from trunkline_generated.twilio_taskrouter_v1.models.task_queue import TaskQueue
    from trunkline_generated.twilio_taskrouter_v1.resources.workspaces_task_queues_cumulative_statistics import (
        AsyncWorkspacesTaskQueuesCumulativeStatistics,
        WorkspacesTaskQueuesCumulativeStatistics,
    )
    from trunkline_generated.twilio_taskrouter_v1.resources.workspaces_task_queues_real_time_statistics import (
        AsyncWorkspacesTaskQueuesRealTimeStatistics,
        WorkspacesTaskQueuesRealTimeStatistics,
    )
    from trunkline_generated.twilio_taskrouter_v1.resources.workspaces_task_queues_statistics import (
        AsyncWorkspacesTaskQueuesStatistics,
        WorkspacesTaskQueuesStatistics,
    )

__all__ = ["AsyncWorkspacesTaskQueues", "WorkspacesTaskQueues"]


class WorkspacesTaskQueues(SyncAPIResource):
    """`taskrouter.v1.workspaces.task_queues` (CreateTaskQueue, DeleteTaskQueue, FetchTaskQueue, ListTaskQueue, UpdateTaskQueue)."""

    _package = "twilio_taskrouter_v1"

    @cached_property
    def cumulative_statistics(self) -> WorkspacesTaskQueuesCumulativeStatistics:
        """`taskrouter.v1.workspaces.task_queues.cumulative_statistics`: get()"""
        resource: WorkspacesTaskQueuesCumulativeStatistics = self._child(
            "taskrouter.v1.workspaces.task_queues.cumulative_statistics",
            "trunkline_generated.twilio_taskrouter_v1.resources.workspaces_task_queues_cumulative_statistics",
            "WorkspacesTaskQueuesCumulativeStatistics",
        )
        return resource

    @cached_property
    def real_time_statistics(self) -> WorkspacesTaskQueuesRealTimeStatistics:
        """`taskrouter.v1.workspaces.task_queues.real_time_statistics`: get()"""
        resource: WorkspacesTaskQueuesRealTimeStatistics = self._child(
            "taskrouter.v1.workspaces.task_queues.real_time_statistics",
            "trunkline_generated.twilio_taskrouter_v1.resources.workspaces_task_queues_real_time_statistics",
            "WorkspacesTaskQueuesRealTimeStatistics",
        )
        return resource

    @cached_property
    def statistics(self) -> WorkspacesTaskQueuesStatistics:
        """`taskrouter.v1.workspaces.task_queues.statistics`: get(), list()"""
        resource: WorkspacesTaskQueuesStatistics = self._child(
            "taskrouter.v1.workspaces.task_queues.statistics",
            "trunkline_generated.twilio_taskrouter_v1.resources.workspaces_task_queues_statistics",
            "WorkspacesTaskQueuesStatistics",
        )
        return resource

    @_api_method
    def create(
        self,
        workspace_sid: str,
        *,
        friendly_name: str,
        target_workers: str | Unset = UNSET,
        max_reserved_workers: int | Unset = UNSET,
        task_order: TaskOrder | str | Unset = UNSET,
        reservation_activity_sid: str | Unset = UNSET,
        assignment_activity_sid: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> TaskQueue:
        """Create a TaskQueue.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            workspace_sid: The SID of the Workspace.
            friendly_name (`FriendlyName`): A descriptive string that you create to describe
                the TaskQueue. For example `Support-Tier 1`, `Sales`, or `Escalation`.
            target_workers (`TargetWorkers`): A string that describes the Worker selection
                criteria for any Tasks that enter the TaskQueue. For example, `'"language"
                == "spanish"'`. The default value is `1==1`. If this value is empty, Tasks
                will wait in the TaskQueue until they are deleted or moved to another
                TaskQueue. For more information about Worker selection, see [Describing
                Worker selection
                criteria](https://www.twilio.com/docs/taskrouter/api/taskqueues#target-
                workers).
            max_reserved_workers (`MaxReservedWorkers`): The maximum number of Workers to
                reserve for the assignment of a Task in the queue. Can be an integer between
                1 and 50, inclusive and defaults to 1.
            task_order (`TaskOrder`): How Tasks will be assigned to Workers. Set this
                parameter to `LIFO` to assign most recently created Task first or `FIFO` to
                assign the oldest Task. Default is FIFO. [Click
                here](https://www.twilio.com/docs/taskrouter/queue-ordering-last-first-out-
                lifo) to learn more.
            reservation_activity_sid (`ReservationActivitySid`): The SID of the Activity to
                assign Workers when a task is reserved for them.
            assignment_activity_sid (`AssignmentActivitySid`): The SID of the Activity to
                assign Workers when a task is assigned to them.
        """
        result: TaskQueue = self._request("workspaces.create_task_queue", locals())
        return result

    @_api_method
    def delete(
        self,
        workspace_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Delete a TaskQueue.

        Args:
            workspace_sid: The SID of the Workspace.
            sid: The SID of the TaskQueue resource.
        """
        self._request("workspaces.delete_task_queue", locals())

    @_api_method
    def get(
        self,
        workspace_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> TaskQueue:
        """Fetch a TaskQueue.

        Args:
            workspace_sid: The SID of the Workspace.
            sid: The SID of the TaskQueue resource.
        """
        result: TaskQueue = self._request("workspaces.fetch_task_queue", locals())
        return result

    @_api_method
    def list(
        self,
        workspace_sid: str,
        *,
        friendly_name: str | Unset = UNSET,
        evaluate_worker_attributes: str | Unset = UNSET,
        worker_sid: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Pager[TaskQueue]:
        """List the TaskQueues of a Workspace.

        Args:
            workspace_sid: The SID of the Workspace.
            friendly_name (`FriendlyName`): The `friendly_name` of the TaskQueue resources
                to read.
            evaluate_worker_attributes (`EvaluateWorkerAttributes`): The attributes of the
                Workers to read. Returns the TaskQueues with Workers that match the
                attributes specified in this parameter.
            worker_sid (`WorkerSid`): The SID of the Worker with the TaskQueue resources to
                read.
            ordering (`Ordering`): Sorting parameter for TaskQueues
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[TaskQueue] = self._list("workspaces.list_task_queue", locals())
        return pager

    @_api_method
    def update(
        self,
        workspace_sid: str,
        sid: str,
        *,
        friendly_name: str | Unset = UNSET,
        target_workers: str | Unset = UNSET,
        reservation_activity_sid: str | Unset = UNSET,
        assignment_activity_sid: str | Unset = UNSET,
        max_reserved_workers: int | Unset = UNSET,
        task_order: TaskOrder | str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> TaskQueue:
        """Update a TaskQueue.

        Args:
            workspace_sid: The SID of the Workspace.
            sid: The SID of the TaskQueue resource.
            friendly_name (`FriendlyName`): A descriptive string that you create to describe
                the TaskQueue. For example `Support-Tier 1`, `Sales`, or `Escalation`.
            target_workers (`TargetWorkers`): A string describing the Worker selection
                criteria for any Tasks that enter the TaskQueue. For example '"language" ==
                "spanish"' If no TargetWorkers parameter is provided, Tasks will wait in the
                queue until they are either deleted or moved to another queue. Additional
                examples on how to describing Worker selection criteria below.
            reservation_activity_sid (`ReservationActivitySid`): The SID of the Activity to
                assign Workers when a task is reserved for them.
            assignment_activity_sid (`AssignmentActivitySid`): The SID of the Activity to
                assign Workers when a task is assigned for them.
            max_reserved_workers (`MaxReservedWorkers`): The maximum number of Workers to
                create reservations for the assignment of a task while in the queue. Maximum
                of 50.
            task_order (`TaskOrder`): How Tasks will be assigned to Workers. Set this
                parameter to `LIFO` to assign most recently created Task first or `FIFO` to
                assign the oldest Task. Default is FIFO. [Click
                here](https://www.twilio.com/docs/taskrouter/queue-ordering-last-first-out-
                lifo) to learn more.
        """
        result: TaskQueue = self._request("workspaces.update_task_queue", locals())
        return result


class AsyncWorkspacesTaskQueues(AsyncAPIResource):
    """`taskrouter.v1.workspaces.task_queues` (CreateTaskQueue, DeleteTaskQueue, FetchTaskQueue, ListTaskQueue, UpdateTaskQueue). Awaitable."""

    _package = "twilio_taskrouter_v1"

    @cached_property
    def cumulative_statistics(self) -> AsyncWorkspacesTaskQueuesCumulativeStatistics:
        """`taskrouter.v1.workspaces.task_queues.cumulative_statistics`: get()"""
        resource: AsyncWorkspacesTaskQueuesCumulativeStatistics = self._child(
            "taskrouter.v1.workspaces.task_queues.cumulative_statistics",
            "trunkline_generated.twilio_taskrouter_v1.resources.workspaces_task_queues_cumulative_statistics",
            "AsyncWorkspacesTaskQueuesCumulativeStatistics",
        )
        return resource

    @cached_property
    def real_time_statistics(self) -> AsyncWorkspacesTaskQueuesRealTimeStatistics:
        """`taskrouter.v1.workspaces.task_queues.real_time_statistics`: get()"""
        resource: AsyncWorkspacesTaskQueuesRealTimeStatistics = self._child(
            "taskrouter.v1.workspaces.task_queues.real_time_statistics",
            "trunkline_generated.twilio_taskrouter_v1.resources.workspaces_task_queues_real_time_statistics",
            "AsyncWorkspacesTaskQueuesRealTimeStatistics",
        )
        return resource

    @cached_property
    def statistics(self) -> AsyncWorkspacesTaskQueuesStatistics:
        """`taskrouter.v1.workspaces.task_queues.statistics`: get(), list()"""
        resource: AsyncWorkspacesTaskQueuesStatistics = self._child(
            "taskrouter.v1.workspaces.task_queues.statistics",
            "trunkline_generated.twilio_taskrouter_v1.resources.workspaces_task_queues_statistics",
            "AsyncWorkspacesTaskQueuesStatistics",
        )
        return resource

    @_api_method
    async def create(
        self,
        workspace_sid: str,
        *,
        friendly_name: str,
        target_workers: str | Unset = UNSET,
        max_reserved_workers: int | Unset = UNSET,
        task_order: TaskOrder | str | Unset = UNSET,
        reservation_activity_sid: str | Unset = UNSET,
        assignment_activity_sid: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> TaskQueue:
        """Create a TaskQueue.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            workspace_sid: The SID of the Workspace.
            friendly_name (`FriendlyName`): A descriptive string that you create to describe
                the TaskQueue. For example `Support-Tier 1`, `Sales`, or `Escalation`.
            target_workers (`TargetWorkers`): A string that describes the Worker selection
                criteria for any Tasks that enter the TaskQueue. For example, `'"language"
                == "spanish"'`. The default value is `1==1`. If this value is empty, Tasks
                will wait in the TaskQueue until they are deleted or moved to another
                TaskQueue. For more information about Worker selection, see [Describing
                Worker selection
                criteria](https://www.twilio.com/docs/taskrouter/api/taskqueues#target-
                workers).
            max_reserved_workers (`MaxReservedWorkers`): The maximum number of Workers to
                reserve for the assignment of a Task in the queue. Can be an integer between
                1 and 50, inclusive and defaults to 1.
            task_order (`TaskOrder`): How Tasks will be assigned to Workers. Set this
                parameter to `LIFO` to assign most recently created Task first or `FIFO` to
                assign the oldest Task. Default is FIFO. [Click
                here](https://www.twilio.com/docs/taskrouter/queue-ordering-last-first-out-
                lifo) to learn more.
            reservation_activity_sid (`ReservationActivitySid`): The SID of the Activity to
                assign Workers when a task is reserved for them.
            assignment_activity_sid (`AssignmentActivitySid`): The SID of the Activity to
                assign Workers when a task is assigned to them.
        """
        result: TaskQueue = await self._request("workspaces.create_task_queue", locals())
        return result

    @_api_method
    async def delete(
        self,
        workspace_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Delete a TaskQueue.

        Args:
            workspace_sid: The SID of the Workspace.
            sid: The SID of the TaskQueue resource.
        """
        await self._request("workspaces.delete_task_queue", locals())

    @_api_method
    async def get(
        self,
        workspace_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> TaskQueue:
        """Fetch a TaskQueue.

        Args:
            workspace_sid: The SID of the Workspace.
            sid: The SID of the TaskQueue resource.
        """
        result: TaskQueue = await self._request("workspaces.fetch_task_queue", locals())
        return result

    @_api_method
    def list(
        self,
        workspace_sid: str,
        *,
        friendly_name: str | Unset = UNSET,
        evaluate_worker_attributes: str | Unset = UNSET,
        worker_sid: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPager[TaskQueue]:
        """List the TaskQueues of a Workspace.

        Args:
            workspace_sid: The SID of the Workspace.
            friendly_name (`FriendlyName`): The `friendly_name` of the TaskQueue resources
                to read.
            evaluate_worker_attributes (`EvaluateWorkerAttributes`): The attributes of the
                Workers to read. Returns the TaskQueues with Workers that match the
                attributes specified in this parameter.
            worker_sid (`WorkerSid`): The SID of the Worker with the TaskQueue resources to
                read.
            ordering (`Ordering`): Sorting parameter for TaskQueues
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[TaskQueue] = self._list("workspaces.list_task_queue", locals())
        return pager

    @_api_method
    async def update(
        self,
        workspace_sid: str,
        sid: str,
        *,
        friendly_name: str | Unset = UNSET,
        target_workers: str | Unset = UNSET,
        reservation_activity_sid: str | Unset = UNSET,
        assignment_activity_sid: str | Unset = UNSET,
        max_reserved_workers: int | Unset = UNSET,
        task_order: TaskOrder | str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> TaskQueue:
        """Update a TaskQueue.

        Args:
            workspace_sid: The SID of the Workspace.
            sid: The SID of the TaskQueue resource.
            friendly_name (`FriendlyName`): A descriptive string that you create to describe
                the TaskQueue. For example `Support-Tier 1`, `Sales`, or `Escalation`.
            target_workers (`TargetWorkers`): A string describing the Worker selection
                criteria for any Tasks that enter the TaskQueue. For example '"language" ==
                "spanish"' If no TargetWorkers parameter is provided, Tasks will wait in the
                queue until they are either deleted or moved to another queue. Additional
                examples on how to describing Worker selection criteria below.
            reservation_activity_sid (`ReservationActivitySid`): The SID of the Activity to
                assign Workers when a task is reserved for them.
            assignment_activity_sid (`AssignmentActivitySid`): The SID of the Activity to
                assign Workers when a task is assigned for them.
            max_reserved_workers (`MaxReservedWorkers`): The maximum number of Workers to
                create reservations for the assignment of a task while in the queue. Maximum
                of 50.
            task_order (`TaskOrder`): How Tasks will be assigned to Workers. Set this
                parameter to `LIFO` to assign most recently created Task first or `FIFO` to
                assign the oldest Task. Default is FIFO. [Click
                here](https://www.twilio.com/docs/taskrouter/queue-ordering-last-first-out-
                lifo) to learn more.
        """
        result: TaskQueue = await self._request("workspaces.update_task_queue", locals())
        return result
