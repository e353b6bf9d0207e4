"""Resource `insights.v1.voice.metrics`: generated from the spec. Do not edit.

list: ListMetric (GET /v1/Voice/{CallSid}/Metrics)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline._core._paging import AsyncPager, Pager
    from trunkline_generated.twilio_insights_v1.models.call_metric import CallMetric
    from trunkline_generated.twilio_insights_v1.models.stream_direction import StreamDirection
    from trunkline_generated.twilio_insights_v1.models.twilio_edge import TwilioEdge

__all__ = ["AsyncVoiceMetrics", "VoiceMetrics"]


class VoiceMetrics(SyncAPIResource):
    """`insights.v1.voice.metrics` (ListMetric)."""

    _package = "twilio_insights_v1"

    @_api_method
    def list(
        self,
        call_sid: str,
        *,
        edge: TwilioEdge | str | Unset = UNSET,
        direction: StreamDirection | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Pager[CallMetric]:
        """Get a list of Call Metrics for a Call.

        Args:
            call_sid: The unique SID identifier of the Call.
            edge (`Edge`): The Twilio edge (gateway or SDK) that observed an event or
                metric.
            direction (`Direction`): The direction of a media stream, seen from the Twilio
                edge.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[CallMetric] = self._list("voice.list_metric", locals())
        return pager


class AsyncVoiceMetrics(AsyncAPIResource):
    """`insights.v1.voice.metrics` (ListMetric). Awaitable."""

    _package = "twilio_insights_v1"

    @_api_method
    def list(
        self,
        call_sid: str,
        *,
        edge: TwilioEdge | str | Unset = UNSET,
        direction: StreamDirection | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPager[CallMetric]:
        """Get a list of Call Metrics for a Call.

        Args:
            call_sid: The unique SID identifier of the Call.
            edge (`Edge`): The Twilio edge (gateway or SDK) that observed an event or
                metric.
            direction (`Direction`): The direction of a media stream, seen from the Twilio
                edge.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[CallMetric] = self._list("voice.list_metric", locals())
        return pager
