"""DownloadRecording: GET /calls/{callId}/legs/{legId}/recordings/{recordingId}.wav

Download the recording's audio, a WAV file.

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

if TYPE_CHECKING:
    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of DownloadRecording (for `Unpack`), per-call options included."""


METHOD = "GET"
PATH = "/calls/{callId}/legs/{legId}/recordings/{recordingId}.wav"
RETRY = "safe"
ARGS = ("call_id", "leg_id", "recording_id")
SECURITY = (("accessKey",),)
RESPONSE = "binary"


def _get_kwargs(
    call_id: str,
    leg_id: str,
    recording_id: str,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "callId": _quote(str(call_id), safe=""),
                "legId": _quote(str(leg_id), safe=""),
                "recordingId": _quote(str(recording_id), safe=""),
            }
        ),
    }


def _parse_response(payload: Any) -> None:
    """This operation answers with a download, streamed by the client: nothing to parse."""
    return None
