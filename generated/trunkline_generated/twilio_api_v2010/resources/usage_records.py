"""Resource `usage.records`: generated from the spec. Do not edit.

list: ListUsageRecord (GET /2010-04-01/Accounts/{AccountSid}/Usage/Records.json)
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from trunkline._core._paging import AsyncPager, Pager
    from trunkline_generated.twilio_api_v2010.models.usage_record import UsageRecord
    from trunkline_generated.twilio_api_v2010.resources.usage_records_all_time import (
        AsyncUsageRecordsAllTime,
        UsageRecordsAllTime,
    )
    from trunkline_generated.twilio_api_v2010.resources.usage_records_daily import (
        AsyncUsageRecordsDaily,
        UsageRecordsDaily,
    )
    from trunkline_generated.twilio_api_v2010.resources.usage_records_last_month import (
        AsyncUsageRecordsLastMonth,
        UsageRecordsLastMonth,
    )
    from trunkline_generated.twilio_api_v2010.resources.usage_records_monthly import (
        AsyncUsageRecordsMonthly,
        UsageRecordsMonthly,
    )
    from trunkline_generated.twilio_api_v2010.resources.usage_records_this_month import (
        AsyncUsageRecordsThisMonth,
        UsageRecordsThisMonth,
    )
    from trunkline_generated.twilio_api_v2010.resources.usage_records_today import (
        AsyncUsageRecordsToday,
        UsageRecordsToday,
    )
    from trunkline_generated.twilio_api_v2010.resources.usage_records_yearly import (
        AsyncUsageRecordsYearly,
        UsageRecordsYearly,
    )
    from trunkline_generated.twilio_api_v2010.resources.usage_records_yesterday import (
        AsyncUsageRecordsYesterday,
        UsageRecordsYesterday,
    )

__all__ = ["AsyncUsageRecords", "UsageRecords"]


class UsageRecords(SyncAPIResource):
    """`usage.records` (ListUsageRecord)."""

    _package = "twilio_api_v2010"

    @cached_property
    def all_time(self) -> UsageRecordsAllTime:
        """`usage.records.all_time`: list()"""
        resource: UsageRecordsAllTime = self._child(
            "usage.records.all_time",
            "trunkline_generated.twilio_api_v2010.resources.usage_records_all_time",
            "UsageRecordsAllTime",
        )
        return resource

    @cached_property
    def daily(self) -> UsageRecordsDaily:
        """`usage.records.daily`: list()"""
        resource: UsageRecordsDaily = self._child(
            "usage.records.daily",
            "trunkline_generated.twilio_api_v2010.resources.usage_records_daily",
            "UsageRecordsDaily",
        )
        return resource

    @cached_property
    def last_month(self) -> UsageRecordsLastMonth:
        """`usage.records.last_month`: list()"""
        resource: UsageRecordsLastMonth = self._child(
            "usage.records.last_month",
            "trunkline_generated.twilio_api_v2010.resources.usage_records_last_month",
            "UsageRecordsLastMonth",
        )
        return resource

    @cached_property
    def monthly(self) -> UsageRecordsMonthly:
        """`usage.records.monthly`: list()"""
        resource: UsageRecordsMonthly = self._child(
            "usage.records.monthly",
            "trunkline_generated.twilio_api_v2010.resources.usage_records_monthly",
            "UsageRecordsMonthly",
        )
        return resource

    @cached_property
    def this_month(self) -> UsageRecordsThisMonth:
        """`usage.records.this_month`: list()"""
        resource: UsageRecordsThisMonth = self._child(
            "usage.records.this_month",
            "trunkline_generated.twilio_api_v2010.resources.usage_records_this_month",
            "UsageRecordsThisMonth",
        )
        return resource

    @cached_property
    def today(self) -> UsageRecordsToday:
        """`usage.records.today`: list()"""
        resource: UsageRecordsToday = self._child(
            "usage.records.today",
            "trunkline_generated.twilio_api_v2010.resources.usage_records_today",
            "UsageRecordsToday",
        )
        return resource

    @cached_property
    def yearly(self) -> UsageRecordsYearly:
        """`usage.records.yearly`: list()"""
        resource: UsageRecordsYearly = self._child(
            "usage.records.yearly",
            "trunkline_generated.twilio_api_v2010.resources.usage_records_yearly",
            "UsageRecordsYearly",
        )
        return resource

    @cached_property
    def yesterday(self) -> UsageRecordsYesterday:
        """`usage.records.yesterday`: list()"""
        resource: UsageRecordsYesterday = self._child(
            "usage.records.yesterday",
            "trunkline_generated.twilio_api_v2010.resources.usage_records_yesterday",
            "UsageRecordsYesterday",
        )
        return resource

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
        """Retrieve a list of usage-records belonging to the account used to make the request.

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
        pager: Pager[UsageRecord] = self._list("usage.list_usage_record", locals())
        return pager


class AsyncUsageRecords(AsyncAPIResource):
    """`usage.records` (ListUsageRecord). Awaitable."""

    _package = "twilio_api_v2010"

    @cached_property
    def all_time(self) -> AsyncUsageRecordsAllTime:
        """`usage.records.all_time`: list()"""
        resource: AsyncUsageRecordsAllTime = self._child(
            "usage.records.all_time",
            "trunkline_generated.twilio_api_v2010.resources.usage_records_all_time",
            "AsyncUsageRecordsAllTime",
        )
        return resource

    @cached_property
    def daily(self) -> AsyncUsageRecordsDaily:
        """`usage.records.daily`: list()"""
        resource: AsyncUsageRecordsDaily = self._child(
            "usage.records.daily",
            "trunkline_generated.twilio_api_v2010.resources.usage_records_daily",
            "AsyncUsageRecordsDaily",
        )
        return resource

    @cached_property
    def last_month(self) -> AsyncUsageRecordsLastMonth:
        """`usage.records.last_month`: list()"""
        resource: AsyncUsageRecordsLastMonth = self._child(
            "usage.records.last_month",
            "trunkline_generated.twilio_api_v2010.resources.usage_records_last_month",
            "AsyncUsageRecordsLastMonth",
        )
        return resource

    @cached_property
    def monthly(self) -> AsyncUsageRecordsMonthly:
        """`usage.records.monthly`: list()"""
        resource: AsyncUsageRecordsMonthly = self._child(
            "usage.records.monthly",
            "trunkline_generated.twilio_api_v2010.resources.usage_records_monthly",
            "AsyncUsageRecordsMonthly",
        )
        return resource

    @cached_property
    def this_month(self) -> AsyncUsageRecordsThisMonth:
        """`usage.records.this_month`: list()"""
        resource: AsyncUsageRecordsThisMonth = self._child(
            "usage.records.this_month",
            "trunkline_generated.twilio_api_v2010.resources.usage_records_this_month",
            "AsyncUsageRecordsThisMonth",
        )
        return resource

    @cached_property
    def today(self) -> AsyncUsageRecordsToday:
        """`usage.records.today`: list()"""
        resource: AsyncUsageRecordsToday = self._child(
            "usage.records.today",
            "trunkline_generated.twilio_api_v2010.resources.usage_records_today",
            "AsyncUsageRecordsToday",
        )
        return resource

    @cached_property
    def yearly(self) -> AsyncUsageRecordsYearly:
        """`usage.records.yearly`: list()"""
        resource: AsyncUsageRecordsYearly = self._child(
            "usage.records.yearly",
            "trunkline_generated.twilio_api_v2010.resources.usage_records_yearly",
            "AsyncUsageRecordsYearly",
        )
        return resource

    @cached_property
    def yesterday(self) -> AsyncUsageRecordsYesterday:
        """`usage.records.yesterday`: list()"""
        resource: AsyncUsageRecordsYesterday = self._child(
            "usage.records.yesterday",
            "trunkline_generated.twilio_api_v2010.resources.usage_records_yesterday",
            "AsyncUsageRecordsYesterday",
        )
        return resource

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
        """Retrieve a list of usage-records belonging to the account used to make the request.

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
        pager: AsyncPager[UsageRecord] = self._list("usage.list_usage_record", locals())
        return pager
