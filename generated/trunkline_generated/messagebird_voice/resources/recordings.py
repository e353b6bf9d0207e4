"""Resource `recordings`: generated from the spec. Do not edit.

delete: DeleteRecording (DELETE /calls/{callId}/legs/{legId}/recordings/{recordingId})
download: DownloadRecording (GET /calls/{callId}/legs/{legId}/recordings/{recordingId}.wav)
get: FetchRecording (GET /calls/{callId}/legs/{legId}/recordings/{recordingId})
list: ListRecordings (GET /calls/{callId}/legs/{legId}/recordings)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterator, Mapping

    from trunkline._core._paging import AsyncPager, Pager
    from trunkline._core._write import Destination
    from trunkline_generated.messagebird_voice.models.recording import Recording

__all__ = ["AsyncRecordings", "Recordings"]


class Recordings(SyncAPIResource):
    """`recordings` (DeleteRecording, DownloadRecording, FetchRecording, ListRecordings)."""

    _package = "messagebird_voice"

    @_api_method
    def delete(
        self,
        call_id: str,
        leg_id: str,
        recording_id: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Delete a recording.

        Args:
            call_id: The `id` of the call.
            leg_id: The `id` of the leg.
            recording_id: The `id` of the recording.
        """
        self._request("recordings.delete_recording", locals())

    @overload
    def download(
        self,
        call_id: str,
        leg_id: str,
        recording_id: str,
        *,
        to: None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Iterator[bytes]: ...

    @overload
    def download(
        self,
        call_id: str,
        leg_id: str,
        recording_id: str,
        *,
        to: Destination,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> int: ...

    @_api_method
    def download(
        self,
        call_id: str,
        leg_id: str,
        recording_id: str,
        *,
        to: Destination | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Iterator[bytes] | int:
        """Download the recording's audio, a WAV file.

        The path node and php build; go and py follow `_links.file` (section 2).

        Streams the body: into `to` (a path or a binary file object; returns the bytes
        written), or as an iterator of chunks when `to` is None. Never held whole in memory.

        Args:
            call_id: The `id` of the call.
            leg_id: The `id` of the leg.
            recording_id: The `id` of the recording.
        """
        download: Iterator[bytes] | int = self._download("recordings.download_recording", locals())
        return download

    @_api_method
    def get(
        self,
        call_id: str,
        leg_id: str,
        recording_id: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Recording | None:
        """Get one recording; `_links.file` is its WAV file.

        Args:
            call_id: The `id` of the call.
            leg_id: The `id` of the leg.
            recording_id: The `id` of the recording.
        """
        result: Recording | None = self._request("recordings.fetch_recording", locals())
        return result

    @_api_method
    def list(
        self,
        call_id: str,
        leg_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Pager[Recording]:
        """List the recordings of a leg, one page at a time.

        Args:
            call_id: The `id` of the call.
            leg_id: The `id` of the leg.
            page: The page to return, 1-based.
            page_size (`perPage`): How many items a page holds (no SDK or document states
                the largest).
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[Recording] = self._list("recordings.list_recordings", locals())
        return pager


class AsyncRecordings(AsyncAPIResource):
    """`recordings` (DeleteRecording, DownloadRecording, FetchRecording, ListRecordings). Awaitable."""

    _package = "messagebird_voice"

    @_api_method
    async def delete(
        self,
        call_id: str,
        leg_id: str,
        recording_id: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Delete a recording.

        Args:
            call_id: The `id` of the call.
            leg_id: The `id` of the leg.
            recording_id: The `id` of the recording.
        """
        await self._request("recordings.delete_recording", locals())

    @overload
    async def download(
        self,
        call_id: str,
        leg_id: str,
        recording_id: str,
        *,
        to: None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncIterator[bytes]: ...

    @overload
    async def download(
        self,
        call_id: str,
        leg_id: str,
        recording_id: str,
        *,
        to: Destination,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> int: ...

    @_api_method
    async def download(
        self,
        call_id: str,
        leg_id: str,
        recording_id: str,
        *,
        to: Destination | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncIterator[bytes] | int:
        """Download the recording's audio, a WAV file.

        The path node and php build; go and py follow `_links.file` (section 2).

        Streams the body: into `to` (a path or a binary file object; returns the bytes
        written), or as an iterator of chunks when `to` is None. Never held whole in memory.

        Args:
            call_id: The `id` of the call.
            leg_id: The `id` of the leg.
            recording_id: The `id` of the recording.
        """
        download: AsyncIterator[bytes] | int = await self._download(
            "recordings.download_recording", locals()
        )
        return download

    @_api_method
    async def get(
        self,
        call_id: str,
        leg_id: str,
        recording_id: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Recording | None:
        """Get one recording; `_links.file` is its WAV file.

        Args:
            call_id: The `id` of the call.
            leg_id: The `id` of the leg.
            recording_id: The `id` of the recording.
        """
        result: Recording | None = await self._request("recordings.fetch_recording", locals())
        return result

    @_api_method
    def list(
        self,
        call_id: str,
        leg_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPager[Recording]:
        """List the recordings of a leg, one page at a time.

        Args:
            call_id: The `id` of the call.
            leg_id: The `id` of the leg.
            page: The page to return, 1-based.
            page_size (`perPage`): How many items a page holds (no SDK or document states
                the largest).
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[Recording] = self._list("recordings.list_recordings", locals())
        return pager
