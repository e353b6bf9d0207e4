"""Resource `taskrouter.v1.workspaces.activities`: generated from the spec. Do not edit.

create: CreateActivity (POST /v1/Workspaces/{WorkspaceSid}/Activities)
delete: DeleteActivity (DELETE /v1/Workspaces/{WorkspaceSid}/Activities/{Sid})
get: FetchActivity (GET /v1/Workspaces/{WorkspaceSid}/Activities/{Sid})
list: ListActivity (GET /v1/Workspaces/{WorkspaceSid}/Activities)
update: UpdateActivity (POST /v1/Workspaces/{WorkspaceSid}/Activities/{Sid})
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline._core._paging import AsyncPager, Pager
    from trunkline_generated.twilio_taskrouter_v1.models.activity import Activity

__all__ = ["AsyncWorkspacesActivities", "WorkspacesActivities"]


class WorkspacesActivities(SyncAPIResource):
    """`taskrouter.v1.workspaces.activities` (CreateActivity, DeleteActivity, FetchActivity, ListActivity, UpdateActivity)."""

    _package = "twilio_taskrouter_v1"

    @_api_method
    def create(
        self,
        workspace_sid: str,
        *,
        friendly_name: str,
        available: bool | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Activity:
        """Create an Activity.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            workspace_sid: The SID of the Workspace.
            friendly_name (`FriendlyName`): A descriptive string that you create to describe
                the Activity resource. It can be up to 64 characters long. These names are
                used to calculate and expose statistics about Workers, and provide
                visibility into the state of each Worker. Examples of friendly names
                include: `on-call`, `break`, and `email`.
            available (`Available`): Whether the Worker should be eligible to receive a Task
                when it occupies the Activity. A value of `true`, `1`, or `yes` specifies
                the Activity is available. All other values specify that it is not. The
                value cannot be changed after the Activity is created.
        """
        result: Activity = self._request("workspaces.create_activity", locals())
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
        """Delete an Activity.

        Args:
            workspace_sid: The SID of the Workspace.
            sid: The SID of the Activity resource.
        """
        self._request("workspaces.delete_activity", locals())

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
    ) -> Activity:
        """Fetch an Activity.

        Args:
            workspace_sid: The SID of the Workspace.
            sid: The SID of the Activity resource.
        """
        result: Activity = self._request("workspaces.fetch_activity", locals())
        return result

    @_api_method
    def list(
        self,
        workspace_sid: str,
        *,
        friendly_name: str | Unset = UNSET,
        available: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Pager[Activity]:
        """List the Activities of a Workspace.

        Args:
            workspace_sid: The SID of the Workspace.
            friendly_name (`FriendlyName`): The `friendly_name` of the Activity resources to
                read.
            available (`Available`): Whether return only Activity resources that are
                available or unavailable. A value of `true` returns only available
                activities. Values of '1' or `yes` also indicate `true`. All other values
                represent `false` and return activities that are unavailable.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[Activity] = self._list("workspaces.list_activity", locals())
        return pager

    @_api_method
    def update(
        self,
        workspace_sid: str,
        sid: str,
        *,
        friendly_name: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Activity:
        """Update an Activity.

        Args:
            workspace_sid: The SID of the Workspace.
            sid: The SID of the Activity resource.
            friendly_name (`FriendlyName`): A descriptive string that you create to describe
                the Activity resource. It can be up to 64 characters long. These names are
                used to calculate and expose statistics about Workers, and provide
                visibility into the state of each Worker. Examples of friendly names
                include: `on-call`, `break`, and `email`.
        """
        result: Activity = self._request("workspaces.update_activity", locals())
        return result


class AsyncWorkspacesActivities(AsyncAPIResource):
    """`taskrouter.v1.workspaces.activities` (CreateActivity, DeleteActivity, FetchActivity, ListActivity, UpdateActivity). Awaitable."""

    _package = "twilio_taskrouter_v1"

    @_api_method
    async def create(
        self,
        workspace_sid: str,
        *,
        friendly_name: str,
        available: bool | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Activity:
        """Create an Activity.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            workspace_sid: The SID of the Workspace.
            friendly_name (`FriendlyName`): A descriptive string that you create to describe
                the Activity resource. It can be up to 64 characters long. These names are
                used to calculate and expose statistics about Workers, and provide
                visibility into the state of each Worker. Examples of friendly names
                include: `on-call`, `break`, and `email`.
            available (`Available`): Whether the Worker should be eligible to receive a Task
                when it occupies the Activity. A value of `true`, `1`, or `yes` specifies
                the Activity is available. All other values specify that it is not. The
                value cannot be changed after the Activity is created.
        """
        result: Activity = await self._request("workspaces.create_activity", locals())
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
        """Delete an Activity.

        Args:
            workspace_sid: The SID of the Workspace.
            sid: The SID of the Activity resource.
        """
        await self._request("workspaces.delete_activity", locals())

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
    ) -> Activity:
        """Fetch an Activity.

        Args:
            workspace_sid: The SID of the Workspace.
            sid: The SID of the Activity resource.
        """
        result: Activity = await self._request("workspaces.fetch_activity", locals())
        return result

    @_api_method
    def list(
        self,
        workspace_sid: str,
        *,
        friendly_name: str | Unset = UNSET,
        available: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPager[Activity]:
        """List the Activities of a Workspace.

        Args:
            workspace_sid: The SID of the Workspace.
            friendly_name (`FriendlyName`): The `friendly_name` of the Activity resources to
                read.
            available (`Available`): Whether return only Activity resources that are
                available or unavailable. A value of `true` returns only available
                activities. Values of '1' or `yes` also indicate `true`. All other values
                represent `false` and return activities that are unavailable.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[Activity] = self._list("workspaces.list_activity", locals())
        return pager

    @_api_method
    async def update(
        self,
        workspace_sid: str,
        sid: str,
        *,
        friendly_name: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Activity:
        """Update an Activity.

        Args:
            workspace_sid: The SID of the Workspace.
            sid: The SID of the Activity resource.
            friendly_name (`FriendlyName`): A descriptive string that you create to describe
                the Activity resource. It can be up to 64 characters long. These names are
                used to calculate and expose statistics about Workers, and provide
                visibility into the state of each Worker. Examples of friendly names
                include: `on-call`, `break`, and `email`.
        """
        result: Activity = await self._request("workspaces.update_activity", locals())
        return result
