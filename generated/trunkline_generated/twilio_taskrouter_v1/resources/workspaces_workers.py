"""Resource `taskrouter.v1.workspaces.workers`: generated from the spec. Do not edit.

create: CreateWorker (POST /v1/Workspaces/{WorkspaceSid}/Workers)
delete: DeleteWorker (DELETE /v1/Workspaces/{WorkspaceSid}/Workers/{Sid})
get: FetchWorker (GET /v1/Workspaces/{WorkspaceSid}/Workers/{Sid})
list: ListWorker (GET /v1/Workspaces/{WorkspaceSid}/Workers)
update: UpdateWorker (POST /v1/Workspaces/{WorkspaceSid}/Workers/{Sid})
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
    from trunkline_generated.twilio_taskrouter_v1.models.worker import Worker
    from trunkline_generated.twilio_taskrouter_v1.resources.workspaces_workers_cumulative_statistics import (
        AsyncWorkspacesWorkersCumulativeStatistics,
        WorkspacesWorkersCumulativeStatistics,
    )
    from trunkline_generated.twilio_taskrouter_v1.resources.workspaces_workers_real_time_statistics import (
        AsyncWorkspacesWorkersRealTimeStatistics,
        WorkspacesWorkersRealTimeStatistics,
    )
    from trunkline_generated.twilio_taskrouter_v1.resources.workspaces_workers_statistics import (
        AsyncWorkspacesWorkersStatistics,
        WorkspacesWorkersStatistics,
    )

__all__ = ["AsyncWorkspacesWorkers", "WorkspacesWorkers"]


class WorkspacesWorkers(SyncAPIResource):
    """`taskrouter.v1.workspaces.workers` (CreateWorker, DeleteWorker, FetchWorker, ListWorker, UpdateWorker)."""

    _package = "twilio_taskrouter_v1"

    @cached_property
    def cumulative_statistics(self) -> WorkspacesWorkersCumulativeStatistics:
        """`taskrouter.v1.workspaces.workers.cumulative_statistics`: get()"""
        resource: WorkspacesWorkersCumulativeStatistics = self._child(
            "taskrouter.v1.workspaces.workers.cumulative_statistics",
            "trunkline_generated.twilio_taskrouter_v1.resources.workspaces_workers_cumulative_statistics",
            "WorkspacesWorkersCumulativeStatistics",
        )
        return resource

    @cached_property
    def real_time_statistics(self) -> WorkspacesWorkersRealTimeStatistics:
        """`taskrouter.v1.workspaces.workers.real_time_statistics`: get()"""
        resource: WorkspacesWorkersRealTimeStatistics = self._child(
            "taskrouter.v1.workspaces.workers.real_time_statistics",
            "trunkline_generated.twilio_taskrouter_v1.resources.workspaces_workers_real_time_statistics",
            "WorkspacesWorkersRealTimeStatistics",
        )
        return resource

    @cached_property
    def statistics(self) -> WorkspacesWorkersStatistics:
        """`taskrouter.v1.workspaces.workers.statistics`: get(), get_for_worker()"""
        resource: WorkspacesWorkersStatistics = self._child(
            "taskrouter.v1.workspaces.workers.statistics",
            "trunkline_generated.twilio_taskrouter_v1.resources.workspaces_workers_statistics",
            "WorkspacesWorkersStatistics",
        )
        return resource

    @_api_method
    def create(
        self,
        workspace_sid: str,
        *,
        friendly_name: str,
        activity_sid: str | Unset = UNSET,
        attributes: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Worker:
        """Create a Worker.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            workspace_sid: The SID of the Workspace.
            friendly_name (`FriendlyName`): A descriptive string that you create to describe
                the new Worker. It can be up to 64 characters long.
            activity_sid (`ActivitySid`): The SID of a valid Activity that will describe the
                new Worker's initial state. See
                [Activities](https://www.twilio.com/docs/taskrouter/api/activity) for more
                information. If not provided, the new Worker's initial state is the
                `default_activity_sid` configured on the Workspace.
            attributes (`Attributes`): A valid JSON string that describes the new Worker.
                For example: `{ "email": "Bob@example.com", "phone": "+5095551234" }`. This
                data is passed to the `assignment_callback_url` when TaskRouter assigns a
                Task to the Worker. Defaults to {}.
        """
        result: Worker = self._request("workspaces.create_worker", locals())
        return result

    @_api_method
    def delete(
        self,
        workspace_sid: str,
        sid: str,
        *,
        if_match: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Delete a Worker.

        Args:
            workspace_sid: The SID of the Workspace.
            sid: The SID of the Worker resource.
            if_match (`If-Match`): The If-Match HTTP request header
        """
        self._request("workspaces.delete_worker", locals())

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
    ) -> Worker:
        """Fetch a Worker.

        Args:
            workspace_sid: The SID of the Workspace.
            sid: The SID of the Worker resource.
        """
        result: Worker = self._request("workspaces.fetch_worker", locals())
        return result

    @_api_method
    def list(
        self,
        workspace_sid: str,
        *,
        activity_name: str | Unset = UNSET,
        activity_sid: str | Unset = UNSET,
        available: str | Unset = UNSET,
        friendly_name: str | Unset = UNSET,
        target_workers_expression: str | Unset = UNSET,
        task_queue_name: str | Unset = UNSET,
        task_queue_sid: str | Unset = UNSET,
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
    ) -> Pager[Worker]:
        """List the Workers of a Workspace.

        Args:
            workspace_sid: The SID of the Workspace.
            activity_name (`ActivityName`): The `activity_name` of the Worker resources to
                read.
            activity_sid (`ActivitySid`): The `activity_sid` of the Worker resources to
                read.
            available (`Available`): Whether to return only Worker resources that are
                available or unavailable. Can be `true`, `1`, or `yes` to return Worker
                resources that are available, and `false`, or any value returns the Worker
                resources that are not available.
            friendly_name (`FriendlyName`): The `friendly_name` of the Worker resources to
                read.
            target_workers_expression (`TargetWorkersExpression`): Filter by Workers that
                would match an expression. In addition to fields in the workers' attributes,
                the expression can include the following worker fields: `sid`,
                `friendly_name`, `activity_sid`, or `activity_name`
            task_queue_name (`TaskQueueName`): The `friendly_name` of the TaskQueue that the
                Workers to read are eligible for.
            task_queue_sid (`TaskQueueSid`): The SID of the TaskQueue that the Workers to
                read are eligible for.
            ordering (`Ordering`): Sorting parameter for Workers
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[Worker] = self._list("workspaces.list_worker", locals())
        return pager

    @_api_method
    def update(
        self,
        workspace_sid: str,
        sid: str,
        *,
        if_match: str | Unset = UNSET,
        activity_sid: str | Unset = UNSET,
        attributes: str | Unset = UNSET,
        friendly_name: str | Unset = UNSET,
        reject_pending_reservations: bool | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Worker:
        """Update a Worker.

        Args:
            workspace_sid: The SID of the Workspace.
            sid: The SID of the Worker resource.
            if_match (`If-Match`): The If-Match HTTP request header
            activity_sid (`ActivitySid`): The SID of a valid Activity that will describe the
                Worker's initial state. See
                [Activities](https://www.twilio.com/docs/taskrouter/api/activity) for more
                information.
            attributes (`Attributes`): The JSON string that describes the Worker. For
                example: `{ "email": "Bob@example.com", "phone": "+5095551234" }`. This data
                is passed to the `assignment_callback_url` when TaskRouter assigns a Task to
                the Worker. Defaults to {}.
            friendly_name (`FriendlyName`): A descriptive string that you create to describe
                the Worker. It can be up to 64 characters long.
            reject_pending_reservations (`RejectPendingReservations`): Whether to reject the
                Worker's pending reservations. This option is only valid if the Worker's new
                [Activity](https://www.twilio.com/docs/taskrouter/api/activity) resource has
                its `availability` property set to `False`.
        """
        result: Worker = self._request("workspaces.update_worker", locals())
        return result


class AsyncWorkspacesWorkers(AsyncAPIResource):
    """`taskrouter.v1.workspaces.workers` (CreateWorker, DeleteWorker, FetchWorker, ListWorker, UpdateWorker). Awaitable."""

    _package = "twilio_taskrouter_v1"

    @cached_property
    def cumulative_statistics(self) -> AsyncWorkspacesWorkersCumulativeStatistics:
        """`taskrouter.v1.workspaces.workers.cumulative_statistics`: get()"""
        resource: AsyncWorkspacesWorkersCumulativeStatistics = self._child(
            "taskrouter.v1.workspaces.workers.cumulative_statistics",
            "trunkline_generated.twilio_taskrouter_v1.resources.workspaces_workers_cumulative_statistics",
            "AsyncWorkspacesWorkersCumulativeStatistics",
        )
        return resource

    @cached_property
    def real_time_statistics(self) -> AsyncWorkspacesWorkersRealTimeStatistics:
        """`taskrouter.v1.workspaces.workers.real_time_statistics`: get()"""
        resource: AsyncWorkspacesWorkersRealTimeStatistics = self._child(
            "taskrouter.v1.workspaces.workers.real_time_statistics",
            "trunkline_generated.twilio_taskrouter_v1.resources.workspaces_workers_real_time_statistics",
            "AsyncWorkspacesWorkersRealTimeStatistics",
        )
        return resource

    @cached_property
    def statistics(self) -> AsyncWorkspacesWorkersStatistics:
        """`taskrouter.v1.workspaces.workers.statistics`: get(), get_for_worker()"""
        resource: AsyncWorkspacesWorkersStatistics = self._child(
            "taskrouter.v1.workspaces.workers.statistics",
            "trunkline_generated.twilio_taskrouter_v1.resources.workspaces_workers_statistics",
            "AsyncWorkspacesWorkersStatistics",
        )
        return resource

    @_api_method
    async def create(
        self,
        workspace_sid: str,
        *,
        friendly_name: str,
        activity_sid: str | Unset = UNSET,
        attributes: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Worker:
        """Create a Worker.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            workspace_sid: The SID of the Workspace.
            friendly_name (`FriendlyName`): A descriptive string that you create to describe
                the new Worker. It can be up to 64 characters long.
            activity_sid (`ActivitySid`): The SID of a valid Activity that will describe the
                new Worker's initial state. See
                [Activities](https://www.twilio.com/docs/taskrouter/api/activity) for more
                information. If not provided, the new Worker's initial state is the
                `default_activity_sid` configured on the Workspace.
            attributes (`Attributes`): A valid JSON string that describes the new Worker.
                For example: `{ "email": "Bob@example.com", "phone": "+5095551234" }`. This
                data is passed to the `assignment_callback_url` when TaskRouter assigns a
                Task to the Worker. Defaults to {}.
        """
        result: Worker = await self._request("workspaces.create_worker", locals())
        return result

    @_api_method
    async def delete(
        self,
        workspace_sid: str,
        sid: str,
        *,
        if_match: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Delete a Worker.

        Args:
            workspace_sid: The SID of the Workspace.
            sid: The SID of the Worker resource.
            if_match (`If-Match`): The If-Match HTTP request header
        """
        await self._request("workspaces.delete_worker", locals())

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
    ) -> Worker:
        """Fetch a Worker.

        Args:
            workspace_sid: The SID of the Workspace.
            sid: The SID of the Worker resource.
        """
        result: Worker = await self._request("workspaces.fetch_worker", locals())
        return result

    @_api_method
    def list(
        self,
        workspace_sid: str,
        *,
        activity_name: str | Unset = UNSET,
        activity_sid: str | Unset = UNSET,
        available: str | Unset = UNSET,
        friendly_name: str | Unset = UNSET,
        target_workers_expression: str | Unset = UNSET,
        task_queue_name: str | Unset = UNSET,
        task_queue_sid: str | Unset = UNSET,
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
    ) -> AsyncPager[Worker]:
        """List the Workers of a Workspace.

        Args:
            workspace_sid: The SID of the Workspace.
            activity_name (`ActivityName`): The `activity_name` of the Worker resources to
                read.
            activity_sid (`ActivitySid`): The `activity_sid` of the Worker resources to
                read.
            available (`Available`): Whether to return only Worker resources that are
                available or unavailable. Can be `true`, `1`, or `yes` to return Worker
                resources that are available, and `false`, or any value returns the Worker
                resources that are not available.
            friendly_name (`FriendlyName`): The `friendly_name` of the Worker resources to
                read.
            target_workers_expression (`TargetWorkersExpression`): Filter by Workers that
                would match an expression. In addition to fields in the workers' attributes,
                the expression can include the following worker fields: `sid`,
                `friendly_name`, `activity_sid`, or `activity_name`
            task_queue_name (`TaskQueueName`): The `friendly_name` of the TaskQueue that the
                Workers to read are eligible for.
            task_queue_sid (`TaskQueueSid`): The SID of the TaskQueue that the Workers to
                read are eligible for.
            ordering (`Ordering`): Sorting parameter for Workers
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[Worker] = self._list("workspaces.list_worker", locals())
        return pager

    @_api_method
    async def update(
        self,
        workspace_sid: str,
        sid: str,
        *,
        if_match: str | Unset = UNSET,
        activity_sid: str | Unset = UNSET,
        attributes: str | Unset = UNSET,
        friendly_name: str | Unset = UNSET,
        reject_pending_reservations: bool | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Worker:
        """Update a Worker.

        Args:
            workspace_sid: The SID of the Workspace.
            sid: The SID of the Worker resource.
            if_match (`If-Match`): The If-Match HTTP request header
            activity_sid (`ActivitySid`): The SID of a valid Activity that will describe the
                Worker's initial state. See
                [Activities](https://www.twilio.com/docs/taskrouter/api/activity) for more
                information.
            attributes (`Attributes`): The JSON string that describes the Worker. For
                example: `{ "email": "Bob@example.com", "phone": "+5095551234" }`. This data
                is passed to the `assignment_callback_url` when TaskRouter assigns a Task to
                the Worker. Defaults to {}.
            friendly_name (`FriendlyName`): A descriptive string that you create to describe
                the Worker. It can be up to 64 characters long.
            reject_pending_reservations (`RejectPendingReservations`): Whether to reject the
                Worker's pending reservations. This option is only valid if the Worker's new
                [Activity](https://www.twilio.com/docs/taskrouter/api/activity) resource has
                its `availability` property set to `False`.
        """
        result: Worker = await self._request("workspaces.update_worker", locals())
        return result
