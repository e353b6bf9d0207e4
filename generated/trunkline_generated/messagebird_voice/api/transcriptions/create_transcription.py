"""CreateTranscription: POST /calls/{callId}/legs/{legId}/recordings/{recordingId}/transcriptions

Ask for a transcription of a recording.

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from .... import _runtime
from ...models.transcription import Transcription
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from trunkline_generated.messagebird_voice.models.transcription_language import (
        TranscriptionLanguage,
    )

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of CreateTranscription (for `Unpack`), per-call options included."""

        language: TranscriptionLanguage | str  # language


METHOD = "POST"
PATH = "/calls/{callId}/legs/{legId}/recordings/{recordingId}/transcriptions"
RETRY = "create"
ITEMS_KEY = "data"
ARGS = ("call_id", "leg_id", "recording_id")
SECURITY = (("accessKey",),)
RESPONSE = "json"
PAGING = "messagebird"


def _get_kwargs(
    call_id: str,
    leg_id: str,
    recording_id: str,
    *,
    language: TranscriptionLanguage | str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    _body: dict[str, Any] = {}
    if language is not UNSET:
        _body["language"] = language

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "callId": _quote(str(call_id), safe=""),
                "legId": _quote(str(leg_id), safe=""),
                "recordingId": _quote(str(recording_id), safe=""),
            }
        ),
        "json": _body,
    }


# {"data": [object]} -> a record of its one object (None when there is none).
_parse_response: Callable[[Any], Transcription | None] = _runtime.first_item("data", Transcription)

# One element of `data` -> a record.
_parse_item: Callable[[dict[str, Any]], Transcription] = Transcription
