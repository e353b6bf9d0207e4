"""Resource `messages.media`: generated from the spec. Do not edit.

delete: DeleteMedia (DELETE /2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media/{Sid}.json)
download: FetchMediaContent (GET /2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media/{Sid})
get: FetchMedia (GET /2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media/{Sid}.json)
list: ListMedia (GET /2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media.json)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from collections.abc import AsyncIterator, Iterator, Mapping

    from trunkline._core._paging import AsyncPager, Pager
    from trunkline._core._write import Destination
    from trunkline_generated.twilio_api_v2010.models.media import Media

__all__ = ["AsyncMessagesMedia", "MessagesMedia"]


class MessagesMedia(SyncAPIResource):
    """`messages.media` (DeleteMedia, FetchMedia, FetchMediaContent, ListMedia)."""

    _package = "twilio_api_v2010"

    @_api_method
    def delete(
        self,
        message_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Delete the Media resource.

        Args:
            message_sid: The SID of the Message.
            sid: The SID of the Media resource.
        """
        self._request("messages.delete_media", locals())

    @overload
    def download(
        self,
        message_sid: str,
        sid: str,
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
        message_sid: str,
        sid: str,
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
        message_sid: str,
        sid: str,
        *,
        to: Destination | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Iterator[bytes] | int:
        """The media file itself (an image, audio, video, vCard, ...).

        Twilio answers with a redirect to the file on its media store; the client follows
        it, over https only (erratum), and streams the file. Not in the official spec, which
        stops at the Media resource (`.json`); its `uri` without `.json` is this URL.

        Streams the body: into `to` (a path or a binary file object; returns the bytes
        written), or as an iterator of chunks when `to` is None. Never held whole in memory.

        Args:
            message_sid: The SID of the Message.
            sid: The SID of the Media resource.
        """
        download: Iterator[bytes] | int = self._download("messages.fetch_media_content", locals())
        return download

    @_api_method
    def get(
        self,
        message_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Media:
        """Fetch a single Media resource associated with a specific Message resource.

        Args:
            message_sid: The SID of the Message.
            sid: The SID of the Media resource.
        """
        result: Media = self._request("messages.fetch_media", locals())
        return result

    @_api_method
    def list(
        self,
        message_sid: str,
        *,
        date_created: datetime.datetime | Unset = UNSET,
        date_created_before: datetime.datetime | Unset = UNSET,
        date_created_after: datetime.datetime | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Pager[Media]:
        """Read a list of Media resources associated with a specific Message resource.

        Args:
            message_sid: The SID of the Message.
            date_created (`DateCreated`): Only include Media resources that were created on
                this date. Specify a date as `YYYY-MM-DD` in GMT, for example: `2009-07-06`,
                to read Media that were created on this date. You can also specify an
                inequality, such as `StartTime<=YYYY-MM-DD`, to read Media that were created
                on or before midnight of this date, and `StartTime>=YYYY-MM-DD` to read
                Media that were created on or after midnight of this date.
            date_created_before (`DateCreated<`): Only include Media resources that were
                created on this date. Specify a date as `YYYY-MM-DD` in GMT, for example:
                `2009-07-06`, to read Media that were created on this date. You can also
                specify an inequality, such as `StartTime<=YYYY-MM-DD`, to read Media that
                were created on or before midnight of this date, and `StartTime>=YYYY-MM-DD`
                to read Media that were created on or after midnight of this date.
            date_created_after (`DateCreated>`): Only include Media resources that were
                created on this date. Specify a date as `YYYY-MM-DD` in GMT, for example:
                `2009-07-06`, to read Media that were created on this date. You can also
                specify an inequality, such as `StartTime<=YYYY-MM-DD`, to read Media that
                were created on or before midnight of this date, and `StartTime>=YYYY-MM-DD`
                to read Media that were created on or after midnight of this date.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[Media] = self._list("messages.list_media", locals())
        return pager


class AsyncMessagesMedia(AsyncAPIResource):
    """`messages.media` (DeleteMedia, FetchMedia, FetchMediaContent, ListMedia). Awaitable."""

    _package = "twilio_api_v2010"

    @_api_method
    async def delete(
        self,
        message_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Delete the Media resource.

        Args:
            message_sid: The SID of the Message.
            sid: The SID of the Media resource.
        """
        await self._request("messages.delete_media", locals())

    @overload
    async def download(
        self,
        message_sid: str,
        sid: str,
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
        message_sid: str,
        sid: str,
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
        message_sid: str,
        sid: str,
        *,
        to: Destination | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncIterator[bytes] | int:
        """The media file itself (an image, audio, video, vCard, ...).

        Twilio answers with a redirect to the file on its media store; the client follows
        it, over https only (erratum), and streams the file. Not in the official spec, which
        stops at the Media resource (`.json`); its `uri` without `.json` is this URL.

        Streams the body: into `to` (a path or a binary file object; returns the bytes
        written), or as an iterator of chunks when `to` is None. Never held whole in memory.

        Args:
            message_sid: The SID of the Message.
            sid: The SID of the Media resource.
        """
        download: AsyncIterator[bytes] | int = await self._download(
            "messages.fetch_media_content", locals()
        )
        return download

    @_api_method
    async def get(
        self,
        message_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Media:
        """Fetch a single Media resource associated with a specific Message resource.

        Args:
            message_sid: The SID of the Message.
            sid: The SID of the Media resource.
        """
        result: Media = await self._request("messages.fetch_media", locals())
        return result

    @_api_method
    def list(
        self,
        message_sid: str,
        *,
        date_created: datetime.datetime | Unset = UNSET,
        date_created_before: datetime.datetime | Unset = UNSET,
        date_created_after: datetime.datetime | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPager[Media]:
        """Read a list of Media resources associated with a specific Message resource.

        Args:
            message_sid: The SID of the Message.
            date_created (`DateCreated`): Only include Media resources that were created on
                this date. Specify a date as `YYYY-MM-DD` in GMT, for example: `2009-07-06`,
                to read Media that were created on this date. You can also specify an
                inequality, such as `StartTime<=YYYY-MM-DD`, to read Media that were created
                on or before midnight of this date, and `StartTime>=YYYY-MM-DD` to read
                Media that were created on or after midnight of this date.
            date_created_before (`DateCreated<`): Only include Media resources that were
                created on this date. Specify a date as `YYYY-MM-DD` in GMT, for example:
                `2009-07-06`, to read Media that were created on this date. You can also
                specify an inequality, such as `StartTime<=YYYY-MM-DD`, to read Media that
                were created on or before midnight of this date, and `StartTime>=YYYY-MM-DD`
                to read Media that were created on or after midnight of this date.
            date_created_after (`DateCreated>`): Only include Media resources that were
                created on this date. Specify a date as `YYYY-MM-DD` in GMT, for example:
                `2009-07-06`, to read Media that were created on this date. You can also
                specify an inequality, such as `StartTime<=YYYY-MM-DD`, to read Media that
                were created on or before midnight of this date, and `StartTime>=YYYY-MM-DD`
                to read Media that were created on or after midnight of this date.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[Media] = self._list("messages.list_media", locals())
        return pager
