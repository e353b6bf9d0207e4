"""Resource `call_flows`: generated from the spec. Do not edit.

create: CreateCallFlow (POST /call-flows)
delete: DeleteCallFlow (DELETE /call-flows/{callFlowId})
get: FetchCallFlow (GET /call-flows/{callFlowId})
list: ListCallFlows (GET /call-flows)
update: UpdateCallFlow (PUT /call-flows/{callFlowId})
"""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline._core._paging import AsyncPager, Pager
    from trunkline_generated.messagebird_voice.inputs.fetch_call_flow_step import FetchCallFlowStep
    from trunkline_generated.messagebird_voice.inputs.hangup_step import HangupStep
    from trunkline_generated.messagebird_voice.inputs.pause_step import PauseStep
    from trunkline_generated.messagebird_voice.inputs.play_step import PlayStep
    from trunkline_generated.messagebird_voice.inputs.record_step import RecordStep
    from trunkline_generated.messagebird_voice.inputs.say_step import SayStep
    from trunkline_generated.messagebird_voice.inputs.transfer_step import TransferStep
    from trunkline_generated.messagebird_voice.models.call_flow import CallFlow
    from trunkline_generated.messagebird_voice.resources.call_flows_numbers import (
        AsyncCallFlowsNumbers,
        CallFlowsNumbers,
    )

__all__ = ["AsyncCallFlows", "CallFlows"]


class CallFlows(SyncAPIResource):
    """`call_flows` (CreateCallFlow, DeleteCallFlow, FetchCallFlow, ListCallFlows, UpdateCallFlow)."""

    _package = "messagebird_voice"

    @cached_property
    def numbers(self) -> CallFlowsNumbers:
        """`call_flows.numbers`: attach(), list(), replace()"""
        resource: CallFlowsNumbers = self._child(
            "call_flows.numbers",
            "trunkline_generated.messagebird_voice.resources.call_flows_numbers",
            "CallFlowsNumbers",
        )
        return resource

    @_api_method
    def create(
        self,
        *,
        steps: builtins.list[
            SayStep
            | PauseStep
            | PlayStep
            | RecordStep
            | FetchCallFlowStep
            | HangupStep
            | TransferStep
            | Mapping[str, Any]
        ],
        title: str | Unset = UNSET,
        record: bool | Unset = UNSET,
        default: bool | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> CallFlow | None:
        """Create a call flow.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            steps: The steps, run in order.
            title: A name for the call flow.
            record: Record every call this flow runs (distinct from the `record` step).
            default: Use this flow for inbound numbers that have none of their own; one flow
                at most is the default.
        """
        result: CallFlow | None = self._request("call_flows.create_call_flow", locals())
        return result

    @_api_method
    def delete(
        self,
        call_flow_id: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Delete a call flow.

        Args:
            call_flow_id: The `id` of the call flow.
        """
        self._request("call_flows.delete_call_flow", locals())

    @_api_method
    def get(
        self,
        call_flow_id: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> CallFlow | None:
        """Get one call flow.

        Args:
            call_flow_id: The `id` of the call flow.
        """
        result: CallFlow | None = self._request("call_flows.fetch_call_flow", locals())
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
    ) -> Pager[CallFlow]:
        """List call flows, one page at a time.

        Args:
            page: The page to return, 1-based.
            page_size (`perPage`): How many items a page holds (no SDK or document states
                the largest).
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[CallFlow] = self._list("call_flows.list_call_flows", locals())
        return pager

    @_api_method
    def update(
        self,
        call_flow_id: str,
        *,
        steps: builtins.list[
            SayStep
            | PauseStep
            | PlayStep
            | RecordStep
            | FetchCallFlowStep
            | HangupStep
            | TransferStep
            | Mapping[str, Any]
        ],
        title: str | Unset = UNSET,
        record: bool | Unset = UNSET,
        default: bool | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> CallFlow | None:
        """Replace a call flow (a full overwrite, not a patch).

        Fields left out are reset, so `steps` is required as on create (section 2).

        Args:
            call_flow_id: The `id` of the call flow.
            steps: The steps, run in order.
            title: A name for the call flow.
            record: Record every call this flow runs (distinct from the `record` step).
            default: Use this flow for inbound numbers that have none of their own; one flow
                at most is the default.
        """
        result: CallFlow | None = self._request("call_flows.update_call_flow", locals())
        return result


class AsyncCallFlows(AsyncAPIResource):
    """`call_flows` (CreateCallFlow, DeleteCallFlow, FetchCallFlow, ListCallFlows, UpdateCallFlow). Awaitable."""

    _package = "messagebird_voice"

    @cached_property
    def numbers(self) -> AsyncCallFlowsNumbers:
        """`call_flows.numbers`: attach(), list(), replace()"""
        resource: AsyncCallFlowsNumbers = self._child(
            "call_flows.numbers",
            "trunkline_generated.messagebird_voice.resources.call_flows_numbers",
            "AsyncCallFlowsNumbers",
        )
        return resource

    @_api_method
    async def create(
        self,
        *,
        steps: builtins.list[
            SayStep
            | PauseStep
            | PlayStep
            | RecordStep
            | FetchCallFlowStep
            | HangupStep
            | TransferStep
            | Mapping[str, Any]
        ],
        title: str | Unset = UNSET,
        record: bool | Unset = UNSET,
        default: bool | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> CallFlow | None:
        """Create a call flow.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            steps: The steps, run in order.
            title: A name for the call flow.
            record: Record every call this flow runs (distinct from the `record` step).
            default: Use this flow for inbound numbers that have none of their own; one flow
                at most is the default.
        """
        result: CallFlow | None = await self._request("call_flows.create_call_flow", locals())
        return result

    @_api_method
    async def delete(
        self,
        call_flow_id: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Delete a call flow.

        Args:
            call_flow_id: The `id` of the call flow.
        """
        await self._request("call_flows.delete_call_flow", locals())

    @_api_method
    async def get(
        self,
        call_flow_id: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> CallFlow | None:
        """Get one call flow.

        Args:
            call_flow_id: The `id` of the call flow.
        """
        result: CallFlow | None = await self._request("call_flows.fetch_call_flow", locals())
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
    ) -> AsyncPager[CallFlow]:
        """List call flows, one page at a time.

        Args:
            page: The page to return, 1-based.
            page_size (`perPage`): How many items a page holds (no SDK or document states
                the largest).
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[CallFlow] = self._list("call_flows.list_call_flows", locals())
        return pager

    @_api_method
    async def update(
        self,
        call_flow_id: str,
        *,
        steps: builtins.list[
            SayStep
            | PauseStep
            | PlayStep
            | RecordStep
            | FetchCallFlowStep
            | HangupStep
            | TransferStep
            | Mapping[str, Any]
        ],
        title: str | Unset = UNSET,
        record: bool | Unset = UNSET,
        default: bool | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> CallFlow | None:
        """Replace a call flow (a full overwrite, not a patch).

        Fields left out are reset, so `steps` is required as on create (section 2).

        Args:
            call_flow_id: The `id` of the call flow.
            steps: The steps, run in order.
            title: A name for the call flow.
            record: Record every call this flow runs (distinct from the `record` step).
            default: Use this flow for inbound numbers that have none of their own; one flow
                at most is the default.
        """
        result: CallFlow | None = await self._request("call_flows.update_call_flow", locals())
        return result
