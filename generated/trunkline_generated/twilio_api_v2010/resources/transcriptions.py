"""Resource `transcriptions`: generated from the spec. Do not edit.

delete: DeleteTranscription (DELETE /2010-04-01/Accounts/{AccountSid}/Transcriptions/{Sid}.json)
get: FetchTranscription (GET /2010-04-01/Accounts/{AccountSid}/Transcriptions/{Sid}.json)
list: ListTranscription (GET /2010-04-01/Accounts/{AccountSid}/Transcriptions.json)
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

__all__ = ["AsyncTranscriptions", "Transcriptions"]


class Transcriptions(SyncAPIResource):
    """`transcriptions` (DeleteTranscription, FetchTranscription, ListTranscription)."""

    _package = "twilio_api_v2010"

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
        """Delete a transcription from the account used to make the request.

        Args:
            sid: The SID of the Transcription resource.
        """
        self._request("transcriptions.delete_transcription", locals())

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
    ) -> Transcription:
        """Fetch an instance of a Transcription.

        Args:
            sid: The SID of the Transcription resource.
        """
        result: Transcription = self._request("transcriptions.fetch_transcription", locals())
        return result

    @_api_method
    def list(
        self,
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
        """Retrieve a list of transcriptions belonging to the account used to make the request.

        Args:
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[Transcription] = self._list("transcriptions.list_transcription", locals())
        return pager


class AsyncTranscriptions(AsyncAPIResource):
    """`transcriptions` (DeleteTranscription, FetchTranscription, ListTranscription). Awaitable."""

    _package = "twilio_api_v2010"

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
        """Delete a transcription from the account used to make the request.

        Args:
            sid: The SID of the Transcription resource.
        """
        await self._request("transcriptions.delete_transcription", locals())

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
    ) -> Transcription:
        """Fetch an instance of a Transcription.

        Args:
            sid: The SID of the Transcription resource.
        """
        result: Transcription = await self._request("transcriptions.fetch_transcription", locals())
        return result

    @_api_method
    def list(
        self,
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
        """Retrieve a list of transcriptions belonging to the account used to make the request.

        Args:
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[Transcription] = self._list("transcriptions.list_transcription", locals())
        return pager
