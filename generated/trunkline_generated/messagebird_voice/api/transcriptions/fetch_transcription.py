"""FetchTranscription: GET /calls/{callId}/legs/{legId}/recordings/{recordingId}/transcriptions/{transcriptionId}

Get one transcription; `_links.file` is its text.

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from .... import _runtime
from ...models.transcription import Transcription

if TYPE_CHECKING:
    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of FetchTranscription (for `Unpack`), per-call options included."""


METHOD = "GET"
PATH = "/calls/{callId}/legs/{legId}/recordings/{recordingId}/transcriptions/{transcriptionId}"
RETRY = "safe"
ITEMS_KEY = "data"
ARGS = ("call_id", "leg_id", "recording_id", "transcription_id")
SECURITY = (("accessKey",),)
RESPONSE = "json"
PAGING = "messagebird"


def _get_kwargs(
    call_id: str,
    leg_id: str,
    recording_id: str,
    transcription_id: str,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "callId": _quote(str(call_id), safe=""),
                "legId": _quote(str(leg_id), safe=""),
                "recordingId": _quote(str(recording_id), safe=""),
                "transcriptionId": _quote(str(transcription_id), safe=""),
            }
        ),
    }


# {"data": [object]} -> a record of its one object (None when there is none).
_parse_response: Callable[[Any], Transcription | None] = _runtime.first_item("data", Transcription)

# One element of `data` -> a record.
_parse_item: Callable[[dict[str, Any]], Transcription] = Transcription
