"""Resource `call_flows.numbers`: generated from the spec. Do not edit.

attach: AttachCallFlowNumbers (POST /call-flows/{callFlowId}/numbers)
list: ListCallFlowNumbers (GET /call-flows/{callFlowId}/numbers)
replace: ReplaceCallFlowNumbers (PUT /call-flows/{callFlowId}/numbers)
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline._core._paging import AsyncPager, Pager
    from trunkline_generated.messagebird_voice.models.call_flow_number import CallFlowNumber
    from trunkline_generated.messagebird_voice.models.list_call_flow_numbers_response import (
        ListCallFlowNumbersResponse,
    )

__all__ = ["AsyncCallFlowsNumbers", "CallFlowsNumbers"]


class CallFlowsNumbers(SyncAPIResource):
    """`call_flows.numbers` (AttachCallFlowNumbers, ListCallFlowNumbers, ReplaceCallFlowNumbers)."""

    _package = "messagebird_voice"

    @_api_method
    def attach(
        self,
        call_flow_id: str,
        *,
        numbers: builtins.list[str],
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ListCallFlowNumbersResponse:
        """Attach numbers to the call flow, keeping those already attached.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            call_flow_id: The `id` of the call flow.
            numbers: Your MessageBird numbers (E.164, sent without `+`) whose inbound calls
                run this flow.
        """
        result: ListCallFlowNumbersResponse = self._request(
            "call_flows.attach_call_flow_numbers", locals()
        )
        return result

    @_api_method
    def list(
        self,
        call_flow_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Pager[CallFlowNumber]:
        """List the numbers whose inbound calls run this call flow, one page at a time.

        Args:
            call_flow_id: The `id` of the call flow.
            page: The page to return, 1-based.
            page_size (`perPage`): How many items a page holds (no SDK or document states
                the largest).
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[CallFlowNumber] = self._list("call_flows.list_call_flow_numbers", locals())
        return pager

    @_api_method
    def replace(
        self,
        call_flow_id: str,
        *,
        numbers: builtins.list[str],
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ListCallFlowNumbersResponse:
        """Replace the numbers attached to the call flow with these.

        Args:
            call_flow_id: The `id` of the call flow.
            numbers: Your MessageBird numbers (E.164, sent without `+`) whose inbound calls
                run this flow.
        """
        result: ListCallFlowNumbersResponse = self._request(
            "call_flows.replace_call_flow_numbers", locals()
        )
        return result


class AsyncCallFlowsNumbers(AsyncAPIResource):
    """`call_flows.numbers` (AttachCallFlowNumbers, ListCallFlowNumbers, ReplaceCallFlowNumbers). Awaitable."""

    _package = "messagebird_voice"

    @_api_method
    async def attach(
        self,
        call_flow_id: str,
        *,
        numbers: builtins.list[str],
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ListCallFlowNumbersResponse:
        """Attach numbers to the call flow, keeping those already attached.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            call_flow_id: The `id` of the call flow.
            numbers: Your MessageBird numbers (E.164, sent without `+`) whose inbound calls
                run this flow.
        """
        result: ListCallFlowNumbersResponse = await self._request(
            "call_flows.attach_call_flow_numbers", locals()
        )
        return result

    @_api_method
    def list(
        self,
        call_flow_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPager[CallFlowNumber]:
        """List the numbers whose inbound calls run this call flow, one page at a time.

        Args:
            call_flow_id: The `id` of the call flow.
            page: The page to return, 1-based.
            page_size (`perPage`): How many items a page holds (no SDK or document states
                the largest).
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[CallFlowNumber] = self._list(
            "call_flows.list_call_flow_numbers", locals()
        )
        return pager

    @_api_method
    async def replace(
        self,
        call_flow_id: str,
        *,
        numbers: builtins.list[str],
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ListCallFlowNumbersResponse:
        """Replace the numbers attached to the call flow with these.

        Args:
            call_flow_id: The `id` of the call flow.
            numbers: Your MessageBird numbers (E.164, sent without `+`) whose inbound calls
                run this flow.
        """
        result: ListCallFlowNumbersResponse = await self._request(
            "call_flows.replace_call_flow_numbers", locals()
        )
        return result
