"""`client.messages`: the generated resource, plus `list_in_range`."""

from __future__ import annotations

import datetime as _dt
from collections.abc import AsyncIterator, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from trunkline_generated.twilio_api_v2010.resources import messages as _generated

from ._checks import mms_media
from ._ranges import async_ranged, range_filters, ranged

if TYPE_CHECKING:
    from typing import Unpack

    from trunkline_generated.twilio_api_v2010.api.messages import list_message
    from trunkline_generated.twilio_api_v2010.models import Message

    from .media import AsyncMessagesMedia, MessagesMedia

__all__ = ["AsyncMessages", "Messages"]


class Messages(_generated.Messages):
    """Messages, with `send_mms` and `list_in_range`; `media` has `download_all`."""

    if TYPE_CHECKING:
        media: MessagesMedia

    def send_mms(
        self,
        *,
        to: str,
        from_: str,
        media_urls: str | Sequence[str],
        body: str | None = None,
        **params: Any,
    ) -> Message:
        """Send an MMS: 1 to 10 media URLs and an optional text. Never retried once it may
        have reached Twilio."""
        media = mms_media(media_urls, body)
        if body is not None:
            params["body"] = body
        return self.create(to=to, from_=from_, media_url=media, **params)

    def list_in_range(
        self, start: _dt.datetime, end: _dt.datetime, **filters: Unpack[list_message.Params]
    ) -> Iterator[Message]:
        """Every message sent in `[start, end)` (aware datetimes), lazily."""
        params = range_filters("date_sent", start, end, dict(filters))
        pager = None if params is None else self.list(**params)
        return ranged(pager, "date_sent", start, end)


class AsyncMessages(_generated.AsyncMessages):
    """Messages, awaitable, with `send_mms` and `list_in_range`."""

    if TYPE_CHECKING:
        media: AsyncMessagesMedia

    async def send_mms(
        self,
        *,
        to: str,
        from_: str,
        media_urls: str | Sequence[str],
        body: str | None = None,
        **params: Any,
    ) -> Message:
        """Send an MMS: 1 to 10 media URLs and an optional text (see `Messages.send_mms`)."""
        media = mms_media(media_urls, body)
        if body is not None:
            params["body"] = body
        return await self.create(to=to, from_=from_, media_url=media, **params)

    def list_in_range(
        self, start: _dt.datetime, end: _dt.datetime, **filters: Unpack[list_message.Params]
    ) -> AsyncIterator[Message]:
        """Every message sent in `[start, end)` (aware datetimes), lazily."""
        params = range_filters("date_sent", start, end, dict(filters))
        pager = None if params is None else self.list(**params)
        return async_ranged(pager, "date_sent", start, end)
