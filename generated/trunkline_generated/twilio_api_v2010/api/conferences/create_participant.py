"""CreateParticipant: POST /2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants.json

Add a participant to a conference by calling it

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.participant import Participant
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Required

    from trunkline_generated.twilio_api_v2010.models.http_method import HttpMethod

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of CreateParticipant (for `Unpack`), per-call options included."""

        from_: Required[str]  # From
        to: Required[str]  # To
        status_callback: str  # StatusCallback
        status_callback_method: HttpMethod | str  # StatusCallbackMethod
        status_callback_event: list[str]  # StatusCallbackEvent
        label: str  # Label
        ring_timeout: int  # Timeout
        record: bool  # Record
        muted: bool  # Muted
        beep: str  # Beep
        start_conference_on_enter: bool  # StartConferenceOnEnter
        end_conference_on_exit: bool  # EndConferenceOnExit
        wait_url: str  # WaitUrl
        wait_method: HttpMethod | str  # WaitMethod
        early_media: bool  # EarlyMedia
        max_participants: int  # MaxParticipants
        conference_record: str  # ConferenceRecord
        conference_trim: str  # ConferenceTrim
        conference_status_callback: str  # ConferenceStatusCallback
        conference_status_callback_method: HttpMethod | str  # ConferenceStatusCallbackMethod
        conference_status_callback_event: list[str]  # ConferenceStatusCallbackEvent
        recording_channels: str  # RecordingChannels
        recording_status_callback: str  # RecordingStatusCallback
        recording_status_callback_method: HttpMethod | str  # RecordingStatusCallbackMethod
        sip_auth_username: str  # SipAuthUsername
        sip_auth_password: str  # SipAuthPassword
        region: str  # Region
        conference_recording_status_callback: str  # ConferenceRecordingStatusCallback
        conference_recording_status_callback_method: (
            HttpMethod | str
        )  # ConferenceRecordingStatusCallbackMethod
        recording_status_callback_event: list[str]  # RecordingStatusCallbackEvent
        conference_recording_status_callback_event: list[
            str
        ]  # ConferenceRecordingStatusCallbackEvent
        coaching: bool  # Coaching
        call_sid_to_coach: str  # CallSidToCoach
        jitter_buffer_size: str  # JitterBufferSize
        byoc: str  # Byoc
        caller_id: str  # CallerId
        call_reason: str  # CallReason
        recording_track: str  # RecordingTrack
        time_limit: int  # TimeLimit
        machine_detection: str  # MachineDetection
        machine_detection_timeout: int  # MachineDetectionTimeout
        machine_detection_speech_threshold: int  # MachineDetectionSpeechThreshold
        machine_detection_speech_end_threshold: int  # MachineDetectionSpeechEndThreshold
        machine_detection_silence_timeout: int  # MachineDetectionSilenceTimeout
        amd_status_callback: str  # AmdStatusCallback
        amd_status_callback_method: HttpMethod | str  # AmdStatusCallbackMethod
        trim: str  # Trim
        call_token: str  # CallToken
        client_notification_url: str  # ClientNotificationUrl
        caller_display_name: str  # CallerDisplayName


METHOD = "POST"
PATH = "/2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants.json"
RETRY = "create"
ARGS = ("account_sid", "conference_sid")
CLIENT_ARGS = {"account_sid": "AccountSid"}
PATTERNS = {"account_sid": "^AC[0-9a-fA-F]{32}$", "conference_sid": "^CF[0-9a-fA-F]{32}$"}
PHONES = {"from_": "endpoint", "to": "endpoint"}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"


def _get_kwargs(
    account_sid: str,
    conference_sid: str,
    *,
    from_: str,
    to: str,
    status_callback: str | Unset = UNSET,
    status_callback_method: HttpMethod | str | Unset = UNSET,
    status_callback_event: list[str] | Unset = UNSET,
    label: str | Unset = UNSET,
    ring_timeout: int | Unset = UNSET,
    record: bool | Unset = UNSET,
    muted: bool | Unset = UNSET,
    beep: str | Unset = UNSET,
    start_conference_on_enter: bool | Unset = UNSET,
    end_conference_on_exit: bool | Unset = UNSET,
    wait_url: str | Unset = UNSET,
    wait_method: HttpMethod | str | Unset = UNSET,
    early_media: bool | Unset = UNSET,
    max_participants: int | Unset = UNSET,
    conference_record: str | Unset = UNSET,
    conference_trim: str | Unset = UNSET,
    conference_status_callback: str | Unset = UNSET,
    conference_status_callback_method: HttpMethod | str | Unset = UNSET,
    conference_status_callback_event: list[str] | Unset = UNSET,
    recording_channels: str | Unset = UNSET,
    recording_status_callback: str | Unset = UNSET,
    recording_status_callback_method: HttpMethod | str | Unset = UNSET,
    sip_auth_username: str | Unset = UNSET,
    sip_auth_password: str | Unset = UNSET,
    region: str | Unset = UNSET,
    conference_recording_status_callback: str | Unset = UNSET,
    conference_recording_status_callback_method: HttpMethod | str | Unset = UNSET,
    recording_status_callback_event: list[str] | Unset = UNSET,
    conference_recording_status_callback_event: list[str] | Unset = UNSET,
    coaching: bool | Unset = UNSET,
    call_sid_to_coach: str | Unset = UNSET,
    jitter_buffer_size: str | Unset = UNSET,
    byoc: str | Unset = UNSET,
    caller_id: str | Unset = UNSET,
    call_reason: str | Unset = UNSET,
    recording_track: str | Unset = UNSET,
    time_limit: int | Unset = UNSET,
    machine_detection: str | Unset = UNSET,
    machine_detection_timeout: int | Unset = UNSET,
    machine_detection_speech_threshold: int | Unset = UNSET,
    machine_detection_speech_end_threshold: int | Unset = UNSET,
    machine_detection_silence_timeout: int | Unset = UNSET,
    amd_status_callback: str | Unset = UNSET,
    amd_status_callback_method: HttpMethod | str | Unset = UNSET,
    trim: str | Unset = UNSET,
    call_token: str | Unset = UNSET,
    client_notification_url: str | Unset = UNSET,
    caller_display_name: str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    _body: dict[str, Any] = {}
    _body["From"] = from_
    _body["To"] = to
    if status_callback is not UNSET:
        _body["StatusCallback"] = status_callback
    if status_callback_method is not UNSET:
        _body["StatusCallbackMethod"] = status_callback_method
    if status_callback_event is not UNSET:
        _body["StatusCallbackEvent"] = status_callback_event
    if label is not UNSET:
        _body["Label"] = label
    if ring_timeout is not UNSET:
        _body["Timeout"] = ring_timeout
    if record is not UNSET:
        _body["Record"] = record
    if muted is not UNSET:
        _body["Muted"] = muted
    if beep is not UNSET:
        _body["Beep"] = beep
    if start_conference_on_enter is not UNSET:
        _body["StartConferenceOnEnter"] = start_conference_on_enter
    if end_conference_on_exit is not UNSET:
        _body["EndConferenceOnExit"] = end_conference_on_exit
    if wait_url is not UNSET:
        _body["WaitUrl"] = wait_url
    if wait_method is not UNSET:
        _body["WaitMethod"] = wait_method
    if early_media is not UNSET:
        _body["EarlyMedia"] = early_media
    if max_participants is not UNSET:
        _body["MaxParticipants"] = max_participants
    if conference_record is not UNSET:
        _body["ConferenceRecord"] = conference_record
    if conference_trim is not UNSET:
        _body["ConferenceTrim"] = conference_trim
    if conference_status_callback is not UNSET:
        _body["ConferenceStatusCallback"] = conference_status_callback
    if conference_status_callback_method is not UNSET:
        _body["ConferenceStatusCallbackMethod"] = conference_status_callback_method
    if conference_status_callback_event is not UNSET:
        _body["ConferenceStatusCallbackEvent"] = conference_status_callback_event
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
    if region is not UNSET:
        _body["Region"] = region
    if conference_recording_status_callback is not UNSET:
        _body["ConferenceRecordingStatusCallback"] = conference_recording_status_callback
    if conference_recording_status_callback_method is not UNSET:
        _body["ConferenceRecordingStatusCallbackMethod"] = (
            conference_recording_status_callback_method
        )
    if recording_status_callback_event is not UNSET:
        _body["RecordingStatusCallbackEvent"] = recording_status_callback_event
    if conference_recording_status_callback_event is not UNSET:
        _body["ConferenceRecordingStatusCallbackEvent"] = conference_recording_status_callback_event
    if coaching is not UNSET:
        _body["Coaching"] = coaching
    if call_sid_to_coach is not UNSET:
        _body["CallSidToCoach"] = call_sid_to_coach
    if jitter_buffer_size is not UNSET:
        _body["JitterBufferSize"] = jitter_buffer_size
    if byoc is not UNSET:
        _body["Byoc"] = byoc
    if caller_id is not UNSET:
        _body["CallerId"] = caller_id
    if call_reason is not UNSET:
        _body["CallReason"] = call_reason
    if recording_track is not UNSET:
        _body["RecordingTrack"] = recording_track
    if time_limit is not UNSET:
        _body["TimeLimit"] = time_limit
    if machine_detection is not UNSET:
        _body["MachineDetection"] = machine_detection
    if machine_detection_timeout is not UNSET:
        _body["MachineDetectionTimeout"] = machine_detection_timeout
    if machine_detection_speech_threshold is not UNSET:
        _body["MachineDetectionSpeechThreshold"] = machine_detection_speech_threshold
    if machine_detection_speech_end_threshold is not UNSET:
        _body["MachineDetectionSpeechEndThreshold"] = machine_detection_speech_end_threshold
    if machine_detection_silence_timeout is not UNSET:
        _body["MachineDetectionSilenceTimeout"] = machine_detection_silence_timeout
    if amd_status_callback is not UNSET:
        _body["AmdStatusCallback"] = amd_status_callback
    if amd_status_callback_method is not UNSET:
        _body["AmdStatusCallbackMethod"] = amd_status_callback_method
    if trim is not UNSET:
        _body["Trim"] = trim
    if call_token is not UNSET:
        _body["CallToken"] = call_token
    if client_notification_url is not UNSET:
        _body["ClientNotificationUrl"] = client_notification_url
    if caller_display_name is not UNSET:
        _body["CallerDisplayName"] = caller_display_name

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "AccountSid": _quote(str(account_sid), safe=""),
                "ConferenceSid": _quote(str(conference_sid), safe=""),
            }
        ),
        "data": _body,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], Participant] = Participant
