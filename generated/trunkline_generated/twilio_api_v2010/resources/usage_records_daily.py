"""Resource `usage.records.daily`: generated from the spec. Do not edit.

list: ListUsageRecordDaily (GET /2010-04-01/Accounts/{AccountSid}/Usage/Records/Daily.json)
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
    from trunkline_generated.twilio_api_v2010.models.usage_record import UsageRecord

__all__ = ["AsyncUsageRecordsDaily", "UsageRecordsDaily"]


class UsageRecordsDaily(SyncAPIResource):
    """`usage.records.daily` (ListUsageRecordDaily)."""

    _package = "twilio_api_v2010"

    @_api_method
    def list(
        self,
        *,
        category: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        include_subaccounts: bool | Unset = UNSET,
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
        """Retrieve usage records, one per day.

        Args:
            category (`Category`): The [usage
                category](https://www.twilio.com/docs/usage/api/usage-record#usage-
                categories) of the UsageRecord resources to read. Only UsageRecord resources
                in the specified category are retrieved.
            start_date (`StartDate`): Only include usage that has occurred on or after this
                date. Specify the date in GMT and format as `YYYY-MM-DD`. You can also
                specify offsets from the current date, such as: `-30days`, which will set
                the start date to be 30 days before the current date.
            end_date (`EndDate`): Only include usage that occurred on or before this date.
                Specify the date in GMT and format as `YYYY-MM-DD`. You can also specify
                offsets from the current date, such as: `+30days`, which will set the end
                date to 30 days from the current date.
            include_subaccounts (`IncludeSubaccounts`): Whether to include usage from the
                master account and all its subaccounts. Can be: `true` (the default) to
                include usage from the master account and all subaccounts or `false` to
                retrieve usage from only the specified account.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[UsageRecord] = self._list("usage.list_usage_record_daily", locals())
        return pager


class AsyncUsageRecordsDaily(AsyncAPIResource):
    """`usage.records.daily` (ListUsageRecordDaily). Awaitable."""

    _package = "twilio_api_v2010"

    @_api_method
    def list(
        self,
        *,
        category: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        include_subaccounts: bool | Unset = UNSET,
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
        """Retrieve usage records, one per day.

        Args:
            category (`Category`): The [usage
                category](https://www.twilio.com/docs/usage/api/usage-record#usage-
                categories) of the UsageRecord resources to read. Only UsageRecord resources
                in the specified category are retrieved.
            start_date (`StartDate`): Only include usage that has occurred on or after this
                date. Specify the date in GMT and format as `YYYY-MM-DD`. You can also
                specify offsets from the current date, such as: `-30days`, which will set
                the start date to be 30 days before the current date.
            end_date (`EndDate`): Only include usage that occurred on or before this date.
                Specify the date in GMT and format as `YYYY-MM-DD`. You can also specify
                offsets from the current date, such as: `+30days`, which will set the end
                date to 30 days from the current date.
            include_subaccounts (`IncludeSubaccounts`): Whether to include usage from the
                master account and all its subaccounts. Can be: `true` (the default) to
                include usage from the master account and all subaccounts or `false` to
                retrieve usage from only the specified account.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[UsageRecord] = self._list("usage.list_usage_record_daily", locals())
        return pager
