"""`client.messages.media`: the generated resource, plus `download_all` (twilio-go's helper).

    files = client.messages.media.download_all("MM...")   # every file of an MMS, in order

The media of a message are listed, then fetched concurrently (at most `concurrency` at a
time: threads for `Client`, tasks for `AsyncClient`), each through Twilio's redirect to its
media store (https only: an erratum twilio-go fixed too).
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

from trunkline_generated.twilio_api_v2010.resources import messages_media as _generated

from ..._core._exceptions import InvalidParameterError

__all__ = ["AsyncMessagesMedia", "MessagesMedia"]


def _check(concurrency: object) -> int:
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise InvalidParameterError(f"concurrency must be an int >= 1, not {concurrency!r}")
    return concurrency


class MessagesMedia(_generated.MessagesMedia):
    """A message's media, with `download_all`."""

    def download_all(self, message_sid: str, *, concurrency: int = 4) -> list[bytes]:
        """Every media file of the message, in the message's order, fetched concurrently."""
        workers = _check(concurrency)
        sids = [media.sid for media in self.list(message_sid)]

        def fetch(sid: Any) -> bytes:
            return b"".join(self.download(message_sid, sid))

        if len(sids) <= 1:
            return [fetch(sid) for sid in sids]
        with ThreadPoolExecutor(max_workers=min(workers, len(sids))) as pool:
            return list(pool.map(fetch, sids))


class AsyncMessagesMedia(_generated.AsyncMessagesMedia):
    """A message's media, awaitable, with `download_all`."""

    async def download_all(self, message_sid: str, *, concurrency: int = 4) -> list[bytes]:
        """Every media file of the message, in the message's order, fetched concurrently."""
        import anyio

        limiter = anyio.CapacityLimiter(_check(concurrency))
        sids = [media.sid async for media in self.list(message_sid)]
        files: list[bytes] = [b""] * len(sids)

        async def fetch(index: int, sid: Any) -> None:
            async with limiter:
                chunks = await self.download(message_sid, sid)
                files[index] = b"".join([chunk async for chunk in chunks])

        async with anyio.create_task_group() as group:
            for index, sid in enumerate(sids):
                group.start_soon(fetch, index, sid)
        return files
