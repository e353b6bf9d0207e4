"""Resource `monitor.v1.alerts`: generated from the spec. Do not edit.

get: FetchAlert (GET /v1/Alerts/{Sid})
list: ListAlert (GET /v1/Alerts)
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
    from trunkline.twilio._records import Alert
    from trunkline_generated.twilio_monitor_v1.models.alert_log_level import AlertLogLevel

__all__ = ["AsyncAlerts", "Alerts"]


class Alerts(SyncAPIResource):
    """`monitor.v1.alerts` (FetchAlert, ListAlert)."""

    _package = "twilio_monitor_v1"

    @_api_method
    def get(
        self,
        sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Alert:
        """Fetch one alert, with the request and response that caused it.

        Args:
            sid: The SID of the Alert resource to fetch (`NO...`).
        """
        result: Alert = self._request("alerts.fetch_alert", locals())
        return result

    @_api_method
    def list(
        self,
        *,
        log_level: AlertLogLevel | str | Unset = UNSET,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
        resource_sid: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Pager[Alert]:
        """List the alerts of the account, newest first.

        Args:
            log_level (`LogLevel`): The log level of an alert. Can be: `error`, `warning`,
                `notice`, or `debug`.
            start_date (`StartDate`): Only include alerts that occurred on or after this
                date and time. Specify the date and time in GMT and format as `YYYY-MM-DD`
                or `YYYY-MM-DDThh:mm:ssZ`. Queries for alerts older than 30 days are not
                supported.
            end_date (`EndDate`): Only include alerts that occurred on or before this date
                and time. Specify the date and time in GMT and format as `YYYY-MM-DD` or
                `YYYY-MM-DDThh:mm:ssZ`. Queries for alerts older than 30 days are not
                supported.
            resource_sid (`ResourceSid`): Only include alerts generated for this resource,
                e.g. the SID of one call (`CA...`) or one message (`SM...`, `MM...`). Not in
                Twilio's documentation (see the twilio-go errata), but served by the API.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[Alert] = self._list("alerts.list_alert", locals())
        return pager


class AsyncAlerts(AsyncAPIResource):
    """`monitor.v1.alerts` (FetchAlert, ListAlert). Awaitable."""

    _package = "twilio_monitor_v1"

    @_api_method
    async def get(
        self,
        sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Alert:
        """Fetch one alert, with the request and response that caused it.

        Args:
            sid: The SID of the Alert resource to fetch (`NO...`).
        """
        result: Alert = await self._request("alerts.fetch_alert", locals())
        return result

    @_api_method
    def list(
        self,
        *,
        log_level: AlertLogLevel | str | Unset = UNSET,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
        resource_sid: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPager[Alert]:
        """List the alerts of the account, newest first.

        Args:
            log_level (`LogLevel`): The log level of an alert. Can be: `error`, `warning`,
                `notice`, or `debug`.
            start_date (`StartDate`): Only include alerts that occurred on or after this
                date and time. Specify the date and time in GMT and format as `YYYY-MM-DD`
                or `YYYY-MM-DDThh:mm:ssZ`. Queries for alerts older than 30 days are not
                supported.
            end_date (`EndDate`): Only include alerts that occurred on or before this date
                and time. Specify the date and time in GMT and format as `YYYY-MM-DD` or
                `YYYY-MM-DDThh:mm:ssZ`. Queries for alerts older than 30 days are not
                supported.
            resource_sid (`ResourceSid`): Only include alerts generated for this resource,
                e.g. the SID of one call (`CA...`) or one message (`SM...`, `MM...`). Not in
                Twilio's documentation (see the twilio-go errata), but served by the API.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[Alert] = self._list("alerts.list_alert", locals())
        return pager
