"""DownloadTranscription: GET /calls/{callId}/legs/{legId}/recordings/{recordingId}/transcriptions/{transcriptionId}.txt

Download the transcription's text.

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

if TYPE_CHECKING:
    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of DownloadTranscription (for `Unpack`), per-call options included."""


METHOD = "GET"
PATH = "/calls/{callId}/legs/{legId}/recordings/{recordingId}/transcriptions/{transcriptionId}.txt"
RETRY = "safe"
ARGS = ("call_id", "leg_id", "recording_id", "transcription_id")
SECURITY = (("accessKey",),)
RESPONSE = "text"


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


def _parse_response(payload: Any) -> str:
    """This operation answers with text: the decoded text as it came."""
    return str(payload)
