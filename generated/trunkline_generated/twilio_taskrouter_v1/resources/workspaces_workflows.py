"""Resource `taskrouter.v1.workspaces.workflows`: generated from the spec. Do not edit.

create: CreateWorkflow (POST /v1/Workspaces/{WorkspaceSid}/Workflows)
delete: DeleteWorkflow (DELETE /v1/Workspaces/{WorkspaceSid}/Workflows/{Sid})
get: FetchWorkflow (GET /v1/Workspaces/{WorkspaceSid}/Workflows/{Sid})
list: ListWorkflow (GET /v1/Workspaces/{WorkspaceSid}/Workflows)
update: UpdateWorkflow (POST /v1/Workspaces/{WorkspaceSid}/Workflows/{Sid})
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
    from trunkline_generated.twilio_taskrouter_v1.models.workflow import Workflow
    from trunkline_generated.twilio_taskrouter_v1.resources.workspaces_workflows_cumulative_statistics import (
        AsyncWorkspacesWorkflowsCumulativeStatistics,
        WorkspacesWorkflowsCumulativeStatistics,
    )
    from trunkline_generated.twilio_taskrouter_v1.resources.workspaces_workflows_real_time_statistics import (
        AsyncWorkspacesWorkflowsRealTimeStatistics,
        WorkspacesWorkflowsRealTimeStatistics,
    )
    from trunkline_generated.twilio_taskrouter_v1.resources.workspaces_workflows_statistics import (
        AsyncWorkspacesWorkflowsStatistics,
        WorkspacesWorkflowsStatistics,
    )

__all__ = ["AsyncWorkspacesWorkflows", "WorkspacesWorkflows"]


class WorkspacesWorkflows(SyncAPIResource):
    """`taskrouter.v1.workspaces.workflows` (CreateWorkflow, DeleteWorkflow, FetchWorkflow, ListWorkflow, UpdateWorkflow)."""

    _package = "twilio_taskrouter_v1"

    @cached_property
    def cumulative_statistics(self) -> WorkspacesWorkflowsCumulativeStatistics:
        """`taskrouter.v1.workspaces.workflows.cumulative_statistics`: get()"""
        resource: WorkspacesWorkflowsCumulativeStatistics = self._child(
            "taskrouter.v1.workspaces.workflows.cumulative_statistics",
            "trunkline_generated.twilio_taskrouter_v1.resources.workspaces_workflows_cumulative_statistics",
            "WorkspacesWorkflowsCumulativeStatistics",
        )
        return resource

    @cached_property
    def real_time_statistics(self) -> WorkspacesWorkflowsRealTimeStatistics:
        """`taskrouter.v1.workspaces.workflows.real_time_statistics`: get()"""
        resource: WorkspacesWorkflowsRealTimeStatistics = self._child(
            "taskrouter.v1.workspaces.workflows.real_time_statistics",
            "trunkline_generated.twilio_taskrouter_v1.resources.workspaces_workflows_real_time_statistics",
            "WorkspacesWorkflowsRealTimeStatistics",
        )
        return resource

    @cached_property
    def statistics(self) -> WorkspacesWorkflowsStatistics:
        """`taskrouter.v1.workspaces.workflows.statistics`: get()"""
        resource: WorkspacesWorkflowsStatistics = self._child(
            "taskrouter.v1.workspaces.workflows.statistics",
            "trunkline_generated.twilio_taskrouter_v1.resources.workspaces_workflows_statistics",
            "WorkspacesWorkflowsStatistics",
        )
        return resource

    @_api_method
    def create(
        self,
        workspace_sid: str,
        *,
        friendly_name: str,
        configuration: str,
        assignment_callback_url: str | Unset = UNSET,
        fallback_assignment_callback_url: str | Unset = UNSET,
        task_reservation_timeout: int | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Workflow:
        """Create a Workflow.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            workspace_sid: The SID of the Workspace.
            friendly_name (`FriendlyName`): A descriptive string that you create to describe
                the Workflow resource. For example, `Inbound Call Workflow` or `2014
                Outbound Campaign`.
            configuration (`Configuration`): A JSON string that contains the rules to apply
                to the Workflow. See [Configuring
                Workflows](https://www.twilio.com/docs/taskrouter/workflow-configuration)
                for more information.
            assignment_callback_url (`AssignmentCallbackUrl`): The URL from your application
                that will process task assignment events. See [Handling Task Assignment
                Callback](https://www.twilio.com/docs/taskrouter/handle-assignment-
                callbacks) for more details.
            fallback_assignment_callback_url (`FallbackAssignmentCallbackUrl`): The URL that
                we should call when a call to the `assignment_callback_url` fails.
            task_reservation_timeout (`TaskReservationTimeout`): How long TaskRouter will
                wait for a confirmation response from your application after it assigns a
                Task to a Worker. Can be up to `86,400` (24 hours) and the default is `120`.
        """
        result: Workflow = self._request("workspaces.create_workflow", locals())
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
        """Delete a Workflow.

        Args:
            workspace_sid: The SID of the Workspace.
            sid: The SID of the Workflow resource.
        """
        self._request("workspaces.delete_workflow", locals())

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
    ) -> Workflow:
        """Fetch a Workflow.

        Args:
            workspace_sid: The SID of the Workspace.
            sid: The SID of the Workflow resource.
        """
        result: Workflow = self._request("workspaces.fetch_workflow", locals())
        return result

    @_api_method
    def list(
        self,
        workspace_sid: str,
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
    ) -> Pager[Workflow]:
        """List the Workflows of a Workspace.

        Args:
            workspace_sid: The SID of the Workspace.
            friendly_name (`FriendlyName`): The `friendly_name` of the Workflow resources to
                read.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[Workflow] = self._list("workspaces.list_workflow", locals())
        return pager

    @_api_method
    def update(
        self,
        workspace_sid: str,
        sid: str,
        *,
        friendly_name: str | Unset = UNSET,
        assignment_callback_url: str | Unset = UNSET,
        fallback_assignment_callback_url: str | Unset = UNSET,
        configuration: str | Unset = UNSET,
        task_reservation_timeout: int | Unset = UNSET,
        re_evaluate_tasks: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Workflow:
        """Update a Workflow.

        Args:
            workspace_sid: The SID of the Workspace.
            sid: The SID of the Workflow resource.
            friendly_name (`FriendlyName`): A descriptive string that you create to describe
                the Workflow resource. For example, `Inbound Call Workflow` or `2014
                Outbound Campaign`.
            assignment_callback_url (`AssignmentCallbackUrl`): The URL from your application
                that will process task assignment events. See [Handling Task Assignment
                Callback](https://www.twilio.com/docs/taskrouter/handle-assignment-
                callbacks) for more details.
            fallback_assignment_callback_url (`FallbackAssignmentCallbackUrl`): The URL that
                we should call when a call to the `assignment_callback_url` fails.
            configuration (`Configuration`): A JSON string that contains the rules to apply
                to the Workflow. See [Configuring
                Workflows](https://www.twilio.com/docs/taskrouter/workflow-configuration)
                for more information.
            task_reservation_timeout (`TaskReservationTimeout`): How long TaskRouter will
                wait for a confirmation response from your application after it assigns a
                Task to a Worker. Can be up to `86,400` (24 hours) and the default is `120`.
            re_evaluate_tasks (`ReEvaluateTasks`): Whether or not to re-evaluate Tasks. The
                default is `false`, which means Tasks in the Workflow will not be processed
                through the assignment loop again.
        """
        result: Workflow = self._request("workspaces.update_workflow", locals())
        return result


class AsyncWorkspacesWorkflows(AsyncAPIResource):
    """`taskrouter.v1.workspaces.workflows` (CreateWorkflow, DeleteWorkflow, FetchWorkflow, ListWorkflow, UpdateWorkflow). Awaitable."""

    _package = "twilio_taskrouter_v1"

    @cached_property
    def cumulative_statistics(self) -> AsyncWorkspacesWorkflowsCumulativeStatistics:
        """`taskrouter.v1.workspaces.workflows.cumulative_statistics`: get()"""
        resource: AsyncWorkspacesWorkflowsCumulativeStatistics = self._child(
            "taskrouter.v1.workspaces.workflows.cumulative_statistics",
            "trunkline_generated.twilio_taskrouter_v1.resources.workspaces_workflows_cumulative_statistics",
            "AsyncWorkspacesWorkflowsCumulativeStatistics",
        )
        return resource

    @cached_property
    def real_time_statistics(self) -> AsyncWorkspacesWorkflowsRealTimeStatistics:
        """`taskrouter.v1.workspaces.workflows.real_time_statistics`: get()"""
        resource: AsyncWorkspacesWorkflowsRealTimeStatistics = self._child(
            "taskrouter.v1.workspaces.workflows.real_time_statistics",
            "trunkline_generated.twilio_taskrouter_v1.resources.workspaces_workflows_real_time_statistics",
            "AsyncWorkspacesWorkflowsRealTimeStatistics",
        )
        return resource

    @cached_property
    def statistics(self) -> AsyncWorkspacesWorkflowsStatistics:
        """`taskrouter.v1.workspaces.workflows.statistics`: get()"""
        resource: AsyncWorkspacesWorkflowsStatistics = self._child(
            "taskrouter.v1.workspaces.workflows.statistics",
            "trunkline_generated.twilio_taskrouter_v1.resources.workspaces_workflows_statistics",
            "AsyncWorkspacesWorkflowsStatistics",
        )
        return resource

    @_api_method
    async def create(
        self,
        workspace_sid: str,
        *,
        friendly_name: str,
        configuration: str,
        assignment_callback_url: str | Unset = UNSET,
        fallback_assignment_callback_url: str | Unset = UNSET,
        task_reservation_timeout: int | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Workflow:
        """Create a Workflow.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            workspace_sid: The SID of the Workspace.
            friendly_name (`FriendlyName`): A descriptive string that you create to describe
                the Workflow resource. For example, `Inbound Call Workflow` or `2014
                Outbound Campaign`.
            configuration (`Configuration`): A JSON string that contains the rules to apply
                to the Workflow. See [Configuring
                Workflows](https://www.twilio.com/docs/taskrouter/workflow-configuration)
                for more information.
            assignment_callback_url (`AssignmentCallbackUrl`): The URL from your application
                that will process task assignment events. See [Handling Task Assignment
                Callback](https://www.twilio.com/docs/taskrouter/handle-assignment-
                callbacks) for more details.
            fallback_assignment_callback_url (`FallbackAssignmentCallbackUrl`): The URL that
                we should call when a call to the `assignment_callback_url` fails.
            task_reservation_timeout (`TaskReservationTimeout`): How long TaskRouter will
                wait for a confirmation response from your application after it assigns a
                Task to a Worker. Can be up to `86,400` (24 hours) and the default is `120`.
        """
        result: Workflow = await self._request("workspaces.create_workflow", locals())
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
        """Delete a Workflow.

        Args:
            workspace_sid: The SID of the Workspace.
            sid: The SID of the Workflow resource.
        """
        await self._request("workspaces.delete_workflow", locals())

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
    ) -> Workflow:
        """Fetch a Workflow.

        Args:
            workspace_sid: The SID of the Workspace.
            sid: The SID of the Workflow resource.
        """
        result: Workflow = await self._request("workspaces.fetch_workflow", locals())
        return result

    @_api_method
    def list(
        self,
        workspace_sid: str,
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
    ) -> AsyncPager[Workflow]:
        """List the Workflows of a Workspace.

        Args:
            workspace_sid: The SID of the Workspace.
            friendly_name (`FriendlyName`): The `friendly_name` of the Workflow resources to
                read.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[Workflow] = self._list("workspaces.list_workflow", locals())
        return pager

    @_api_method
    async def update(
        self,
        workspace_sid: str,
        sid: str,
        *,
        friendly_name: str | Unset = UNSET,
        assignment_callback_url: str | Unset = UNSET,
        fallback_assignment_callback_url: str | Unset = UNSET,
        configuration: str | Unset = UNSET,
        task_reservation_timeout: int | Unset = UNSET,
        re_evaluate_tasks: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Workflow:
        """Update a Workflow.

        Args:
            workspace_sid: The SID of the Workspace.
            sid: The SID of the Workflow resource.
            friendly_name (`FriendlyName`): A descriptive string that you create to describe
                the Workflow resource. For example, `Inbound Call Workflow` or `2014
                Outbound Campaign`.
            assignment_callback_url (`AssignmentCallbackUrl`): The URL from your application
                that will process task assignment events. See [Handling Task Assignment
                Callback](https://www.twilio.com/docs/taskrouter/handle-assignment-
                callbacks) for more details.
            fallback_assignment_callback_url (`FallbackAssignmentCallbackUrl`): The URL that
                we should call when a call to the `assignment_callback_url` fails.
            configuration (`Configuration`): A JSON string that contains the rules to apply
                to the Workflow. See [Configuring
                Workflows](https://www.twilio.com/docs/taskrouter/workflow-configuration)
                for more information.
            task_reservation_timeout (`TaskReservationTimeout`): How long TaskRouter will
                wait for a confirmation response from your application after it assigns a
                Task to a Worker. Can be up to `86,400` (24 hours) and the default is `120`.
            re_evaluate_tasks (`ReEvaluateTasks`): Whether or not to re-evaluate Tasks. The
                default is `false`, which means Tasks in the Workflow will not be processed
                through the assignment loop again.
        """
        result: Workflow = await self._request("workspaces.update_workflow", locals())
        return result
