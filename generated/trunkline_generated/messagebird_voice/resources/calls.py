"""Resource `calls`: generated from the spec. Do not edit.

create: CreateCall (POST /calls)
delete: DeleteCall (DELETE /calls/{callId})
get: FetchCall (GET /calls/{callId})
list: ListCalls (GET /calls)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline._core._paging import AsyncPager, Pager
    from trunkline_generated.messagebird_voice.inputs.call_webhook import CallWebhook
    from trunkline_generated.messagebird_voice.inputs.inline_call_flow import InlineCallFlow
    from trunkline_generated.messagebird_voice.models.call import Call

__all__ = ["AsyncCalls", "Calls"]


class Calls(SyncAPIResource):
    """`calls` (CreateCall, DeleteCall, FetchCall, ListCalls)."""

    _package = "messagebird_voice"

    @_api_method
    def create(
        self,
        *,
        source: str,
        destination: str,
        call_flow: InlineCallFlow | Mapping[str, Any],
        webhook: CallWebhook | Mapping[str, Any] | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Call | None:
        """Start an outbound call.

        Calls `destination` from `source` and runs `callFlow` when the call is answered.
        `webhook` receives the call's status updates (section 2).

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            source: The caller ID, a number (E.164, sent without `+`) or a SIP address.
            destination: The number (E.164, sent without `+`) or SIP address to call.
            call_flow (`callFlow`): The call flow an outbound call runs when it is answered.
            webhook: Where this call's status updates go.
        """
        result: Call | None = self._request("calls.create_call", locals())
        return result

    @_api_method
    def delete(
        self,
        call_id: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Delete a call; a call in progress is ended, every leg hung up.

        Args:
            call_id: The `id` of the call.
        """
        self._request("calls.delete_call", locals())

    @_api_method
    def get(
        self,
        call_id: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Call | None:
        """Get one call.

        Args:
            call_id: The `id` of the call.
        """
        result: Call | None = self._request("calls.fetch_call", locals())
        return result

    @_api_method
    def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Pager[Call]:
        """List calls, newest first, one page at a time.

        Args:
            page: The page to return, 1-based.
            page_size (`perPage`): How many items a page holds (no SDK or document states
                the largest).
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[Call] = self._list("calls.list_calls", locals())
        return pager


class AsyncCalls(AsyncAPIResource):
    """`calls` (CreateCall, DeleteCall, FetchCall, ListCalls). Awaitable."""

    _package = "messagebird_voice"

    @_api_method
    async def create(
        self,
        *,
        source: str,
        destination: str,
        call_flow: InlineCallFlow | Mapping[str, Any],
        webhook: CallWebhook | Mapping[str, Any] | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Call | None:
        """Start an outbound call.

        Calls `destination` from `source` and runs `callFlow` when the call is answered.
        `webhook` receives the call's status updates (section 2).

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            source: The caller ID, a number (E.164, sent without `+`) or a SIP address.
            destination: The number (E.164, sent without `+`) or SIP address to call.
            call_flow (`callFlow`): The call flow an outbound call runs when it is answered.
            webhook: Where this call's status updates go.
        """
        result: Call | None = await self._request("calls.create_call", locals())
        return result

    @_api_method
    async def delete(
        self,
        call_id: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Delete a call; a call in progress is ended, every leg hung up.

        Args:
            call_id: The `id` of the call.
        """
        await self._request("calls.delete_call", locals())

    @_api_method
    async def get(
        self,
        call_id: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Call | None:
        """Get one call.

        Args:
            call_id: The `id` of the call.
        """
        result: Call | None = await self._request("calls.fetch_call", locals())
        return result

    @_api_method
    def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPager[Call]:
        """List calls, newest first, one page at a time.

        Args:
            page: The page to return, 1-based.
            page_size (`perPage`): How many items a page holds (no SDK or document states
                the largest).
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[Call] = self._list("calls.list_calls", locals())
        return pager
