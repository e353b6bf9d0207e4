"""Resource `calls.events`: generated from the spec. Do not edit.

list: ListCallEvent (GET /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Events.json)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline._core._paging import AsyncPager, Pager
    from trunkline_generated.twilio_api_v2010.models.call_event import CallEvent

__all__ = ["AsyncCallsEvents", "CallsEvents"]


class CallsEvents(SyncAPIResource):
    """`calls.events` (ListCallEvent)."""

    _package = "twilio_api_v2010"

    @_api_method
    def list(
        self,
        call_sid: str,
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
    ) -> Pager[CallEvent]:
        """Retrieve a list of all events for a call.

        Args:
            call_sid: The SID of the [Call](https://www.twilio.com/docs/voice/api/call-
                resource).
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[CallEvent] = self._list("calls.list_call_event", locals())
        return pager


class AsyncCallsEvents(AsyncAPIResource):
    """`calls.events` (ListCallEvent). Awaitable."""

    _package = "twilio_api_v2010"

    @_api_method
    def list(
        self,
        call_sid: str,
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
    ) -> AsyncPager[CallEvent]:
        """Retrieve a list of all events for a call.

        Args:
            call_sid: The SID of the [Call](https://www.twilio.com/docs/voice/api/call-
                resource).
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[CallEvent] = self._list("calls.list_call_event", locals())
        return pager
