"""Resource `monitor.v1.events`: generated from the spec. Do not edit.

get: FetchEvent (GET /v1/Events/{Sid})
list: ListEvent (GET /v1/Events)
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
    from trunkline_generated.twilio_monitor_v1.models.event import Event

__all__ = ["AsyncEvents", "Events"]


class Events(SyncAPIResource):
    """`monitor.v1.events` (FetchEvent, ListEvent)."""

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
    ) -> Event:
        """Fetch one event.

        Args:
            sid: The SID of the Event resource to fetch (`AE...`).
        """
        result: Event = self._request("events.fetch_event", locals())
        return result

    @_api_method
    def list(
        self,
        *,
        actor_sid: str | Unset = UNSET,
        event_type: str | Unset = UNSET,
        resource_sid: str | Unset = UNSET,
        source_ip_address: str | Unset = UNSET,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Pager[Event]:
        """List the events of the account, sorted by event date.

        Args:
            actor_sid (`ActorSid`): Only include events initiated by this Actor. Useful for
                auditing actions taken by specific users or API credentials.
            event_type (`EventType`): Only include events of this [Event
                Type](https://www.twilio.com/docs/usage/monitor-events#event-types).
            resource_sid (`ResourceSid`): Only include events that refer to this resource.
                Useful for discovering the history of a specific resource.
            source_ip_address (`SourceIpAddress`): Only include events that originated from
                this IP address. Useful for tracking suspicious activity originating from
                the API or the Twilio Console.
            start_date (`StartDate`): Only include events that occurred on or after this
                date. Specify the date in GMT and [ISO
                8601](https://en.wikipedia.org/wiki/ISO_8601) format.
            end_date (`EndDate`): Only include events that occurred on or before this date.
                Specify the date in GMT and [ISO
                8601](https://en.wikipedia.org/wiki/ISO_8601) format.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[Event] = self._list("events.list_event", locals())
        return pager


class AsyncEvents(AsyncAPIResource):
    """`monitor.v1.events` (FetchEvent, ListEvent). Awaitable."""

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
    ) -> Event:
        """Fetch one event.

        Args:
            sid: The SID of the Event resource to fetch (`AE...`).
        """
        result: Event = await self._request("events.fetch_event", locals())
        return result

    @_api_method
    def list(
        self,
        *,
        actor_sid: str | Unset = UNSET,
        event_type: str | Unset = UNSET,
        resource_sid: str | Unset = UNSET,
        source_ip_address: str | Unset = UNSET,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPager[Event]:
        """List the events of the account, sorted by event date.

        Args:
            actor_sid (`ActorSid`): Only include events initiated by this Actor. Useful for
                auditing actions taken by specific users or API credentials.
            event_type (`EventType`): Only include events of this [Event
                Type](https://www.twilio.com/docs/usage/monitor-events#event-types).
            resource_sid (`ResourceSid`): Only include events that refer to this resource.
                Useful for discovering the history of a specific resource.
            source_ip_address (`SourceIpAddress`): Only include events that originated from
                this IP address. Useful for tracking suspicious activity originating from
                the API or the Twilio Console.
            start_date (`StartDate`): Only include events that occurred on or after this
                date. Specify the date in GMT and [ISO
                8601](https://en.wikipedia.org/wiki/ISO_8601) format.
            end_date (`EndDate`): Only include events that occurred on or before this date.
                Specify the date in GMT and [ISO
                8601](https://en.wikipedia.org/wiki/ISO_8601) format.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[Event] = self._list("events.list_event", locals())
        return pager
