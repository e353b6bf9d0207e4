"""FetchRecording: GET /calls/{callId}/legs/{legId}/recordings/{recordingId}

Get one recording; `_links.file` is its WAV file.

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from .... import _runtime
from ...models.recording import Recording

if TYPE_CHECKING:
    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of FetchRecording (for `Unpack`), per-call options included."""


METHOD = "GET"
PATH = "/calls/{callId}/legs/{legId}/recordings/{recordingId}"
RETRY = "safe"
ITEMS_KEY = "data"
ARGS = ("call_id", "leg_id", "recording_id")
SECURITY = (("accessKey",),)
RESPONSE = "json"
PAGING = "messagebird"


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


# {"data": [object]} -> a record of its one object (None when there is none).
_parse_response: Callable[[Any], Recording | None] = _runtime.first_item("data", Recording)

# One element of `data` -> a record.
_parse_item: Callable[[dict[str, Any]], Recording] = Recording
