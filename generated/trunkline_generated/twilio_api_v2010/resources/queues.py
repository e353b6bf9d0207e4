"""Resource `queues`: generated from the spec. Do not edit.

create: CreateQueue (POST /2010-04-01/Accounts/{AccountSid}/Queues.json)
delete: DeleteQueue (DELETE /2010-04-01/Accounts/{AccountSid}/Queues/{Sid}.json)
get: FetchQueue (GET /2010-04-01/Accounts/{AccountSid}/Queues/{Sid}.json)
list: ListQueue (GET /2010-04-01/Accounts/{AccountSid}/Queues.json)
update: UpdateQueue (POST /2010-04-01/Accounts/{AccountSid}/Queues/{Sid}.json)
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
    from trunkline_generated.twilio_api_v2010.models.queue import Queue
    from trunkline_generated.twilio_api_v2010.resources.queues_members import (
        AsyncQueuesMembers,
        QueuesMembers,
    )

__all__ = ["AsyncQueues", "Queues"]


class Queues(SyncAPIResource):
    """`queues` (CreateQueue, DeleteQueue, FetchQueue, ListQueue, UpdateQueue)."""

    _package = "twilio_api_v2010"

    @cached_property
    def members(self) -> QueuesMembers:
        """`queues.members`: get(), list(), update()"""
        resource: QueuesMembers = self._child(
            "queues.members",
            "trunkline_generated.twilio_api_v2010.resources.queues_members",
            "QueuesMembers",
        )
        return resource

    @_api_method
    def create(
        self,
        *,
        friendly_name: str,
        max_size: int | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Queue:
        """Create a queue.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            friendly_name (`FriendlyName`): A descriptive string that you created to
                describe this resource. It can be up to 64 characters long.
            max_size (`MaxSize`): The maximum number of calls allowed to be in the queue.
                The default is 1000. The maximum is 5000.
        """
        result: Queue = self._request("queues.create_queue", locals())
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
        """Remove an empty queue.

        Args:
            sid: The SID of the Queue resource.
        """
        self._request("queues.delete_queue", locals())

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
    ) -> Queue:
        """Fetch an instance of a queue identified by the QueueSid.

        Args:
            sid: The SID of the Queue resource.
        """
        result: Queue = self._request("queues.fetch_queue", locals())
        return result

    @_api_method
    def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Pager[Queue]:
        """Retrieve a list of queues belonging to the account used to make the request.

        Args:
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[Queue] = self._list("queues.list_queue", locals())
        return pager

    @_api_method
    def update(
        self,
        sid: str,
        *,
        friendly_name: str | Unset = UNSET,
        max_size: int | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Queue:
        """Update the queue with the new parameters.

        Args:
            sid: The SID of the Queue resource.
            friendly_name (`FriendlyName`): A descriptive string that you created to
                describe this resource. It can be up to 64 characters long.
            max_size (`MaxSize`): The maximum number of calls allowed to be in the queue.
                The default is 1000. The maximum is 5000.
        """
        result: Queue = self._request("queues.update_queue", locals())
        return result


class AsyncQueues(AsyncAPIResource):
    """`queues` (CreateQueue, DeleteQueue, FetchQueue, ListQueue, UpdateQueue). Awaitable."""

    _package = "twilio_api_v2010"

    @cached_property
    def members(self) -> AsyncQueuesMembers:
        """`queues.members`: get(), list(), update()"""
        resource: AsyncQueuesMembers = self._child(
            "queues.members",
            "trunkline_generated.twilio_api_v2010.resources.queues_members",
            "AsyncQueuesMembers",
        )
        return resource

    @_api_method
    async def create(
        self,
        *,
        friendly_name: str,
        max_size: int | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Queue:
        """Create a queue.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            friendly_name (`FriendlyName`): A descriptive string that you created to
                describe this resource. It can be up to 64 characters long.
            max_size (`MaxSize`): The maximum number of calls allowed to be in the queue.
                The default is 1000. The maximum is 5000.
        """
        result: Queue = await self._request("queues.create_queue", locals())
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
        """Remove an empty queue.

        Args:
            sid: The SID of the Queue resource.
        """
        await self._request("queues.delete_queue", locals())

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
    ) -> Queue:
        """Fetch an instance of a queue identified by the QueueSid.

        Args:
            sid: The SID of the Queue resource.
        """
        result: Queue = await self._request("queues.fetch_queue", locals())
        return result

    @_api_method
    def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPager[Queue]:
        """Retrieve a list of queues belonging to the account used to make the request.

        Args:
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[Queue] = self._list("queues.list_queue", locals())
        return pager

    @_api_method
    async def update(
        self,
        sid: str,
        *,
        friendly_name: str | Unset = UNSET,
        max_size: int | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Queue:
        """Update the queue with the new parameters.

        Args:
            sid: The SID of the Queue resource.
            friendly_name (`FriendlyName`): A descriptive string that you created to
                describe this resource. It can be up to 64 characters long.
            max_size (`MaxSize`): The maximum number of calls allowed to be in the queue.
                The default is 1000. The maximum is 5000.
        """
        result: Queue = await self._request("queues.update_queue", locals())
        return result
