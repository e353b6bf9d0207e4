"""Resource `conferences`: generated from the spec. Do not edit.

get: FetchConference (GET /2010-04-01/Accounts/{AccountSid}/Conferences/{Sid}.json)
list: ListConference (GET /2010-04-01/Accounts/{AccountSid}/Conferences.json)
update: UpdateConference (POST /2010-04-01/Accounts/{AccountSid}/Conferences/{Sid}.json)
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
    from trunkline_generated.twilio_api_v2010.models.conference import Conference
    from trunkline_generated.twilio_api_v2010.models.conference_status import ConferenceStatus
    from trunkline_generated.twilio_api_v2010.models.conference_update_status import (
        ConferenceUpdateStatus,
    )
    from trunkline_generated.twilio_api_v2010.models.http_method import HttpMethod
    from trunkline_generated.twilio_api_v2010.resources.conferences_participants import (
        AsyncConferencesParticipants,
        ConferencesParticipants,
    )
    from trunkline_generated.twilio_api_v2010.resources.conferences_recordings import (
        AsyncConferencesRecordings,
        ConferencesRecordings,
    )

__all__ = ["AsyncConferences", "Conferences"]


class Conferences(SyncAPIResource):
    """`conferences` (FetchConference, ListConference, UpdateConference)."""

    _package = "twilio_api_v2010"

    @cached_property
    def participants(self) -> ConferencesParticipants:
        """`conferences.participants`: create(), delete(), get(), list(), update()"""
        resource: ConferencesParticipants = self._child(
            "conferences.participants",
            "trunkline_generated.twilio_api_v2010.resources.conferences_participants",
            "ConferencesParticipants",
        )
        return resource

    @cached_property
    def recordings(self) -> ConferencesRecordings:
        """`conferences.recordings`: delete(), get(), list(), update()"""
        resource: ConferencesRecordings = self._child(
            "conferences.recordings",
            "trunkline_generated.twilio_api_v2010.resources.conferences_recordings",
            "ConferencesRecordings",
        )
        return resource

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
    ) -> Conference:
        """Fetch an instance of a conference.

        Args:
            sid: The SID of the Conference resource.
        """
        result: Conference = self._request("conferences.fetch_conference", locals())
        return result

    @_api_method
    def list(
        self,
        *,
        date_created: datetime.date | Unset = UNSET,
        date_created_before: datetime.date | Unset = UNSET,
        date_created_after: datetime.date | Unset = UNSET,
        date_updated: datetime.date | Unset = UNSET,
        date_updated_before: datetime.date | Unset = UNSET,
        date_updated_after: datetime.date | Unset = UNSET,
        friendly_name: str | Unset = UNSET,
        status: ConferenceStatus | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Pager[Conference]:
        """Retrieve a list of conferences belonging to the account used to make the request.

        Args:
            date_created (`DateCreated`): Only include conferences that were created on this
                date. Specify a date as `YYYY-MM-DD` in UTC, for example: `2009-07-06`, to
                read only conferences that were created on this date. You can also specify
                an inequality, such as `DateCreated<=YYYY-MM-DD`, to read conferences that
                were created on or before midnight of this date, and `DateCreated>=YYYY-MM-
                DD` to read conferences that were created on or after midnight of this date.
            date_created_before (`DateCreated<`): Only include conferences that were created
                on this date. Specify a date as `YYYY-MM-DD` in UTC, for example:
                `2009-07-06`, to read only conferences that were created on this date. You
                can also specify an inequality, such as `DateCreated<=YYYY-MM-DD`, to read
                conferences that were created on or before midnight of this date, and
                `DateCreated>=YYYY-MM-DD` to read conferences that were created on or after
                midnight of this date.
            date_created_after (`DateCreated>`): Only include conferences that were created
                on this date. Specify a date as `YYYY-MM-DD` in UTC, for example:
                `2009-07-06`, to read only conferences that were created on this date. You
                can also specify an inequality, such as `DateCreated<=YYYY-MM-DD`, to read
                conferences that were created on or before midnight of this date, and
                `DateCreated>=YYYY-MM-DD` to read conferences that were created on or after
                midnight of this date.
            date_updated (`DateUpdated`): Only include conferences that were last updated on
                this date. Specify a date as `YYYY-MM-DD` in UTC, for example: `2009-07-06`,
                to read only conferences that were last updated on this date. You can also
                specify an inequality, such as `DateUpdated<=YYYY-MM-DD`, to read
                conferences that were last updated on or before midnight of this date, and
                `DateUpdated>=YYYY-MM-DD` to read conferences that were last updated on or
                after midnight of this date.
            date_updated_before (`DateUpdated<`): Only include conferences that were last
                updated on this date. Specify a date as `YYYY-MM-DD` in UTC, for example:
                `2009-07-06`, to read only conferences that were last updated on this date.
                You can also specify an inequality, such as `DateUpdated<=YYYY-MM-DD`, to
                read conferences that were last updated on or before midnight of this date,
                and `DateUpdated>=YYYY-MM-DD` to read conferences that were last updated on
                or after midnight of this date.
            date_updated_after (`DateUpdated>`): Only include conferences that were last
                updated on this date. Specify a date as `YYYY-MM-DD` in UTC, for example:
                `2009-07-06`, to read only conferences that were last updated on this date.
                You can also specify an inequality, such as `DateUpdated<=YYYY-MM-DD`, to
                read conferences that were last updated on or before midnight of this date,
                and `DateUpdated>=YYYY-MM-DD` to read conferences that were last updated on
                or after midnight of this date.
            friendly_name (`FriendlyName`): The string that identifies the Conference
                resources to read.
            status (`Status`): The status of this conference. Can be: `init`, `in-progress`,
                or `completed`.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[Conference] = self._list("conferences.list_conference", locals())
        return pager

    @_api_method
    def update(
        self,
        sid: str,
        *,
        status: ConferenceUpdateStatus | str | Unset = UNSET,
        announce_url: str | Unset = UNSET,
        announce_method: HttpMethod | str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Conference:
        """End a conference, or play an announcement to its participants.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            sid: The SID of the Conference resource.
            status (`Status`): `Status`.
            announce_url (`AnnounceUrl`): The URL we should call to announce something into
                the conference. The URL may return an MP3 file, a WAV file, or a TwiML
                document that contains `<Play>`, `<Say>`, `<Pause>`, or `<Redirect>` verbs.
            announce_method (`AnnounceMethod`): The HTTP method Twilio uses to request a
                callback URL.
        """
        result: Conference = self._request("conferences.update_conference", locals())
        return result


class AsyncConferences(AsyncAPIResource):
    """`conferences` (FetchConference, ListConference, UpdateConference). Awaitable."""

    _package = "twilio_api_v2010"

    @cached_property
    def participants(self) -> AsyncConferencesParticipants:
        """`conferences.participants`: create(), delete(), get(), list(), update()"""
        resource: AsyncConferencesParticipants = self._child(
            "conferences.participants",
            "trunkline_generated.twilio_api_v2010.resources.conferences_participants",
            "AsyncConferencesParticipants",
        )
        return resource

    @cached_property
    def recordings(self) -> AsyncConferencesRecordings:
        """`conferences.recordings`: delete(), get(), list(), update()"""
        resource: AsyncConferencesRecordings = self._child(
            "conferences.recordings",
            "trunkline_generated.twilio_api_v2010.resources.conferences_recordings",
            "AsyncConferencesRecordings",
        )
        return resource

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
    ) -> Conference:
        """Fetch an instance of a conference.

        Args:
            sid: The SID of the Conference resource.
        """
        result: Conference = await self._request("conferences.fetch_conference", locals())
        return result

    @_api_method
    def list(
        self,
        *,
        date_created: datetime.date | Unset = UNSET,
        date_created_before: datetime.date | Unset = UNSET,
        date_created_after: datetime.date | Unset = UNSET,
        date_updated: datetime.date | Unset = UNSET,
        date_updated_before: datetime.date | Unset = UNSET,
        date_updated_after: datetime.date | Unset = UNSET,
        friendly_name: str | Unset = UNSET,
        status: ConferenceStatus | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPager[Conference]:
        """Retrieve a list of conferences belonging to the account used to make the request.

        Args:
            date_created (`DateCreated`): Only include conferences that were created on this
                date. Specify a date as `YYYY-MM-DD` in UTC, for example: `2009-07-06`, to
                read only conferences that were created on this date. You can also specify
                an inequality, such as `DateCreated<=YYYY-MM-DD`, to read conferences that
                were created on or before midnight of this date, and `DateCreated>=YYYY-MM-
                DD` to read conferences that were created on or after midnight of this date.
            date_created_before (`DateCreated<`): Only include conferences that were created
                on this date. Specify a date as `YYYY-MM-DD` in UTC, for example:
                `2009-07-06`, to read only conferences that were created on this date. You
                can also specify an inequality, such as `DateCreated<=YYYY-MM-DD`, to read
                conferences that were created on or before midnight of this date, and
                `DateCreated>=YYYY-MM-DD` to read conferences that were created on or after
                midnight of this date.
            date_created_after (`DateCreated>`): Only include conferences that were created
                on this date. Specify a date as `YYYY-MM-DD` in UTC, for example:
                `2009-07-06`, to read only conferences that were created on this date. You
                can also specify an inequality, such as `DateCreated<=YYYY-MM-DD`, to read
                conferences that were created on or before midnight of this date, and
                `DateCreated>=YYYY-MM-DD` to read conferences that were created on or after
                midnight of this date.
            date_updated (`DateUpdated`): Only include conferences that were last updated on
                this date. Specify a date as `YYYY-MM-DD` in UTC, for example: `2009-07-06`,
                to read only conferences that were last updated on this date. You can also
                specify an inequality, such as `DateUpdated<=YYYY-MM-DD`, to read
                conferences that were last updated on or before midnight of this date, and
                `DateUpdated>=YYYY-MM-DD` to read conferences that were last updated on or
                after midnight of this date.
            date_updated_before (`DateUpdated<`): Only include conferences that were last
                updated on this date. Specify a date as `YYYY-MM-DD` in UTC, for example:
                `2009-07-06`, to read only conferences that were last updated on this date.
                You can also specify an inequality, such as `DateUpdated<=YYYY-MM-DD`, to
                read conferences that were last updated on or before midnight of this date,
                and `DateUpdated>=YYYY-MM-DD` to read conferences that were last updated on
                or after midnight of this date.
            date_updated_after (`DateUpdated>`): Only include conferences that were last
                updated on this date. Specify a date as `YYYY-MM-DD` in UTC, for example:
                `2009-07-06`, to read only conferences that were last updated on this date.
                You can also specify an inequality, such as `DateUpdated<=YYYY-MM-DD`, to
                read conferences that were last updated on or before midnight of this date,
                and `DateUpdated>=YYYY-MM-DD` to read conferences that were last updated on
                or after midnight of this date.
            friendly_name (`FriendlyName`): The string that identifies the Conference
                resources to read.
            status (`Status`): The status of this conference. Can be: `init`, `in-progress`,
                or `completed`.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[Conference] = self._list("conferences.list_conference", locals())
        return pager

    @_api_method
    async def update(
        self,
        sid: str,
        *,
        status: ConferenceUpdateStatus | str | Unset = UNSET,
        announce_url: str | Unset = UNSET,
        announce_method: HttpMethod | str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Conference:
        """End a conference, or play an announcement to its participants.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            sid: The SID of the Conference resource.
            status (`Status`): `Status`.
            announce_url (`AnnounceUrl`): The URL we should call to announce something into
                the conference. The URL may return an MP3 file, a WAV file, or a TwiML
                document that contains `<Play>`, `<Say>`, `<Pause>`, or `<Redirect>` verbs.
            announce_method (`AnnounceMethod`): The HTTP method Twilio uses to request a
                callback URL.
        """
        result: Conference = await self._request("conferences.update_conference", locals())
        return result
