"""Resource `taskrouter.v1.workspaces.tasks`: generated from the spec. Do not edit.

create: CreateTask (POST /v1/Workspaces/{WorkspaceSid}/Tasks)
delete: DeleteTask (DELETE /v1/Workspaces/{WorkspaceSid}/Tasks/{Sid})
get: FetchTask (GET /v1/Workspaces/{WorkspaceSid}/Tasks/{Sid})
list: ListTask (GET /v1/Workspaces/{WorkspaceSid}/Tasks)
update: UpdateTask (POST /v1/Workspaces/{WorkspaceSid}/Tasks/{Sid})
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from trunkline._core._paging import AsyncPager, Pager
    from trunkline_generated.twilio_taskrouter_v1.models.task import Task
    from trunkline_generated.twilio_taskrouter_v1.models.task_status import TaskStatus

__all__ = ["AsyncWorkspacesTasks", "WorkspacesTasks"]


class WorkspacesTasks(SyncAPIResource):
    """`taskrouter.v1.workspaces.tasks` (CreateTask, DeleteTask, FetchTask, ListTask, UpdateTask)."""

    _package = "twilio_taskrouter_v1"

    @_api_method
    def create(
        self,
        workspace_sid: str,
        *,
        task_timeout: int | Unset = UNSET,
        priority: int | Unset = UNSET,
        task_channel: str | Unset = UNSET,
        workflow_sid: str | Unset = UNSET,
        attributes: str | Unset = UNSET,
        virtual_start_time: datetime.datetime | Unset = UNSET,
        routing_target: str | Unset = UNSET,
        ignore_capacity: str | Unset = UNSET,
        task_queue_sid: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Task:
        """Create a Task.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            workspace_sid: The SID of the Workspace.
            task_timeout (`Timeout`): The amount of time in seconds the new task can live
                before being assigned. Can be up to a maximum of 2 weeks (1,209,600
                seconds). The default value is 24 hours (86,400 seconds). On timeout, the
                `task.canceled` event will fire with description `Task TTL Exceeded`.
            priority (`Priority`): The priority to assign the new task and override the
                default. When supplied, the new Task will have this priority unless it
                matches a Workflow Target with a Priority set. When not supplied, the new
                Task will have the priority of the matching Workflow Target. Value can be 0
                to 2^31^ (2,147,483,647).
            task_channel (`TaskChannel`): When MultiTasking is enabled, specify the
                TaskChannel by passing either its `unique_name` or `sid`. Default value is
                `default`.
            workflow_sid (`WorkflowSid`): The SID of the Workflow that you would like to
                handle routing for the new Task. If there is only one Workflow defined for
                the Workspace that you are posting the new task to, this parameter is
                optional.
            attributes (`Attributes`): A JSON string with the attributes of the new task.
                This value is passed to the Workflow's `assignment_callback_url` when the
                Task is assigned to a Worker. For example: `{ "task_type": "call",
                "twilio_call_sid": "CAxxx", "customer_ticket_number": "12345" }`.
            virtual_start_time (`VirtualStartTime`): The virtual start time to assign the
                new task and override the default. When supplied, the new task will have
                this virtual start time. When not supplied, the new task will have the
                virtual start time equal to `date_created`. Value can't be in the future or
                before the year of 1900.
            routing_target (`RoutingTarget`): A SID of a Worker, Queue, or Workflow to route
                a Task to
            ignore_capacity (`IgnoreCapacity`): A boolean that indicates if the Task should
                respect a Worker's capacity and availability during assignment. This field
                can only be used when the `RoutingTarget` field is set to a Worker SID. By
                setting `IgnoreCapacity` to a value of `true`, `1`, or `yes`, the Task will
                be routed to the Worker without respecting their capacity and availability.
                Any other value will enforce the Worker's capacity and availability. The
                default value of `IgnoreCapacity` is `true` when the `RoutingTarget` is set
                to a Worker SID.
            task_queue_sid (`TaskQueueSid`): The SID of the TaskQueue in which the Task
                belongs
        """
        result: Task = self._request("workspaces.create_task", locals())
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
        """Delete a Task.

        Args:
            workspace_sid: The SID of the Workspace.
            sid: The SID of the Task resource.
            if_match (`If-Match`): If provided, deletes this Task if (and only if) the
                [ETag](https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/ETag)
                header of the Task matches the provided value. This matches the semantics of
                (and is implemented with) the HTTP [If-Match
                header](https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/If-Match).
        """
        self._request("workspaces.delete_task", locals())

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
    ) -> Task:
        """Fetch a Task.

        Args:
            workspace_sid: The SID of the Workspace.
            sid: The SID of the Task resource.
        """
        result: Task = self._request("workspaces.fetch_task", locals())
        return result

    @_api_method
    def list(
        self,
        workspace_sid: str,
        *,
        priority: int | Unset = UNSET,
        assignment_status: builtins.list[TaskStatus] | Unset = UNSET,
        workflow_sid: str | Unset = UNSET,
        workflow_name: str | Unset = UNSET,
        task_queue_sid: str | Unset = UNSET,
        task_queue_name: str | Unset = UNSET,
        evaluate_task_attributes: str | Unset = UNSET,
        routing_target: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        has_addons: bool | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Pager[Task]:
        """List the Tasks of a Workspace.

        Args:
            workspace_sid: The SID of the Workspace.
            priority (`Priority`): The priority value of the Tasks to read. Returns the list
                of all Tasks in the Workspace with the specified priority.
            assignment_status (`AssignmentStatus`): The `assignment_status` of the Tasks you
                want to read. Can be: `pending`, `reserved`, `assigned`, `canceled`,
                `wrapping`, or `completed`. Returns all Tasks in the Workspace with the
                specified `assignment_status`.
            workflow_sid (`WorkflowSid`): The SID of the Workflow with the Tasks to read.
                Returns the Tasks controlled by the Workflow identified by this SID.
            workflow_name (`WorkflowName`): The friendly name of the Workflow with the Tasks
                to read. Returns the Tasks controlled by the Workflow identified by this
                friendly name.
            task_queue_sid (`TaskQueueSid`): The SID of the TaskQueue with the Tasks to
                read. Returns the Tasks waiting in the TaskQueue identified by this SID.
            task_queue_name (`TaskQueueName`): The `friendly_name` of the TaskQueue with the
                Tasks to read. Returns the Tasks waiting in the TaskQueue identified by this
                friendly name.
            evaluate_task_attributes (`EvaluateTaskAttributes`): The attributes of the Tasks
                to read. Returns the Tasks that match the attributes specified in this
                parameter.
            routing_target (`RoutingTarget`): A SID of a Worker, Queue, or Workflow to route
                a Task to
            ordering (`Ordering`): How to order the returned Task resources. By default,
                Tasks are sorted by ascending DateCreated. This value is specified as:
                `Attribute:Order`, where `Attribute` can be either `DateCreated`,
                `Priority`, or `VirtualStartTime` and `Order` can be either `asc` or `desc`.
                For example, `Priority:desc` returns Tasks ordered in descending order of
                their Priority. Pairings of sort orders can be specified in a comma-
                separated list such as `Priority:desc,DateCreated:asc`, which returns the
                Tasks in descending Priority order and ascending DateCreated Order. The only
                ordering pairing not allowed is DateCreated and VirtualStartTime.
            has_addons (`HasAddons`): Whether to read Tasks with Add-ons. If `true`, returns
                only Tasks with Add-ons. If `false`, returns only Tasks without Add-ons.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[Task] = self._list("workspaces.list_task", locals())
        return pager

    @_api_method
    def update(
        self,
        workspace_sid: str,
        sid: str,
        *,
        if_match: str | Unset = UNSET,
        attributes: str | Unset = UNSET,
        assignment_status: TaskStatus | str | Unset = UNSET,
        reason: str | Unset = UNSET,
        priority: int | Unset = UNSET,
        task_channel: str | Unset = UNSET,
        virtual_start_time: datetime.datetime | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Task:
        """Update a Task.

        Args:
            workspace_sid: The SID of the Workspace.
            sid: The SID of the Task resource.
            if_match (`If-Match`): If provided, applies this mutation if (and only if) the
                [ETag](https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/ETag)
                header of the Task matches the provided value. This matches the semantics of
                (and is implemented with) the HTTP [If-Match
                header](https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/If-Match).
            attributes (`Attributes`): The JSON string that describes the custom attributes
                of the task.
            assignment_status (`AssignmentStatus`): The current status of the Task's
                assignment. Can be: `pending`, `reserved`, `assigned`, `canceled`,
                `wrapping`, or `completed`.
            reason (`Reason`): The reason that the Task was canceled or completed. This
                parameter is required only if the Task is canceled or completed. Setting
                this value queues the task for deletion and logs the reason.
            priority (`Priority`): The Task's new priority value. When supplied, the Task
                takes on the specified priority unless it matches a Workflow Target with a
                Priority set. Value can be 0 to 2^31^ (2,147,483,647).
            task_channel (`TaskChannel`): When MultiTasking is enabled, specify the
                TaskChannel with the task to update. Can be the TaskChannel's SID or its
                `unique_name`, such as `voice`, `sms`, or `default`.
            virtual_start_time (`VirtualStartTime`): The task's new virtual start time
                value. When supplied, the Task takes on the specified virtual start time.
                Value can't be in the future or before the year of 1900.
        """
        result: Task = self._request("workspaces.update_task", locals())
        return result


class AsyncWorkspacesTasks(AsyncAPIResource):
    """`taskrouter.v1.workspaces.tasks` (CreateTask, DeleteTask, FetchTask, ListTask, UpdateTask). Awaitable."""

    _package = "twilio_taskrouter_v1"

    @_api_method
    async def create(
        self,
        workspace_sid: str,
        *,
        task_timeout: int | Unset = UNSET,
        priority: int | Unset = UNSET,
        task_channel: str | Unset = UNSET,
        workflow_sid: str | Unset = UNSET,
        attributes: str | Unset = UNSET,
        virtual_start_time: datetime.datetime | Unset = UNSET,
        routing_target: str | Unset = UNSET,
        ignore_capacity: str | Unset = UNSET,
        task_queue_sid: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Task:
        """Create a Task.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            workspace_sid: The SID of the Workspace.
            task_timeout (`Timeout`): The amount of time in seconds the new task can live
                before being assigned. Can be up to a maximum of 2 weeks (1,209,600
                seconds). The default value is 24 hours (86,400 seconds). On timeout, the
                `task.canceled` event will fire with description `Task TTL Exceeded`.
            priority (`Priority`): The priority to assign the new task and override the
                default. When supplied, the new Task will have this priority unless it
                matches a Workflow Target with a Priority set. When not supplied, the new
                Task will have the priority of the matching Workflow Target. Value can be 0
                to 2^31^ (2,147,483,647).
            task_channel (`TaskChannel`): When MultiTasking is enabled, specify the
                TaskChannel by passing either its `unique_name` or `sid`. Default value is
                `default`.
            workflow_sid (`WorkflowSid`): The SID of the Workflow that you would like to
                handle routing for the new Task. If there is only one Workflow defined for
                the Workspace that you are posting the new task to, this parameter is
                optional.
            attributes (`Attributes`): A JSON string with the attributes of the new task.
                This value is passed to the Workflow's `assignment_callback_url` when the
                Task is assigned to a Worker. For example: `{ "task_type": "call",
                "twilio_call_sid": "CAxxx", "customer_ticket_number": "12345" }`.
            virtual_start_time (`VirtualStartTime`): The virtual start time to assign the
                new task and override the default. When supplied, the new task will have
                this virtual start time. When not supplied, the new task will have the
                virtual start time equal to `date_created`. Value can't be in the future or
                before the year of 1900.
            routing_target (`RoutingTarget`): A SID of a Worker, Queue, or Workflow to route
                a Task to
            ignore_capacity (`IgnoreCapacity`): A boolean that indicates if the Task should
                respect a Worker's capacity and availability during assignment. This field
                can only be used when the `RoutingTarget` field is set to a Worker SID. By
                setting `IgnoreCapacity` to a value of `true`, `1`, or `yes`, the Task will
                be routed to the Worker without respecting their capacity and availability.
                Any other value will enforce the Worker's capacity and availability. The
                default value of `IgnoreCapacity` is `true` when the `RoutingTarget` is set
                to a Worker SID.
            task_queue_sid (`TaskQueueSid`): The SID of the TaskQueue in which the Task
                belongs
        """
        result: Task = await self._request("workspaces.create_task", locals())
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
        """Delete a Task.

        Args:
            workspace_sid: The SID of the Workspace.
            sid: The SID of the Task resource.
            if_match (`If-Match`): If provided, deletes this Task if (and only if) the
                [ETag](https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/ETag)
                header of the Task matches the provided value. This matches the semantics of
                (and is implemented with) the HTTP [If-Match
                header](https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/If-Match).
        """
        await self._request("workspaces.delete_task", locals())

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
    ) -> Task:
        """Fetch a Task.

        Args:
            workspace_sid: The SID of the Workspace.
            sid: The SID of the Task resource.
        """
        result: Task = await self._request("workspaces.fetch_task", locals())
        return result

    @_api_method
    def list(
        self,
        workspace_sid: str,
        *,
        priority: int | Unset = UNSET,
        assignment_status: builtins.list[TaskStatus] | Unset = UNSET,
        workflow_sid: str | Unset = UNSET,
        workflow_name: str | Unset = UNSET,
        task_queue_sid: str | Unset = UNSET,
        task_queue_name: str | Unset = UNSET,
        evaluate_task_attributes: str | Unset = UNSET,
        routing_target: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        has_addons: bool | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPager[Task]:
        """List the Tasks of a Workspace.

        Args:
            workspace_sid: The SID of the Workspace.
            priority (`Priority`): The priority value of the Tasks to read. Returns the list
                of all Tasks in the Workspace with the specified priority.
            assignment_status (`AssignmentStatus`): The `assignment_status` of the Tasks you
                want to read. Can be: `pending`, `reserved`, `assigned`, `canceled`,
                `wrapping`, or `completed`. Returns all Tasks in the Workspace with the
                specified `assignment_status`.
            workflow_sid (`WorkflowSid`): The SID of the Workflow with the Tasks to read.
                Returns the Tasks controlled by the Workflow identified by this SID.
            workflow_name (`WorkflowName`): The friendly name of the Workflow with the Tasks
                to read. Returns the Tasks controlled by the Workflow identified by this
                friendly name.
            task_queue_sid (`TaskQueueSid`): The SID of the TaskQueue with the Tasks to
                read. Returns the Tasks waiting in the TaskQueue identified by this SID.
            task_queue_name (`TaskQueueName`): The `friendly_name` of the TaskQueue with the
                Tasks to read. Returns the Tasks waiting in the TaskQueue identified by this
                friendly name.
            evaluate_task_attributes (`EvaluateTaskAttributes`): The attributes of the Tasks
                to read. Returns the Tasks that match the attributes specified in this
                parameter.
            routing_target (`RoutingTarget`): A SID of a Worker, Queue, or Workflow to route
                a Task to
            ordering (`Ordering`): How to order the returned Task resources. By default,
                Tasks are sorted by ascending DateCreated. This value is specified as:
                `Attribute:Order`, where `Attribute` can be either `DateCreated`,
                `Priority`, or `VirtualStartTime` and `Order` can be either `asc` or `desc`.
                For example, `Priority:desc` returns Tasks ordered in descending order of
                their Priority. Pairings of sort orders can be specified in a comma-
                separated list such as `Priority:desc,DateCreated:asc`, which returns the
                Tasks in descending Priority order and ascending DateCreated Order. The only
                ordering pairing not allowed is DateCreated and VirtualStartTime.
            has_addons (`HasAddons`): Whether to read Tasks with Add-ons. If `true`, returns
                only Tasks with Add-ons. If `false`, returns only Tasks without Add-ons.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[Task] = self._list("workspaces.list_task", locals())
        return pager

    @_api_method
    async def update(
        self,
        workspace_sid: str,
        sid: str,
        *,
        if_match: str | Unset = UNSET,
        attributes: str | Unset = UNSET,
        assignment_status: TaskStatus | str | Unset = UNSET,
        reason: str | Unset = UNSET,
        priority: int | Unset = UNSET,
        task_channel: str | Unset = UNSET,
        virtual_start_time: datetime.datetime | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Task:
        """Update a Task.

        Args:
            workspace_sid: The SID of the Workspace.
            sid: The SID of the Task resource.
            if_match (`If-Match`): If provided, applies this mutation if (and only if) the
                [ETag](https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/ETag)
                header of the Task matches the provided value. This matches the semantics of
                (and is implemented with) the HTTP [If-Match
                header](https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/If-Match).
            attributes (`Attributes`): The JSON string that describes the custom attributes
                of the task.
            assignment_status (`AssignmentStatus`): The current status of the Task's
                assignment. Can be: `pending`, `reserved`, `assigned`, `canceled`,
                `wrapping`, or `completed`.
            reason (`Reason`): The reason that the Task was canceled or completed. This
                parameter is required only if the Task is canceled or completed. Setting
                this value queues the task for deletion and logs the reason.
            priority (`Priority`): The Task's new priority value. When supplied, the Task
                takes on the specified priority unless it matches a Workflow Target with a
                Priority set. Value can be 0 to 2^31^ (2,147,483,647).
            task_channel (`TaskChannel`): When MultiTasking is enabled, specify the
                TaskChannel with the task to update. Can be the TaskChannel's SID or its
                `unique_name`, such as `voice`, `sms`, or `default`.
            virtual_start_time (`VirtualStartTime`): The task's new virtual start time
                value. When supplied, the Task takes on the specified virtual start time.
                Value can't be in the future or before the year of 1900.
        """
        result: Task = await self._request("workspaces.update_task", locals())
        return result
