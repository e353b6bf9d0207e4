"""Resource `conferences.recordings`: generated from the spec. Do not edit.

delete: DeleteConferenceRecording (DELETE /2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Recordings/{Sid}.json)
get: FetchConferenceRecording (GET /2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Recordings/{Sid}.json)
list: ListConferenceRecording (GET /2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Recordings.json)
update: UpdateConferenceRecording (POST /2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Recordings/{Sid}.json)
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
    from trunkline_generated.twilio_api_v2010.models.call_recording_status import (
        CallRecordingStatus,
    )
    from trunkline_generated.twilio_api_v2010.models.conference_recording import ConferenceRecording

__all__ = ["AsyncConferencesRecordings", "ConferencesRecordings"]


class ConferencesRecordings(SyncAPIResource):
    """`conferences.recordings` (DeleteConferenceRecording, FetchConferenceRecording, ListConferenceRecording, UpdateConferenceRecording)."""

    _package = "twilio_api_v2010"

    @_api_method
    def delete(
        self,
        conference_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Delete a recording from your account.

        Args:
            conference_sid: The SID of the Conference.
            sid: The SID of the Conference Recording resource. On update, `Twilio.CURRENT`
                names the conference's active recording.
        """
        self._request("conferences.delete_conference_recording", locals())

    @_api_method
    def get(
        self,
        conference_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ConferenceRecording:
        """Fetch an instance of a recording for a call.

        Args:
            conference_sid: The SID of the Conference.
            sid: The SID of the Conference Recording resource. On update, `Twilio.CURRENT`
                names the conference's active recording.
        """
        result: ConferenceRecording = self._request(
            "conferences.fetch_conference_recording", locals()
        )
        return result

    @_api_method
    def list(
        self,
        conference_sid: str,
        *,
        date_created: datetime.date | Unset = UNSET,
        date_created_before: datetime.date | Unset = UNSET,
        date_created_after: datetime.date | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Pager[ConferenceRecording]:
        """Retrieve a list of recordings belonging to the call used to make the request.

        Args:
            conference_sid: The SID of the Conference.
            date_created (`DateCreated`): The `date_created` value, specified as `YYYY-MM-
                DD`, of the resources to read. You can also specify inequality:
                `DateCreated<=YYYY-MM-DD` will return recordings generated at or before
                midnight on a given date, and `DateCreated>=YYYY-MM-DD` returns recordings
                generated at or after midnight on a date.
            date_created_before (`DateCreated<`): The `date_created` value, specified as
                `YYYY-MM-DD`, of the resources to read. You can also specify inequality:
                `DateCreated<=YYYY-MM-DD` will return recordings generated at or before
                midnight on a given date, and `DateCreated>=YYYY-MM-DD` returns recordings
                generated at or after midnight on a date.
            date_created_after (`DateCreated>`): The `date_created` value, specified as
                `YYYY-MM-DD`, of the resources to read. You can also specify inequality:
                `DateCreated<=YYYY-MM-DD` will return recordings generated at or before
                midnight on a given date, and `DateCreated>=YYYY-MM-DD` returns recordings
                generated at or after midnight on a date.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[ConferenceRecording] = self._list(
            "conferences.list_conference_recording", locals()
        )
        return pager

    @_api_method
    def update(
        self,
        conference_sid: str,
        sid: str,
        *,
        status: CallRecordingStatus | str,
        pause_behavior: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ConferenceRecording:
        """Changes the status of the recording to paused, stopped, or in-progress.

        Args:
            conference_sid: The SID of the Conference.
            sid: The SID of the Conference Recording resource. On update, `Twilio.CURRENT`
                names the conference's active recording.
            status (`Status`): The status of the recording. Can be: `processing`,
                `completed` and `absent`. For more detailed statuses on in-progress
                recordings, check out how to [Update a Recording
                Resource](https://www.twilio.com/docs/voice/api/recording#update-a-
                recording-resource).
            pause_behavior (`PauseBehavior`): Whether to record during a pause. Can be:
                `skip` or `silence` and the default is `silence`. `skip` does not record
                during the pause period, while `silence` will replace the actual audio of
                the call with silence during the pause period. This parameter only applies
                when setting `status` is set to `paused`.
        """
        result: ConferenceRecording = self._request(
            "conferences.update_conference_recording", locals()
        )
        return result


class AsyncConferencesRecordings(AsyncAPIResource):
    """`conferences.recordings` (DeleteConferenceRecording, FetchConferenceRecording, ListConferenceRecording, UpdateConferenceRecording). Awaitable."""

    _package = "twilio_api_v2010"

    @_api_method
    async def delete(
        self,
        conference_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Delete a recording from your account.

        Args:
            conference_sid: The SID of the Conference.
            sid: The SID of the Conference Recording resource. On update, `Twilio.CURRENT`
                names the conference's active recording.
        """
        await self._request("conferences.delete_conference_recording", locals())

    @_api_method
    async def get(
        self,
        conference_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ConferenceRecording:
        """Fetch an instance of a recording for a call.

        Args:
            conference_sid: The SID of the Conference.
            sid: The SID of the Conference Recording resource. On update, `Twilio.CURRENT`
                names the conference's active recording.
        """
        result: ConferenceRecording = await self._request(
            "conferences.fetch_conference_recording", locals()
        )
        return result

    @_api_method
    def list(
        self,
        conference_sid: str,
        *,
        date_created: datetime.date | Unset = UNSET,
        date_created_before: datetime.date | Unset = UNSET,
        date_created_after: datetime.date | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPager[ConferenceRecording]:
        """Retrieve a list of recordings belonging to the call used to make the request.

        Args:
            conference_sid: The SID of the Conference.
            date_created (`DateCreated`): The `date_created` value, specified as `YYYY-MM-
                DD`, of the resources to read. You can also specify inequality:
                `DateCreated<=YYYY-MM-DD` will return recordings generated at or before
                midnight on a given date, and `DateCreated>=YYYY-MM-DD` returns recordings
                generated at or after midnight on a date.
            date_created_before (`DateCreated<`): The `date_created` value, specified as
                `YYYY-MM-DD`, of the resources to read. You can also specify inequality:
                `DateCreated<=YYYY-MM-DD` will return recordings generated at or before
                midnight on a given date, and `DateCreated>=YYYY-MM-DD` returns recordings
                generated at or after midnight on a date.
            date_created_after (`DateCreated>`): The `date_created` value, specified as
                `YYYY-MM-DD`, of the resources to read. You can also specify inequality:
                `DateCreated<=YYYY-MM-DD` will return recordings generated at or before
                midnight on a given date, and `DateCreated>=YYYY-MM-DD` returns recordings
                generated at or after midnight on a date.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[ConferenceRecording] = self._list(
            "conferences.list_conference_recording", locals()
        )
        return pager

    @_api_method
    async def update(
        self,
        conference_sid: str,
        sid: str,
        *,
        status: CallRecordingStatus | str,
        pause_behavior: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ConferenceRecording:
        """Changes the status of the recording to paused, stopped, or in-progress.

        Args:
            conference_sid: The SID of the Conference.
            sid: The SID of the Conference Recording resource. On update, `Twilio.CURRENT`
                names the conference's active recording.
            status (`Status`): The status of the recording. Can be: `processing`,
                `completed` and `absent`. For more detailed statuses on in-progress
                recordings, check out how to [Update a Recording
                Resource](https://www.twilio.com/docs/voice/api/recording#update-a-
                recording-resource).
            pause_behavior (`PauseBehavior`): Whether to record during a pause. Can be:
                `skip` or `silence` and the default is `silence`. `skip` does not record
                during the pause period, while `silence` will replace the actual audio of
                the call with silence during the pause period. This parameter only applies
                when setting `status` is set to `paused`.
        """
        result: ConferenceRecording = await self._request(
            "conferences.update_conference_recording", locals()
        )
        return result
