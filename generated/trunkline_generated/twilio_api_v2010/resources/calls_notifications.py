"""Resource `calls.notifications`: generated from the spec. Do not edit.

get: FetchCallNotification (GET /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Notifications/{Sid}.json)
list: ListCallNotification (GET /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Notifications.json)
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
    from trunkline.twilio._records import Notification, NotificationDetail

__all__ = ["AsyncCallsNotifications", "CallsNotifications"]


class CallsNotifications(SyncAPIResource):
    """`calls.notifications` (FetchCallNotification, ListCallNotification)."""

    _package = "twilio_api_v2010"

    @_api_method
    def get(
        self,
        call_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> NotificationDetail:
        """Fetch a notification of a call.

        Args:
            call_sid: The SID of the [Call](https://www.twilio.com/docs/voice/api/call-
                resource).
            sid: The SID of the Call Notification resource.
        """
        result: NotificationDetail = self._request("calls.fetch_call_notification", locals())
        return result

    @_api_method
    def list(
        self,
        call_sid: str,
        *,
        log: int | Unset = UNSET,
        message_date: datetime.date | Unset = UNSET,
        message_date_before: datetime.date | Unset = UNSET,
        message_date_after: datetime.date | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Pager[Notification]:
        """Retrieve a list of notifications of a call.

        Args:
            call_sid: The SID of the [Call](https://www.twilio.com/docs/voice/api/call-
                resource).
            log (`Log`): Only read notifications of the specified log level. Can be: `0` to
                read only ERROR notifications or `1` to read only WARNING notifications. By
                default, all notifications are read.
            message_date (`MessageDate`): Only show notifications for the specified date,
                formatted as `YYYY-MM-DD`. You can also specify an inequality, such as
                `<=YYYY-MM-DD` for messages logged at or before midnight on a date, or
                `>=YYYY-MM-DD` for messages logged at or after midnight on a date.
            message_date_before (`MessageDate<`): Only show notifications for the specified
                date, formatted as `YYYY-MM-DD`. You can also specify an inequality, such as
                `<=YYYY-MM-DD` for messages logged at or before midnight on a date, or
                `>=YYYY-MM-DD` for messages logged at or after midnight on a date.
            message_date_after (`MessageDate>`): Only show notifications for the specified
                date, formatted as `YYYY-MM-DD`. You can also specify an inequality, such as
                `<=YYYY-MM-DD` for messages logged at or before midnight on a date, or
                `>=YYYY-MM-DD` for messages logged at or after midnight on a date.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[Notification] = self._list("calls.list_call_notification", locals())
        return pager


class AsyncCallsNotifications(AsyncAPIResource):
    """`calls.notifications` (FetchCallNotification, ListCallNotification). Awaitable."""

    _package = "twilio_api_v2010"

    @_api_method
    async def get(
        self,
        call_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> NotificationDetail:
        """Fetch a notification of a call.

        Args:
            call_sid: The SID of the [Call](https://www.twilio.com/docs/voice/api/call-
                resource).
            sid: The SID of the Call Notification resource.
        """
        result: NotificationDetail = await self._request("calls.fetch_call_notification", locals())
        return result

    @_api_method
    def list(
        self,
        call_sid: str,
        *,
        log: int | Unset = UNSET,
        message_date: datetime.date | Unset = UNSET,
        message_date_before: datetime.date | Unset = UNSET,
        message_date_after: datetime.date | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPager[Notification]:
        """Retrieve a list of notifications of a call.

        Args:
            call_sid: The SID of the [Call](https://www.twilio.com/docs/voice/api/call-
                resource).
            log (`Log`): Only read notifications of the specified log level. Can be: `0` to
                read only ERROR notifications or `1` to read only WARNING notifications. By
                default, all notifications are read.
            message_date (`MessageDate`): Only show notifications for the specified date,
                formatted as `YYYY-MM-DD`. You can also specify an inequality, such as
                `<=YYYY-MM-DD` for messages logged at or before midnight on a date, or
                `>=YYYY-MM-DD` for messages logged at or after midnight on a date.
            message_date_before (`MessageDate<`): Only show notifications for the specified
                date, formatted as `YYYY-MM-DD`. You can also specify an inequality, such as
                `<=YYYY-MM-DD` for messages logged at or before midnight on a date, or
                `>=YYYY-MM-DD` for messages logged at or after midnight on a date.
            message_date_after (`MessageDate>`): Only show notifications for the specified
                date, formatted as `YYYY-MM-DD`. You can also specify an inequality, such as
                `<=YYYY-MM-DD` for messages logged at or before midnight on a date, or
                `>=YYYY-MM-DD` for messages logged at or after midnight on a date.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[Notification] = self._list("calls.list_call_notification", locals())
        return pager
