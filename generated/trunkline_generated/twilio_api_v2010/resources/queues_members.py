"""Resource `queues.members`: generated from the spec. Do not edit.

get: FetchMember (GET /2010-04-01/Accounts/{AccountSid}/Queues/{QueueSid}/Members/{CallSid}.json)
list: ListMember (GET /2010-04-01/Accounts/{AccountSid}/Queues/{QueueSid}/Members.json)
update: UpdateMember (POST /2010-04-01/Accounts/{AccountSid}/Queues/{QueueSid}/Members/{CallSid}.json)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline._core._paging import AsyncPager, Pager
    from trunkline_generated.twilio_api_v2010.models.http_method import HttpMethod
    from trunkline_generated.twilio_api_v2010.models.queue_member import QueueMember

__all__ = ["AsyncQueuesMembers", "QueuesMembers"]


class QueuesMembers(SyncAPIResource):
    """`queues.members` (FetchMember, ListMember, UpdateMember)."""

    _package = "twilio_api_v2010"

    @_api_method
    def get(
        self,
        queue_sid: str,
        call_sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> QueueMember:
        """Fetch a specific member from the queue.

        Args:
            queue_sid: The SID of the Queue.
            call_sid: The SID of the Call in the queue, or `Front` for the call at the front
                of the queue.
        """
        result: QueueMember = self._request("queues.fetch_member", locals())
        return result

    @_api_method
    def list(
        self,
        queue_sid: str,
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
    ) -> Pager[QueueMember]:
        """Retrieve the members of the queue.

        Args:
            queue_sid: The SID of the Queue.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[QueueMember] = self._list("queues.list_member", locals())
        return pager

    @_api_method
    def update(
        self,
        queue_sid: str,
        call_sid: str,
        *,
        url: str,
        method: HttpMethod | str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> QueueMember:
        """Dequeue a member from a queue and have the member's call begin executing the TwiML document at that URL.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            queue_sid: The SID of the Queue.
            call_sid: The SID of the Call in the queue, or `Front` for the call at the front
                of the queue.
            url (`Url`): The absolute URL of the TwiML document the dequeued call begins
                executing.
            method (`Method`): The HTTP method Twilio uses to request a callback URL.
        """
        result: QueueMember = self._request("queues.update_member", locals())
        return result


class AsyncQueuesMembers(AsyncAPIResource):
    """`queues.members` (FetchMember, ListMember, UpdateMember). Awaitable."""

    _package = "twilio_api_v2010"

    @_api_method
    async def get(
        self,
        queue_sid: str,
        call_sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> QueueMember:
        """Fetch a specific member from the queue.

        Args:
            queue_sid: The SID of the Queue.
            call_sid: The SID of the Call in the queue, or `Front` for the call at the front
                of the queue.
        """
        result: QueueMember = await self._request("queues.fetch_member", locals())
        return result

    @_api_method
    def list(
        self,
        queue_sid: str,
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
    ) -> AsyncPager[QueueMember]:
        """Retrieve the members of the queue.

        Args:
            queue_sid: The SID of the Queue.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[QueueMember] = self._list("queues.list_member", locals())
        return pager

    @_api_method
    async def update(
        self,
        queue_sid: str,
        call_sid: str,
        *,
        url: str,
        method: HttpMethod | str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> QueueMember:
        """Dequeue a member from a queue and have the member's call begin executing the TwiML document at that URL.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            queue_sid: The SID of the Queue.
            call_sid: The SID of the Call in the queue, or `Front` for the call at the front
                of the queue.
            url (`Url`): The absolute URL of the TwiML document the dequeued call begins
                executing.
            method (`Method`): The HTTP method Twilio uses to request a callback URL.
        """
        result: QueueMember = await self._request("queues.update_member", locals())
        return result
