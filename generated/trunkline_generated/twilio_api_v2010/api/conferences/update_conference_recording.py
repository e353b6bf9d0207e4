"""UpdateConferenceRecording: POST /2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Recordings/{Sid}.json

Changes the status of the recording to paused, stopped, or in-progress. Note: To use
`Twilio.CURRENT`, pass it as recording sid.

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.conference_recording import ConferenceRecording
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Required

    from trunkline_generated.twilio_api_v2010.models.call_recording_status import (
        CallRecordingStatus,
    )

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of UpdateConferenceRecording (for `Unpack`), per-call options included."""

        status: Required[CallRecordingStatus | str]  # Status
        pause_behavior: str  # PauseBehavior


METHOD = "POST"
PATH = "/2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Recordings/{Sid}.json"
RETRY = "safe"
ARGS = ("account_sid", "conference_sid", "sid")
CLIENT_ARGS = {"account_sid": "AccountSid"}
PATTERNS = {
    "account_sid": "^AC[0-9a-fA-F]{32}$",
    "conference_sid": "^CF[0-9a-fA-F]{32}$",
    "sid": "^RE[0-9a-fA-F]{32}$",
}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"


def _get_kwargs(
    account_sid: str,
    conference_sid: str,
    sid: str,
    *,
    status: CallRecordingStatus | str,
    pause_behavior: str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    _body: dict[str, Any] = {}
    _body["Status"] = status
    if pause_behavior is not UNSET:
        _body["PauseBehavior"] = pause_behavior

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "AccountSid": _quote(str(account_sid), safe=""),
                "ConferenceSid": _quote(str(conference_sid), safe=""),
                "Sid": _quote(str(sid), safe=""),
            }
        ),
        "data": _body,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], ConferenceRecording] = ConferenceRecording
