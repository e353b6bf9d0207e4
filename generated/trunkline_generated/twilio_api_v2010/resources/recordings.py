"""Resource `recordings`: generated from the spec. Do not edit.

delete: DeleteRecording (DELETE /2010-04-01/Accounts/{AccountSid}/Recordings/{Sid}.json)
get: FetchRecording (GET /2010-04-01/Accounts/{AccountSid}/Recordings/{Sid}.json)
list: ListRecording (GET /2010-04-01/Accounts/{AccountSid}/Recordings.json)
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
    from trunkline_generated.twilio_api_v2010.models.recording import Recording
    from trunkline_generated.twilio_api_v2010.resources.recordings_transcriptions import (
        AsyncRecordingsTranscriptions,
        RecordingsTranscriptions,
    )

__all__ = ["AsyncRecordings", "Recordings"]


class Recordings(SyncAPIResource):
    """`recordings` (DeleteRecording, FetchRecording, ListRecording)."""

    _package = "twilio_api_v2010"

    @cached_property
    def transcriptions(self) -> RecordingsTranscriptions:
        """`recordings.transcriptions`: delete(), get(), list()"""
        resource: RecordingsTranscriptions = self._child(
            "recordings.transcriptions",
            "trunkline_generated.twilio_api_v2010.resources.recordings_transcriptions",
            "RecordingsTranscriptions",
        )
        return resource

    @_api_method
    def delete(
        self,
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
            sid: The SID of the Recording resource.
        """
        self._request("recordings.delete_recording", locals())

    @_api_method
    def get(
        self,
        sid: str,
        *,
        include_soft_deleted: bool | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Recording:
        """Fetch an instance of a recording.

        Args:
            sid: The SID of the Recording resource.
            include_soft_deleted (`IncludeSoftDeleted`): A boolean parameter indicating
                whether to retrieve soft deleted recordings or not. Recordings metadata are
                kept after deletion for a retention period of 40 days.
        """
        result: Recording = self._request("recordings.fetch_recording", locals())
        return result

    @_api_method
    def list(
        self,
        *,
        date_created: datetime.datetime | Unset = UNSET,
        date_created_before: datetime.datetime | Unset = UNSET,
        date_created_after: datetime.datetime | Unset = UNSET,
        call_sid: str | Unset = UNSET,
        conference_sid: str | Unset = UNSET,
        include_soft_deleted: bool | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Pager[Recording]:
        """Retrieve a list of recordings belonging to the account used to make the request.

        Args:
            date_created (`DateCreated`): Only include recordings that were created on this
                date. Specify a date as `YYYY-MM-DD` in GMT, for example: `2009-07-06`, to
                read recordings that were created on this date. You can also specify an
                inequality, such as `DateCreated<=YYYY-MM-DD`, to read recordings that were
                created on or before midnight of this date, and `DateCreated>=YYYY-MM-DD` to
                read recordings that were created on or after midnight of this date.
            date_created_before (`DateCreated<`): Only include recordings that were created
                on this date. Specify a date as `YYYY-MM-DD` in GMT, for example:
                `2009-07-06`, to read recordings that were created on this date. You can
                also specify an inequality, such as `DateCreated<=YYYY-MM-DD`, to read
                recordings that were created on or before midnight of this date, and
                `DateCreated>=YYYY-MM-DD` to read recordings that were created on or after
                midnight of this date.
            date_created_after (`DateCreated>`): Only include recordings that were created
                on this date. Specify a date as `YYYY-MM-DD` in GMT, for example:
                `2009-07-06`, to read recordings that were created on this date. You can
                also specify an inequality, such as `DateCreated<=YYYY-MM-DD`, to read
                recordings that were created on or before midnight of this date, and
                `DateCreated>=YYYY-MM-DD` to read recordings that were created on or after
                midnight of this date.
            call_sid (`CallSid`): The [Call](https://www.twilio.com/docs/voice/api/call-
                resource) SID of the resources to read.
            conference_sid (`ConferenceSid`): The Conference SID that identifies the
                conference associated with the recording to read.
            include_soft_deleted (`IncludeSoftDeleted`): A boolean parameter indicating
                whether to retrieve soft deleted recordings or not. Recordings metadata are
                kept after deletion for a retention period of 40 days.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[Recording] = self._list("recordings.list_recording", locals())
        return pager


class AsyncRecordings(AsyncAPIResource):
    """`recordings` (DeleteRecording, FetchRecording, ListRecording). Awaitable."""

    _package = "twilio_api_v2010"

    @cached_property
    def transcriptions(self) -> AsyncRecordingsTranscriptions:
        """`recordings.transcriptions`: delete(), get(), list()"""
        resource: AsyncRecordingsTranscriptions = self._child(
            "recordings.transcriptions",
            "trunkline_generated.twilio_api_v2010.resources.recordings_transcriptions",
            "AsyncRecordingsTranscriptions",
        )
        return resource

    @_api_method
    async def delete(
        self,
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
            sid: The SID of the Recording resource.
        """
        await self._request("recordings.delete_recording", locals())

    @_api_method
    async def get(
        self,
        sid: str,
        *,
        include_soft_deleted: bool | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Recording:
        """Fetch an instance of a recording.

        Args:
            sid: The SID of the Recording resource.
            include_soft_deleted (`IncludeSoftDeleted`): A boolean parameter indicating
                whether to retrieve soft deleted recordings or not. Recordings metadata are
                kept after deletion for a retention period of 40 days.
        """
        result: Recording = await self._request("recordings.fetch_recording", locals())
        return result

    @_api_method
    def list(
        self,
        *,
        date_created: datetime.datetime | Unset = UNSET,
        date_created_before: datetime.datetime | Unset = UNSET,
        date_created_after: datetime.datetime | Unset = UNSET,
        call_sid: str | Unset = UNSET,
        conference_sid: str | Unset = UNSET,
        include_soft_deleted: bool | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPager[Recording]:
        """Retrieve a list of recordings belonging to the account used to make the request.

        Args:
            date_created (`DateCreated`): Only include recordings that were created on this
                date. Specify a date as `YYYY-MM-DD` in GMT, for example: `2009-07-06`, to
                read recordings that were created on this date. You can also specify an
                inequality, such as `DateCreated<=YYYY-MM-DD`, to read recordings that were
                created on or before midnight of this date, and `DateCreated>=YYYY-MM-DD` to
                read recordings that were created on or after midnight of this date.
            date_created_before (`DateCreated<`): Only include recordings that were created
                on this date. Specify a date as `YYYY-MM-DD` in GMT, for example:
                `2009-07-06`, to read recordings that were created on this date. You can
                also specify an inequality, such as `DateCreated<=YYYY-MM-DD`, to read
                recordings that were created on or before midnight of this date, and
                `DateCreated>=YYYY-MM-DD` to read recordings that were created on or after
                midnight of this date.
            date_created_after (`DateCreated>`): Only include recordings that were created
                on this date. Specify a date as `YYYY-MM-DD` in GMT, for example:
                `2009-07-06`, to read recordings that were created on this date. You can
                also specify an inequality, such as `DateCreated<=YYYY-MM-DD`, to read
                recordings that were created on or before midnight of this date, and
                `DateCreated>=YYYY-MM-DD` to read recordings that were created on or after
                midnight of this date.
            call_sid (`CallSid`): The [Call](https://www.twilio.com/docs/voice/api/call-
                resource) SID of the resources to read.
            conference_sid (`ConferenceSid`): The Conference SID that identifies the
                conference associated with the recording to read.
            include_soft_deleted (`IncludeSoftDeleted`): A boolean parameter indicating
                whether to retrieve soft deleted recordings or not. Recordings metadata are
                kept after deletion for a retention period of 40 days.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[Recording] = self._list("recordings.list_recording", locals())
        return pager
