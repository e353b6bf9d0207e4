"""CreateCall: POST /2010-04-01/Accounts/{AccountSid}/Calls.json

Create a new outgoing call to phones, SIP-enabled endpoints or Twilio Client connections

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.call import Call
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Required

    from trunkline_generated.twilio_api_v2010.models.http_method import HttpMethod

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of CreateCall (for `Unpack`), per-call options included."""

        to: Required[str]  # To
        from_: Required[str]  # From
        method: HttpMethod | str  # Method
        fallback_url: str  # FallbackUrl
        fallback_method: HttpMethod | str  # FallbackMethod
        status_callback: str  # StatusCallback
        status_callback_event: list[str]  # StatusCallbackEvent
        status_callback_method: HttpMethod | str  # StatusCallbackMethod
        send_digits: str  # SendDigits
        ring_timeout: int  # Timeout
        record: bool  # Record
        recording_channels: str  # RecordingChannels
        recording_status_callback: str  # RecordingStatusCallback
        recording_status_callback_method: HttpMethod | str  # RecordingStatusCallbackMethod
        sip_auth_username: str  # SipAuthUsername
        sip_auth_password: str  # SipAuthPassword
        machine_detection: str  # MachineDetection
        machine_detection_timeout: int  # MachineDetectionTimeout
        recording_status_callback_event: list[str]  # RecordingStatusCallbackEvent
        trim: str  # Trim
        caller_id: str  # CallerId
        machine_detection_speech_threshold: int  # MachineDetectionSpeechThreshold
        machine_detection_speech_end_threshold: int  # MachineDetectionSpeechEndThreshold
        machine_detection_silence_timeout: int  # MachineDetectionSilenceTimeout
        async_amd: str  # AsyncAmd
        async_amd_status_callback: str  # AsyncAmdStatusCallback
        async_amd_status_callback_method: HttpMethod | str  # AsyncAmdStatusCallbackMethod
        byoc: str  # Byoc
        call_reason: str  # CallReason
        call_token: str  # CallToken
        recording_track: str  # RecordingTrack
        time_limit: int  # TimeLimit
        client_notification_url: str  # ClientNotificationUrl
        url: str  # Url
        twiml: str  # Twiml
        application_sid: str  # ApplicationSid


METHOD = "POST"
PATH = "/2010-04-01/Accounts/{AccountSid}/Calls.json"
RETRY = "create"
ARGS = ("account_sid",)
CLIENT_ARGS = {"account_sid": "AccountSid"}
PATTERNS = {"account_sid": "^AC[0-9a-fA-F]{32}$"}
PHONES = {"to": "endpoint", "from_": "endpoint"}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"


def _get_kwargs(
    account_sid: str,
    *,
    to: str,
    from_: str,
    method: HttpMethod | str | Unset = UNSET,
    fallback_url: str | Unset = UNSET,
    fallback_method: HttpMethod | str | Unset = UNSET,
    status_callback: str | Unset = UNSET,
    status_callback_event: list[str] | Unset = UNSET,
    status_callback_method: HttpMethod | str | Unset = UNSET,
    send_digits: str | Unset = UNSET,
    ring_timeout: int | Unset = UNSET,
    record: bool | Unset = UNSET,
    recording_channels: str | Unset = UNSET,
    recording_status_callback: str | Unset = UNSET,
    recording_status_callback_method: HttpMethod | str | Unset = UNSET,
    sip_auth_username: str | Unset = UNSET,
    sip_auth_password: str | Unset = UNSET,
    machine_detection: str | Unset = UNSET,
    machine_detection_timeout: int | Unset = UNSET,
    recording_status_callback_event: list[str] | Unset = UNSET,
    trim: str | Unset = UNSET,
    caller_id: str | Unset = UNSET,
    machine_detection_speech_threshold: int | Unset = UNSET,
    machine_detection_speech_end_threshold: int | Unset = UNSET,
    machine_detection_silence_timeout: int | Unset = UNSET,
    async_amd: str | Unset = UNSET,
    async_amd_status_callback: str | Unset = UNSET,
    async_amd_status_callback_method: HttpMethod | str | Unset = UNSET,
    byoc: str | Unset = UNSET,
    call_reason: str | Unset = UNSET,
    call_token: str | Unset = UNSET,
    recording_track: str | Unset = UNSET,
    time_limit: int | Unset = UNSET,
    client_notification_url: str | Unset = UNSET,
    url: str | Unset = UNSET,
    twiml: str | Unset = UNSET,
    application_sid: str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    _body: dict[str, Any] = {}
    _body["To"] = to
    _body["From"] = from_
    if method is not UNSET:
        _body["Method"] = method
    if fallback_url is not UNSET:
        _body["FallbackUrl"] = fallback_url
    if fallback_method is not UNSET:
        _body["FallbackMethod"] = fallback_method
    if status_callback is not UNSET:
        _body["StatusCallback"] = status_callback
    if status_callback_event is not UNSET:
        _body["StatusCallbackEvent"] = status_callback_event
    if status_callback_method is not UNSET:
        _body["StatusCallbackMethod"] = status_callback_method
    if send_digits is not UNSET:
        _body["SendDigits"] = send_digits
    if ring_timeout is not UNSET:
        _body["Timeout"] = ring_timeout
    if record is not UNSET:
        _body["Record"] = record
    if recording_channels is not UNSET:
        _body["RecordingChannels"] = recording_channels
    if recording_status_callback is not UNSET:
        _body["RecordingStatusCallback"] = recording_status_callback
    if recording_status_callback_method is not UNSET:
        _body["RecordingStatusCallbackMethod"] = recording_status_callback_method
    if sip_auth_username is not UNSET:
        _body["SipAuthUsername"] = sip_auth_username
    if sip_auth_password is not UNSET:
        _body["SipAuthPassword"] = sip_auth_password
    if machine_detection is not UNSET:
        _body["MachineDetection"] = machine_detection
    if machine_detection_timeout is not UNSET:
        _body["MachineDetectionTimeout"] = machine_detection_timeout
    if recording_status_callback_event is not UNSET:
        _body["RecordingStatusCallbackEvent"] = recording_status_callback_event
    if trim is not UNSET:
        _body["Trim"] = trim
    if caller_id is not UNSET:
        _body["CallerId"] = caller_id
    if machine_detection_speech_threshold is not UNSET:
        _body["MachineDetectionSpeechThreshold"] = machine_detection_speech_threshold
    if machine_detection_speech_end_threshold is not UNSET:
        _body["MachineDetectionSpeechEndThreshold"] = machine_detection_speech_end_threshold
    if machine_detection_silence_timeout is not UNSET:
        _body["MachineDetectionSilenceTimeout"] = machine_detection_silence_timeout
    if async_amd is not UNSET:
        _body["AsyncAmd"] = async_amd
    if async_amd_status_callback is not UNSET:
        _body["AsyncAmdStatusCallback"] = async_amd_status_callback
    if async_amd_status_callback_method is not UNSET:
        _body["AsyncAmdStatusCallbackMethod"] = async_amd_status_callback_method
    if byoc is not UNSET:
        _body["Byoc"] = byoc
    if call_reason is not UNSET:
        _body["CallReason"] = call_reason
    if call_token is not UNSET:
        _body["CallToken"] = call_token
    if recording_track is not UNSET:
        _body["RecordingTrack"] = recording_track
    if time_limit is not UNSET:
        _body["TimeLimit"] = time_limit
    if client_notification_url is not UNSET:
        _body["ClientNotificationUrl"] = client_notification_url
    if url is not UNSET:
        _body["Url"] = url
    if twiml is not UNSET:
        _body["Twiml"] = twiml
    if application_sid is not UNSET:
        _body["ApplicationSid"] = application_sid

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "AccountSid": _quote(str(account_sid), safe=""),
            }
        ),
        "data": _body,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], Call] = Call
