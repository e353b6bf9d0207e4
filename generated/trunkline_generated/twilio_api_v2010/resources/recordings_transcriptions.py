"""Resource `recordings.transcriptions`: generated from the spec. Do not edit.

delete: DeleteRecordingTranscription (DELETE /2010-04-01/Accounts/{AccountSid}/Recordings/{RecordingSid}/Transcriptions/{Sid}.json)
get: FetchRecordingTranscription (GET /2010-04-01/Accounts/{AccountSid}/Recordings/{RecordingSid}/Transcriptions/{Sid}.json)
list: ListRecordingTranscription (GET /2010-04-01/Accounts/{AccountSid}/Recordings/{RecordingSid}/Transcriptions.json)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline._core._paging import AsyncPager, Pager
    from trunkline_generated.twilio_api_v2010.models.transcription import Transcription

__all__ = ["AsyncRecordingsTranscriptions", "RecordingsTranscriptions"]


class RecordingsTranscriptions(SyncAPIResource):
    """`recordings.transcriptions` (DeleteRecordingTranscription, FetchRecordingTranscription, ListRecordingTranscription)."""

    _package = "twilio_api_v2010"

    @_api_method
    def delete(
        self,
        recording_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Delete a transcription of a recording.

        Args:
            recording_sid: The SID of the
                [Recording](https://www.twilio.com/docs/voice/api/recording) that was
                transcribed.
            sid: The SID of the Transcription resource.
        """
        self._request("recordings.delete_recording_transcription", locals())

    @_api_method
    def get(
        self,
        recording_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Transcription:
        """Fetch a transcription of a recording.

        Args:
            recording_sid: The SID of the
                [Recording](https://www.twilio.com/docs/voice/api/recording) that was
                transcribed.
            sid: The SID of the Transcription resource.
        """
        result: Transcription = self._request("recordings.fetch_recording_transcription", locals())
        return result

    @_api_method
    def list(
        self,
        recording_sid: str,
        *,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Pager[Transcription]:
        """Retrieve a list of transcriptions of a recording.

        Args:
            recording_sid: The SID of the
                [Recording](https://www.twilio.com/docs/voice/api/recording) that was
                transcribed.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[Transcription] = self._list(
            "recordings.list_recording_transcription", locals()
        )
        return pager


class AsyncRecordingsTranscriptions(AsyncAPIResource):
    """`recordings.transcriptions` (DeleteRecordingTranscription, FetchRecordingTranscription, ListRecordingTranscription). Awaitable."""

    _package = "twilio_api_v2010"

    @_api_method
    async def delete(
        self,
        recording_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Delete a transcription of a recording.

        Args:
            recording_sid: The SID of the
                [Recording](https://www.twilio.com/docs/voice/api/recording) that was
                transcribed.
            sid: The SID of the Transcription resource.
        """
        await self._request("recordings.delete_recording_transcription", locals())

    @_api_method
    async def get(
        self,
        recording_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Transcription:
        """Fetch a transcription of a recording.

        Args:
            recording_sid: The SID of the
                [Recording](https://www.twilio.com/docs/voice/api/recording) that was
                transcribed.
            sid: The SID of the Transcription resource.
        """
        result: Transcription = await self._request(
            "recordings.fetch_recording_transcription", locals()
        )
        return result

    @_api_method
    def list(
        self,
        recording_sid: str,
        *,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPager[Transcription]:
        """Retrieve a list of transcriptions of a recording.

        Args:
            recording_sid: The SID of the
                [Recording](https://www.twilio.com/docs/voice/api/recording) that was
                transcribed.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[Transcription] = self._list(
            "recordings.list_recording_transcription", locals()
        )
        return pager
