"""Resource `wireless.v1.sims.usage_records`: generated from the spec. Do not edit.

list: ListUsageRecord (GET /v1/Sims/{SimSid}/UsageRecords)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from trunkline._core._paging import AsyncPager, Pager
    from trunkline_generated.twilio_wireless_v1.models.usage_granularity import UsageGranularity
    from trunkline_generated.twilio_wireless_v1.models.usage_record import UsageRecord

__all__ = ["AsyncSimsUsageRecords", "SimsUsageRecords"]


class SimsUsageRecords(SyncAPIResource):
    """`wireless.v1.sims.usage_records` (ListUsageRecord)."""

    _package = "twilio_wireless_v1"

    @_api_method
    def list(
        self,
        sim_sid: str,
        *,
        end: datetime.datetime | Unset = UNSET,
        start: datetime.datetime | Unset = UNSET,
        granularity: UsageGranularity | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Pager[UsageRecord]:
        """Retrieve a list of a Sim's Usage Records.

        Args:
            sim_sid: The SID of the [Sim
                resource](https://www.twilio.com/docs/iot/wireless/api/sim-resource).
            end (`End`): Only include usage that occurred on or before this date, specified
                in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html). The
                default is the current time.
            start (`Start`): Only include usage that has occurred on or after this date,
                specified in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-
                format.html). The default is one month before the `end` parameter value.
            granularity (`Granularity`): How to summarize the usage by time. Can be:
                `daily`, `hourly`, or `all`. The default is `all`. A value of `all` returns
                one Usage Record that describes the usage for the entire period.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[UsageRecord] = self._list("sims.list_usage_record", locals())
        return pager


class AsyncSimsUsageRecords(AsyncAPIResource):
    """`wireless.v1.sims.usage_records` (ListUsageRecord). Awaitable."""

    _package = "twilio_wireless_v1"

    @_api_method
    def list(
        self,
        sim_sid: str,
        *,
        end: datetime.datetime | Unset = UNSET,
        start: datetime.datetime | Unset = UNSET,
        granularity: UsageGranularity | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPager[UsageRecord]:
        """Retrieve a list of a Sim's Usage Records.

        Args:
            sim_sid: The SID of the [Sim
                resource](https://www.twilio.com/docs/iot/wireless/api/sim-resource).
            end (`End`): Only include usage that occurred on or before this date, specified
                in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html). The
                default is the current time.
            start (`Start`): Only include usage that has occurred on or after this date,
                specified in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-
                format.html). The default is one month before the `end` parameter value.
            granularity (`Granularity`): How to summarize the usage by time. Can be:
                `daily`, `hourly`, or `all`. The default is `all`. A value of `all` returns
                one Usage Record that describes the usage for the entire period.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[UsageRecord] = self._list("sims.list_usage_record", locals())
        return pager
