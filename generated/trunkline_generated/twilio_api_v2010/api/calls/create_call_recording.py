"""CreateCallRecording: POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings.json

Create a recording for the call

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.call_recording import CallRecording
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from trunkline_generated.twilio_api_v2010.models.http_method import HttpMethod

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of CreateCallRecording (for `Unpack`), per-call options included."""

        recording_status_callback_event: list[str]  # RecordingStatusCallbackEvent
        recording_status_callback: str  # RecordingStatusCallback
        recording_status_callback_method: HttpMethod | str  # RecordingStatusCallbackMethod
        trim: str  # Trim
        recording_channels: str  # RecordingChannels
        recording_track: str  # RecordingTrack


METHOD = "POST"
PATH = "/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings.json"
RETRY = "create"
ARGS = ("account_sid", "call_sid")
CLIENT_ARGS = {"account_sid": "AccountSid"}
PATTERNS = {"account_sid": "^AC[0-9a-fA-F]{32}$", "call_sid": "^CA[0-9a-fA-F]{32}$"}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"


def _get_kwargs(
    account_sid: str,
    call_sid: str,
    *,
    recording_status_callback_event: list[str] | Unset = UNSET,
    recording_status_callback: str | Unset = UNSET,
    recording_status_callback_method: HttpMethod | str | Unset = UNSET,
    trim: str | Unset = UNSET,
    recording_channels: str | Unset = UNSET,
    recording_track: str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    _body: dict[str, Any] = {}
    if recording_status_callback_event is not UNSET:
        _body["RecordingStatusCallbackEvent"] = recording_status_callback_event
    if recording_status_callback is not UNSET:
        _body["RecordingStatusCallback"] = recording_status_callback
    if recording_status_callback_method is not UNSET:
        _body["RecordingStatusCallbackMethod"] = recording_status_callback_method
    if trim is not UNSET:
        _body["Trim"] = trim
    if recording_channels is not UNSET:
        _body["RecordingChannels"] = recording_channels
    if recording_track is not UNSET:
        _body["RecordingTrack"] = recording_track

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "AccountSid": _quote(str(account_sid), safe=""),
                "CallSid": _quote(str(call_sid), safe=""),
            }
        ),
        "data": _body,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], CallRecording] = CallRecording
