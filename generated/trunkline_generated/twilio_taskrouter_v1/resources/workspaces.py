"""Resource `taskrouter.v1.workspaces`: generated from the spec. Do not edit.

create: CreateWorkspace (POST /v1/Workspaces)
delete: DeleteWorkspace (DELETE /v1/Workspaces/{Sid})
get: FetchWorkspace (GET /v1/Workspaces/{Sid})
list: ListWorkspace (GET /v1/Workspaces)
update: UpdateWorkspace (POST /v1/Workspaces/{Sid})
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
    from trunkline_generated.twilio_taskrouter_v1.models.queue_order import QueueOrder
    from trunkline_generated.twilio_taskrouter_v1.models.workspace import Workspace
    from trunkline_generated.twilio_taskrouter_v1.resources.workspaces_activities import (
        AsyncWorkspacesActivities,
        WorkspacesActivities,
    )
    from trunkline_generated.twilio_taskrouter_v1.resources.workspaces_cumulative_statistics import (
        AsyncWorkspacesCumulativeStatistics,
        WorkspacesCumulativeStatistics,
    )
    from trunkline_generated.twilio_taskrouter_v1.resources.workspaces_real_time_statistics import (
        AsyncWorkspacesRealTimeStatistics,
        WorkspacesRealTimeStatistics,
    )
    from trunkline_generated.twilio_taskrouter_v1.resources.workspaces_statistics import (
        AsyncWorkspacesStatistics,
        WorkspacesStatistics,
    )
    from trunkline_generated.twilio_taskrouter_v1.resources.workspaces_task_queues import (
        AsyncWorkspacesTaskQueues,
        WorkspacesTaskQueues,
    )
    from trunkline_generated.twilio_taskrouter_v1.resources.workspaces_tasks import (
        AsyncWorkspacesTasks,
        WorkspacesTasks,
    )
    from trunkline_generated.twilio_taskrouter_v1.resources.workspaces_workers import (
        AsyncWorkspacesWorkers,
        WorkspacesWorkers,
    )
    from trunkline_generated.twilio_taskrouter_v1.resources.workspaces_workflows import (
        AsyncWorkspacesWorkflows,
        WorkspacesWorkflows,
    )

__all__ = ["AsyncWorkspaces", "Workspaces"]


class Workspaces(SyncAPIResource):
    """`taskrouter.v1.workspaces` (CreateWorkspace, DeleteWorkspace, FetchWorkspace, ListWorkspace, UpdateWorkspace)."""

    _package = "twilio_taskrouter_v1"

    @cached_property
    def activities(self) -> WorkspacesActivities:
        """`taskrouter.v1.workspaces.activities`: create(), delete(), get(), list(), update()"""
        resource: WorkspacesActivities = self._child(
            "taskrouter.v1.workspaces.activities",
            "trunkline_generated.twilio_taskrouter_v1.resources.workspaces_activities",
            "WorkspacesActivities",
        )
        return resource

    @cached_property
    def cumulative_statistics(self) -> WorkspacesCumulativeStatistics:
        """`taskrouter.v1.workspaces.cumulative_statistics`: get()"""
        resource: WorkspacesCumulativeStatistics = self._child(
            "taskrouter.v1.workspaces.cumulative_statistics",
            "trunkline_generated.twilio_taskrouter_v1.resources.workspaces_cumulative_statistics",
            "WorkspacesCumulativeStatistics",
        )
        return resource

    @cached_property
    def real_time_statistics(self) -> WorkspacesRealTimeStatistics:
        """`taskrouter.v1.workspaces.real_time_statistics`: get()"""
        resource: WorkspacesRealTimeStatistics = self._child(
            "taskrouter.v1.workspaces.real_time_statistics",
            "trunkline_generated.twilio_taskrouter_v1.resources.workspaces_real_time_statistics",
            "WorkspacesRealTimeStatistics",
        )
        return resource

    @cached_property
    def statistics(self) -> WorkspacesStatistics:
        """`taskrouter.v1.workspaces.statistics`: get()"""
        resource: WorkspacesStatistics = self._child(
            "taskrouter.v1.workspaces.statistics",
            "trunkline_generated.twilio_taskrouter_v1.resources.workspaces_statistics",
            "WorkspacesStatistics",
        )
        return resource

    @cached_property
    def task_queues(self) -> WorkspacesTaskQueues:
        """`taskrouter.v1.workspaces.task_queues`: create(), delete(), get(), list(), update(), .cumulative_statistics, .real_time_statistics, .statistics"""
        resource: WorkspacesTaskQueues = self._child(
            "taskrouter.v1.workspaces.task_queues",
            "trunkline_generated.twilio_taskrouter_v1.resources.workspaces_task_queues",
            "WorkspacesTaskQueues",
        )
        return resource

    @cached_property
    def tasks(self) -> WorkspacesTasks:
        """`taskrouter.v1.workspaces.tasks`: create(), delete(), get(), list(), update()"""
        resource: WorkspacesTasks = self._child(
            "taskrouter.v1.workspaces.tasks",
            "trunkline_generated.twilio_taskrouter_v1.resources.workspaces_tasks",
            "WorkspacesTasks",
        )
        return resource

    @cached_property
    def workers(self) -> WorkspacesWorkers:
        """`taskrouter.v1.workspaces.workers`: create(), delete(), get(), list(), update(), .cumulative_statistics, .real_time_statistics, .statistics"""
        resource: WorkspacesWorkers = self._child(
            "taskrouter.v1.workspaces.workers",
            "trunkline_generated.twilio_taskrouter_v1.resources.workspaces_workers",
            "WorkspacesWorkers",
        )
        return resource

    @cached_property
    def workflows(self) -> WorkspacesWorkflows:
        """`taskrouter.v1.workspaces.workflows`: create(), delete(), get(), list(), update(), .cumulative_statistics, .real_time_statistics, .statistics"""
        resource: WorkspacesWorkflows = self._child(
            "taskrouter.v1.workspaces.workflows",
            "trunkline_generated.twilio_taskrouter_v1.resources.workspaces_workflows",
            "WorkspacesWorkflows",
        )
        return resource

    @_api_method
    def create(
        self,
        *,
        friendly_name: str,
        event_callback_url: str | Unset = UNSET,
        events_filter: str | Unset = UNSET,
        multi_task_enabled: bool | Unset = UNSET,
        template: str | Unset = UNSET,
        prioritize_queue_order: QueueOrder | str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Workspace:
        """Create a Workspace.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            friendly_name (`FriendlyName`): A descriptive string that you create to describe
                the Workspace resource. It can be up to 64 characters long. For example:
                `Customer Support` or `2014 Election Campaign`.
            event_callback_url (`EventCallbackUrl`): The URL we should call when an event
                occurs. If provided, the Workspace will publish events to this URL, for
                example, to collect data for reporting. See [Workspace
                Events](https://www.twilio.com/docs/taskrouter/api/event) for more
                information. This parameter supports Twilio's [Webhooks (HTTP callbacks)
                Connection Overrides](https://www.twilio.com/docs/usage/webhooks/webhooks-
                connection-overrides).
            events_filter (`EventsFilter`): The list of Workspace events for which to call
                event_callback_url. For example, if `EventsFilter=task.created,
                task.canceled, worker.activity.update`, then TaskRouter will call
                event_callback_url only when a task is created, canceled, or a Worker
                activity is updated.
            multi_task_enabled (`MultiTaskEnabled`): Whether to enable multi-tasking. Can
                be: `true` to enable multi-tasking, or `false` to disable it. However, all
                workspaces should be created as multi-tasking. The default is `true`. Multi-
                tasking allows Workers to handle multiple Tasks simultaneously. When enabled
                (`true`), each Worker can receive parallel reservations up to the per-
                channel maximums defined in the Workers section. In single-tasking mode
                (legacy mode), each Worker will only receive a new reservation when the
                previous task is completed. Learn more at
                [Multitasking](https://www.twilio.com/docs/taskrouter/multitasking).
            template (`Template`): An available template name. Can be: `NONE` or `FIFO` and
                the default is `NONE`. Pre-configures the Workspace with the Workflow and
                Activities specified in the template. `NONE` will create a Workspace with
                only a set of default activities. `FIFO` will configure TaskRouter with a
                set of default activities and a single TaskQueue for first-in, first-out
                distribution, which can be useful when you are getting started with
                TaskRouter.
            prioritize_queue_order (`PrioritizeQueueOrder`): The type of TaskQueue to
                prioritize when Workers are receiving Tasks from both types of TaskQueues.
                Can be: `LIFO` or `FIFO` and the default is `FIFO`. For more information,
                see [Queue Ordering](https://www.twilio.com/docs/taskrouter/queue-ordering-
                last-first-out-lifo).
        """
        result: Workspace = self._request("workspaces.create_workspace", locals())
        return result

    @_api_method
    def delete(
        self,
        sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Delete a Workspace.

        Args:
            sid: The SID of the Workspace resource.
        """
        self._request("workspaces.delete_workspace", locals())

    @_api_method
    def get(
        self,
        sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Workspace:
        """Fetch a Workspace.

        Args:
            sid: The SID of the Workspace resource.
        """
        result: Workspace = self._request("workspaces.fetch_workspace", locals())
        return result

    @_api_method
    def list(
        self,
        *,
        friendly_name: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Pager[Workspace]:
        """List the Workspaces of the account.

        Args:
            friendly_name (`FriendlyName`): The `friendly_name` of the Workspace resources
                to read. For example `Customer Support` or `2014 Election Campaign`.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[Workspace] = self._list("workspaces.list_workspace", locals())
        return pager

    @_api_method
    def update(
        self,
        sid: str,
        *,
        default_activity_sid: str | Unset = UNSET,
        event_callback_url: str | Unset = UNSET,
        events_filter: str | Unset = UNSET,
        friendly_name: str | Unset = UNSET,
        multi_task_enabled: bool | Unset = UNSET,
        timeout_activity_sid: str | Unset = UNSET,
        prioritize_queue_order: QueueOrder | str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Workspace:
        """Update a Workspace.

        Args:
            sid: The SID of the Workspace resource.
            default_activity_sid (`DefaultActivitySid`): The SID of the Activity that will
                be used when new Workers are created in the Workspace.
            event_callback_url (`EventCallbackUrl`): The URL we should call when an event
                occurs. See [Workspace
                Events](https://www.twilio.com/docs/taskrouter/api/event) for more
                information. This parameter supports Twilio's [Webhooks (HTTP callbacks)
                Connection Overrides](https://www.twilio.com/docs/usage/webhooks/webhooks-
                connection-overrides).
            events_filter (`EventsFilter`): The list of Workspace events for which to call
                event_callback_url. For example if
                `EventsFilter=task.created,task.canceled,worker.activity.update`, then
                TaskRouter will call event_callback_url only when a task is created,
                canceled, or a Worker activity is updated.
            friendly_name (`FriendlyName`): A descriptive string that you create to describe
                the Workspace resource. For example: `Sales Call Center` or `Customer
                Support Team`.
            multi_task_enabled (`MultiTaskEnabled`): Whether to enable multi-tasking. Can
                be: `true` to enable multi-tasking, or `false` to disable it. However, all
                workspaces should be maintained as multi-tasking. There is no default when
                omitting this parameter. A multi-tasking Workspace can't be updated to
                single-tasking unless it is not a Flex Project and another (legacy) single-
                tasking Workspace exists. Multi-tasking allows Workers to handle multiple
                Tasks simultaneously. In multi-tasking mode, each Worker can receive
                parallel reservations up to the per-channel maximums defined in the Workers
                section. In single-tasking mode (legacy mode), each Worker will only receive
                a new reservation when the previous task is completed. Learn more at
                [Multitasking](https://www.twilio.com/docs/taskrouter/multitasking).
            timeout_activity_sid (`TimeoutActivitySid`): The SID of the Activity that will
                be assigned to a Worker when a Task reservation times out without a
                response.
            prioritize_queue_order (`PrioritizeQueueOrder`): The type of TaskQueue to
                prioritize when Workers are receiving Tasks from both types of TaskQueues.
                Can be: `LIFO` or `FIFO` and the default is `FIFO`. For more information,
                see [Queue Ordering](https://www.twilio.com/docs/taskrouter/queue-ordering-
                last-first-out-lifo).
        """
        result: Workspace = self._request("workspaces.update_workspace", locals())
        return result


class AsyncWorkspaces(AsyncAPIResource):
    """`taskrouter.v1.workspaces` (CreateWorkspace, DeleteWorkspace, FetchWorkspace, ListWorkspace, UpdateWorkspace). Awaitable."""

    _package = "twilio_taskrouter_v1"

    @cached_property
    def activities(self) -> AsyncWorkspacesActivities:
        """`taskrouter.v1.workspaces.activities`: create(), delete(), get(), list(), update()"""
        resource: AsyncWorkspacesActivities = self._child(
            "taskrouter.v1.workspaces.activities",
            "trunkline_generated.twilio_taskrouter_v1.resources.workspaces_activities",
            "AsyncWorkspacesActivities",
        )
        return resource

    @cached_property
    def cumulative_statistics(self) -> AsyncWorkspacesCumulativeStatistics:
        """`taskrouter.v1.workspaces.cumulative_statistics`: get()"""
        resource: AsyncWorkspacesCumulativeStatistics = self._child(
            "taskrouter.v1.workspaces.cumulative_statistics",
            "trunkline_generated.twilio_taskrouter_v1.resources.workspaces_cumulative_statistics",
            "AsyncWorkspacesCumulativeStatistics",
        )
        return resource

    @cached_property
    def real_time_statistics(self) -> AsyncWorkspacesRealTimeStatistics:
        """`taskrouter.v1.workspaces.real_time_statistics`: get()"""
        resource: AsyncWorkspacesRealTimeStatistics = self._child(
            "taskrouter.v1.workspaces.real_time_statistics",
            "trunkline_generated.twilio_taskrouter_v1.resources.workspaces_real_time_statistics",
            "AsyncWorkspacesRealTimeStatistics",
        )
        return resource

    @cached_property
    def statistics(self) -> AsyncWorkspacesStatistics:
        """`taskrouter.v1.workspaces.statistics`: get()"""
        resource: AsyncWorkspacesStatistics = self._child(
            "taskrouter.v1.workspaces.statistics",
            "trunkline_generated.twilio_taskrouter_v1.resources.workspaces_statistics",
            "AsyncWorkspacesStatistics",
        )
        return resource

    @cached_property
    def task_queues(self) -> AsyncWorkspacesTaskQueues:
        """`taskrouter.v1.workspaces.task_queues`: create(), delete(), get(), list(), update(), .cumulative_statistics, .real_time_statistics, .statistics"""
        resource: AsyncWorkspacesTaskQueues = self._child(
            "taskrouter.v1.workspaces.task_queues",
            "trunkline_generated.twilio_taskrouter_v1.resources.workspaces_task_queues",
            "AsyncWorkspacesTaskQueues",
        )
        return resource

    @cached_property
    def tasks(self) -> AsyncWorkspacesTasks:
        """`taskrouter.v1.workspaces.tasks`: create(), delete(), get(), list(), update()"""
        resource: AsyncWorkspacesTasks = self._child(
            "taskrouter.v1.workspaces.tasks",
            "trunkline_generated.twilio_taskrouter_v1.resources.workspaces_tasks",
            "AsyncWorkspacesTasks",
        )
        return resource

    @cached_property
    def workers(self) -> AsyncWorkspacesWorkers:
        """`taskrouter.v1.workspaces.workers`: create(), delete(), get(), list(), update(), .cumulative_statistics, .real_time_statistics, .statistics"""
        resource: AsyncWorkspacesWorkers = self._child(
            "taskrouter.v1.workspaces.workers",
            "trunkline_generated.twilio_taskrouter_v1.resources.workspaces_workers",
            "AsyncWorkspacesWorkers",
        )
        return resource

    @cached_property
    def workflows(self) -> AsyncWorkspacesWorkflows:
        """`taskrouter.v1.workspaces.workflows`: create(), delete(), get(), list(), update(), .cumulative_statistics, .real_time_statistics, .statistics"""
        resource: AsyncWorkspacesWorkflows = self._child(
            "taskrouter.v1.workspaces.workflows",
            "trunkline_generated.twilio_taskrouter_v1.resources.workspaces_workflows",
            "AsyncWorkspacesWorkflows",
        )
        return resource

    @_api_method
    async def create(
        self,
        *,
        friendly_name: str,
        event_callback_url: str | Unset = UNSET,
        events_filter: str | Unset = UNSET,
        multi_task_enabled: bool | Unset = UNSET,
        template: str | Unset = UNSET,
        prioritize_queue_order: QueueOrder | str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Workspace:
        """Create a Workspace.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            friendly_name (`FriendlyName`): A descriptive string that you create to describe
                the Workspace resource. It can be up to 64 characters long. For example:
                `Customer Support` or `2014 Election Campaign`.
            event_callback_url (`EventCallbackUrl`): The URL we should call when an event
                occurs. If provided, the Workspace will publish events to this URL, for
                example, to collect data for reporting. See [Workspace
                Events](https://www.twilio.com/docs/taskrouter/api/event) for more
                information. This parameter supports Twilio's [Webhooks (HTTP callbacks)
                Connection Overrides](https://www.twilio.com/docs/usage/webhooks/webhooks-
                connection-overrides).
            events_filter (`EventsFilter`): The list of Workspace events for which to call
                event_callback_url. For example, if `EventsFilter=task.created,
                task.canceled, worker.activity.update`, then TaskRouter will call
                event_callback_url only when a task is created, canceled, or a Worker
                activity is updated.
            multi_task_enabled (`MultiTaskEnabled`): Whether to enable multi-tasking. Can
                be: `true` to enable multi-tasking, or `false` to disable it. However, all
                workspaces should be created as multi-tasking. The default is `true`. Multi-
                tasking allows Workers to handle multiple Tasks simultaneously. When enabled
                (`true`), each Worker can receive parallel reservations up to the per-
                channel maximums defined in the Workers section. In single-tasking mode
                (legacy mode), each Worker will only receive a new reservation when the
                previous task is completed. Learn more at
                [Multitasking](https://www.twilio.com/docs/taskrouter/multitasking).
            template (`Template`): An available template name. Can be: `NONE` or `FIFO` and
                the default is `NONE`. Pre-configures the Workspace with the Workflow and
                Activities specified in the template. `NONE` will create a Workspace with
                only a set of default activities. `FIFO` will configure TaskRouter with a
                set of default activities and a single TaskQueue for first-in, first-out
                distribution, which can be useful when you are getting started with
                TaskRouter.
            prioritize_queue_order (`PrioritizeQueueOrder`): The type of TaskQueue to
                prioritize when Workers are receiving Tasks from both types of TaskQueues.
                Can be: `LIFO` or `FIFO` and the default is `FIFO`. For more information,
                see [Queue Ordering](https://www.twilio.com/docs/taskrouter/queue-ordering-
                last-first-out-lifo).
        """
        result: Workspace = await self._request("workspaces.create_workspace", locals())
        return result

    @_api_method
    async def delete(
        self,
        sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Delete a Workspace.

        Args:
            sid: The SID of the Workspace resource.
        """
        await self._request("workspaces.delete_workspace", locals())

    @_api_method
    async def get(
        self,
        sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Workspace:
        """Fetch a Workspace.

        Args:
            sid: The SID of the Workspace resource.
        """
        result: Workspace = await self._request("workspaces.fetch_workspace", locals())
        return result

    @_api_method
    def list(
        self,
        *,
        friendly_name: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPager[Workspace]:
        """List the Workspaces of the account.

        Args:
            friendly_name (`FriendlyName`): The `friendly_name` of the Workspace resources
                to read. For example `Customer Support` or `2014 Election Campaign`.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[Workspace] = self._list("workspaces.list_workspace", locals())
        return pager

    @_api_method
    async def update(
        self,
        sid: str,
        *,
        default_activity_sid: str | Unset = UNSET,
        event_callback_url: str | Unset = UNSET,
        events_filter: str | Unset = UNSET,
        friendly_name: str | Unset = UNSET,
        multi_task_enabled: bool | Unset = UNSET,
        timeout_activity_sid: str | Unset = UNSET,
        prioritize_queue_order: QueueOrder | str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Workspace:
        """Update a Workspace.

        Args:
            sid: The SID of the Workspace resource.
            default_activity_sid (`DefaultActivitySid`): The SID of the Activity that will
                be used when new Workers are created in the Workspace.
            event_callback_url (`EventCallbackUrl`): The URL we should call when an event
                occurs. See [Workspace
                Events](https://www.twilio.com/docs/taskrouter/api/event) for more
                information. This parameter supports Twilio's [Webhooks (HTTP callbacks)
                Connection Overrides](https://www.twilio.com/docs/usage/webhooks/webhooks-
                connection-overrides).
            events_filter (`EventsFilter`): The list of Workspace events for which to call
                event_callback_url. For example if
                `EventsFilter=task.created,task.canceled,worker.activity.update`, then
                TaskRouter will call event_callback_url only when a task is created,
                canceled, or a Worker activity is updated.
            friendly_name (`FriendlyName`): A descriptive string that you create to describe
                the Workspace resource. For example: `Sales Call Center` or `Customer
                Support Team`.
            multi_task_enabled (`MultiTaskEnabled`): Whether to enable multi-tasking. Can
                be: `true` to enable multi-tasking, or `false` to disable it. However, all
                workspaces should be maintained as multi-tasking. There is no default when
                omitting this parameter. A multi-tasking Workspace can't be updated to
                single-tasking unless it is not a Flex Project and another (legacy) single-
                tasking Workspace exists. Multi-tasking allows Workers to handle multiple
                Tasks simultaneously. In multi-tasking mode, each Worker can receive
                parallel reservations up to the per-channel maximums defined in the Workers
                section. In single-tasking mode (legacy mode), each Worker will only receive
                a new reservation when the previous task is completed. Learn more at
                [Multitasking](https://www.twilio.com/docs/taskrouter/multitasking).
            timeout_activity_sid (`TimeoutActivitySid`): The SID of the Activity that will
                be assigned to a Worker when a Task reservation times out without a
                response.
            prioritize_queue_order (`PrioritizeQueueOrder`): The type of TaskQueue to
                prioritize when Workers are receiving Tasks from both types of TaskQueues.
                Can be: `LIFO` or `FIFO` and the default is `FIFO`. For more information,
                see [Queue Ordering](https://www.twilio.com/docs/taskrouter/queue-ordering-
                last-first-out-lifo).
        """
        result: Workspace = await self._request("workspaces.update_workspace", locals())
        return result
