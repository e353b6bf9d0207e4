"""Resource `insights.v1.voice.events`: generated from the spec. Do not edit.

list: ListEvent (GET /v1/Voice/{CallSid}/Events)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline._core._paging import AsyncPager, Pager
    from trunkline_generated.twilio_insights_v1.models.call_event import CallEvent
    from trunkline_generated.twilio_insights_v1.models.twilio_edge import TwilioEdge

__all__ = ["AsyncVoiceEvents", "VoiceEvents"]


class VoiceEvents(SyncAPIResource):
    """`insights.v1.voice.events` (ListEvent)."""

    _package = "twilio_insights_v1"

    @_api_method
    def list(
        self,
        call_sid: str,
        *,
        edge: TwilioEdge | str | Unset = UNSET,
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
        """Get a list of Call Insight Events for a Call.

        Args:
            call_sid: The unique SID identifier of the Call.
            edge (`Edge`): The Twilio edge (gateway or SDK) that observed an event or
                metric.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[CallEvent] = self._list("voice.list_event", locals())
        return pager


class AsyncVoiceEvents(AsyncAPIResource):
    """`insights.v1.voice.events` (ListEvent). Awaitable."""

    _package = "twilio_insights_v1"

    @_api_method
    def list(
        self,
        call_sid: str,
        *,
        edge: TwilioEdge | str | Unset = UNSET,
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
        """Get a list of Call Insight Events for a Call.

        Args:
            call_sid: The unique SID identifier of the Call.
            edge (`Edge`): The Twilio edge (gateway or SDK) that observed an event or
                metric.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[CallEvent] = self._list("voice.list_event", locals())
        return pager
