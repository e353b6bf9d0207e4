"""ListTranscriptions: GET /calls/{callId}/legs/{legId}/recordings/{recordingId}/transcriptions

List the transcriptions of a recording, one page at a time.

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.list_transcriptions_response import ListTranscriptionsResponse
from ...models.transcription import Transcription
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of ListTranscriptions (for `Unpack`), per-call options included."""

        page: int  # page
        page_size: int  # perPage


METHOD = "GET"
PATH = "/calls/{callId}/legs/{legId}/recordings/{recordingId}/transcriptions"
RETRY = "safe"
ITEMS_KEY = "data"
ARGS = ("call_id", "leg_id", "recording_id")
SECURITY = (("accessKey",),)
RESPONSE = "json"
PAGING = "messagebird"
PAGE_SIZE = ("page_size", None)


def _get_kwargs(
    call_id: str,
    leg_id: str,
    recording_id: str,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""
    _params: dict[str, Any] = {}
    if page is not UNSET:
        _params["page"] = page
    if page_size is not UNSET:
        _params["perPage"] = page_size

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "callId": _quote(str(call_id), safe=""),
                "legId": _quote(str(leg_id), safe=""),
                "recordingId": _quote(str(recording_id), safe=""),
            }
        ),
        "params": _params,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], ListTranscriptionsResponse] = ListTranscriptionsResponse

# One element of `data` -> a record.
_parse_item: Callable[[dict[str, Any]], Transcription] = Transcription
