"""Resource `transcriptions`: generated from the spec. Do not edit.

create: CreateTranscription (POST /calls/{callId}/legs/{legId}/recordings/{recordingId}/transcriptions)
download: DownloadTranscription (GET /calls/{callId}/legs/{legId}/recordings/{recordingId}/transcriptions/{transcriptionId}.txt)
get: FetchTranscription (GET /calls/{callId}/legs/{legId}/recordings/{recordingId}/transcriptions/{transcriptionId})
list: ListTranscriptions (GET /calls/{callId}/legs/{legId}/recordings/{recordingId}/transcriptions)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline._core._paging import AsyncPager, Pager
    from trunkline_generated.messagebird_voice.models.transcription import Transcription
    from trunkline_generated.messagebird_voice.models.transcription_language import (
        TranscriptionLanguage,
    )

__all__ = ["AsyncTranscriptions", "Transcriptions"]


class Transcriptions(SyncAPIResource):
    """`transcriptions` (CreateTranscription, DownloadTranscription, FetchTranscription, ListTranscriptions)."""

    _package = "messagebird_voice"

    @_api_method
    def create(
        self,
        call_id: str,
        leg_id: str,
        recording_id: str,
        *,
        language: TranscriptionLanguage | str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Transcription | None:
        """Ask for a transcription of a recording.

        py and node send `{"language": ...}`, go an empty object, php no body (section 2);
        without `language` the API picks one.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            call_id: The `id` of the call.
            leg_id: The `id` of the leg.
            recording_id: The `id` of the recording.
            language: The languages a recording can be transcribed in (go and node agree,
                section 6).
        """
        result: Transcription | None = self._request(
            "transcriptions.create_transcription", locals()
        )
        return result

    @_api_method
    def download(
        self,
        call_id: str,
        leg_id: str,
        recording_id: str,
        transcription_id: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> str:
        """Download the transcription's text.

        The path node and php build; go follows `_links.file` (section 2).

        Args:
            call_id: The `id` of the call.
            leg_id: The `id` of the leg.
            recording_id: The `id` of the recording.
            transcription_id: The `id` of the transcription.
        """
        result: str = self._request("transcriptions.download_transcription", locals())
        return result

    @_api_method
    def get(
        self,
        call_id: str,
        leg_id: str,
        recording_id: str,
        transcription_id: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Transcription | None:
        """Get one transcription; `_links.file` is its text.

        Args:
            call_id: The `id` of the call.
            leg_id: The `id` of the leg.
            recording_id: The `id` of the recording.
            transcription_id: The `id` of the transcription.
        """
        result: Transcription | None = self._request("transcriptions.fetch_transcription", locals())
        return result

    @_api_method
    def list(
        self,
        call_id: str,
        leg_id: str,
        recording_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Pager[Transcription]:
        """List the transcriptions of a recording, one page at a time.

        Args:
            call_id: The `id` of the call.
            leg_id: The `id` of the leg.
            recording_id: The `id` of the recording.
            page: The page to return, 1-based.
            page_size (`perPage`): How many items a page holds (no SDK or document states
                the largest).
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[Transcription] = self._list("transcriptions.list_transcriptions", locals())
        return pager


class AsyncTranscriptions(AsyncAPIResource):
    """`transcriptions` (CreateTranscription, DownloadTranscription, FetchTranscription, ListTranscriptions). Awaitable."""

    _package = "messagebird_voice"

    @_api_method
    async def create(
        self,
        call_id: str,
        leg_id: str,
        recording_id: str,
        *,
        language: TranscriptionLanguage | str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Transcription | None:
        """Ask for a transcription of a recording.

        py and node send `{"language": ...}`, go an empty object, php no body (section 2);
        without `language` the API picks one.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            call_id: The `id` of the call.
            leg_id: The `id` of the leg.
            recording_id: The `id` of the recording.
            language: The languages a recording can be transcribed in (go and node agree,
                section 6).
        """
        result: Transcription | None = await self._request(
            "transcriptions.create_transcription", locals()
        )
        return result

    @_api_method
    async def download(
        self,
        call_id: str,
        leg_id: str,
        recording_id: str,
        transcription_id: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> str:
        """Download the transcription's text.

        The path node and php build; go follows `_links.file` (section 2).

        Args:
            call_id: The `id` of the call.
            leg_id: The `id` of the leg.
            recording_id: The `id` of the recording.
            transcription_id: The `id` of the transcription.
        """
        result: str = await self._request("transcriptions.download_transcription", locals())
        return result

    @_api_method
    async def get(
        self,
        call_id: str,
        leg_id: str,
        recording_id: str,
        transcription_id: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Transcription | None:
        """Get one transcription; `_links.file` is its text.

        Args:
            call_id: The `id` of the call.
            leg_id: The `id` of the leg.
            recording_id: The `id` of the recording.
            transcription_id: The `id` of the transcription.
        """
        result: Transcription | None = await self._request(
            "transcriptions.fetch_transcription", locals()
        )
        return result

    @_api_method
    def list(
        self,
        call_id: str,
        leg_id: str,
        recording_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPager[Transcription]:
        """List the transcriptions of a recording, one page at a time.

        Args:
            call_id: The `id` of the call.
            leg_id: The `id` of the leg.
            recording_id: The `id` of the recording.
            page: The page to return, 1-based.
            page_size (`perPage`): How many items a page holds (no SDK or document states
                the largest).
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[Transcription] = self._list(
            "transcriptions.list_transcriptions", locals()
        )
        return pager
