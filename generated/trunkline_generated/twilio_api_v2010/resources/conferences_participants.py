"""Resource `conferences.participants`: generated from the spec. Do not edit.

create: CreateParticipant (POST /2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants.json)
delete: DeleteParticipant (DELETE /2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants/{CallSid}.json)
get: FetchParticipant (GET /2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants/{CallSid}.json)
list: ListParticipant (GET /2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants.json)
update: UpdateParticipant (POST /2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants/{CallSid}.json)
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline._core._paging import AsyncPager, Pager
    from trunkline_generated.twilio_api_v2010.models.http_method import HttpMethod
    from trunkline_generated.twilio_api_v2010.models.participant import Participant

__all__ = ["AsyncConferencesParticipants", "ConferencesParticipants"]


class ConferencesParticipants(SyncAPIResource):
    """`conferences.participants` (CreateParticipant, DeleteParticipant, FetchParticipant, ListParticipant, UpdateParticipant)."""

    _package = "twilio_api_v2010"

    @_api_method
    def create(
        self,
        conference_sid: str,
        *,
        from_: str,
        to: str,
        status_callback: str | Unset = UNSET,
        status_callback_method: HttpMethod | str | Unset = UNSET,
        status_callback_event: builtins.list[str] | Unset = UNSET,
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
        conference_status_callback_event: builtins.list[str] | Unset = UNSET,
        recording_channels: str | Unset = UNSET,
        recording_status_callback: str | Unset = UNSET,
        recording_status_callback_method: HttpMethod | str | Unset = UNSET,
        sip_auth_username: str | Unset = UNSET,
        sip_auth_password: str | Unset = UNSET,
        region: str | Unset = UNSET,
        conference_recording_status_callback: str | Unset = UNSET,
        conference_recording_status_callback_method: HttpMethod | str | Unset = UNSET,
        recording_status_callback_event: builtins.list[str] | Unset = UNSET,
        conference_recording_status_callback_event: builtins.list[str] | Unset = UNSET,
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
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Participant:
        """Add a participant to a conference by calling it.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            conference_sid: The SID of the Conference.
            from_ (`From`): The phone number, Client identifier, or username portion of SIP
                address that made this call. Phone numbers are in
                [E.164](https://www.twilio.com/docs/glossary/what-e164) format (e.g.,
                +16175551212). Client identifiers are formatted `client:name`. If using a
                phone number, it must be a Twilio number or a Verified [outgoing caller
                id](https://www.twilio.com/docs/voice/api/outgoing-caller-ids) for your
                account. If the `to` parameter is a phone number, `from` must also be a
                phone number. If `to` is sip address, this value of `from` should be a
                username portion to be used to populate the P-Asserted-Identity header that
                is passed to the SIP endpoint.
            to (`To`): The phone number, SIP address, Client, TwiML App identifier that
                received this call. Phone numbers are in
                [E.164](https://www.twilio.com/docs/glossary/what-e164) format (e.g.,
                +16175551212). SIP addresses are formatted as `sip:name@company.com`. Client
                identifiers are formatted `client:name`. TwiML App identifiers are formatted
                `app:<APP_SID>`. [Custom
                parameters](https://www.twilio.com/docs/voice/api/conference-participant-
                resource#custom-parameters) may also be specified.
            status_callback (`StatusCallback`): The URL we should call using the
                `status_callback_method` to send status information to your application.
            status_callback_method (`StatusCallbackMethod`): The HTTP method Twilio uses to
                request a callback URL.
            status_callback_event (`StatusCallbackEvent`): The conference state changes that
                should generate a call to `status_callback`. Can be: `initiated`, `ringing`,
                `answered`, and `completed`. Separate multiple values with a space. The
                default value is `completed`.
            label (`Label`): A label for this participant. If one is supplied, it may
                subsequently be used to fetch, update or delete the participant.
            ring_timeout (`Timeout`): The number of seconds that we should allow the phone
                to ring before assuming there is no answer. Can be an integer between `5`
                and `600`, inclusive. The default value is `60`. We always add a 5-second
                timeout buffer to outgoing calls, so value of 10 would result in an actual
                timeout that was closer to 15 seconds.
            record (`Record`): Whether to record the participant and their conferences,
                including the time between conferences. Can be `true` or `false` and the
                default is `false`.
            muted (`Muted`): Whether the agent is muted in the conference. Can be `true` or
                `false` and the default is `false`.
            beep (`Beep`): Whether to play a notification beep to the conference when the
                participant joins. Can be: `true`, `false`, `onEnter`, or `onExit`. The
                default value is `true`.
            start_conference_on_enter (`StartConferenceOnEnter`): Whether to start the
                conference when the participant joins, if it has not already started. Can
                be: `true` or `false` and the default is `true`. If `false` and the
                conference has not started, the participant is muted and hears background
                music until another participant starts the conference.
            end_conference_on_exit (`EndConferenceOnExit`): Whether to end the conference
                when the participant leaves. Can be: `true` or `false` and defaults to
                `false`.
            wait_url (`WaitUrl`): The URL that Twilio calls using the `wait_method` before
                the conference has started. The URL may return an MP3 file, a WAV file, or a
                TwiML document. The default value is the URL of our standard hold music. If
                you do not want anything to play while waiting for the conference to start,
                specify an empty string by setting `wait_url` to `''`. For more details on
                the allowable verbs within the `waitUrl`, see the `waitUrl` attribute in the
                [<Conference> TwiML
                instruction](https://www.twilio.com/docs/voice/twiml/conference#attributes-
                waiturl).
            wait_method (`WaitMethod`): The HTTP method Twilio uses to request a callback
                URL.
            early_media (`EarlyMedia`): Whether to allow an agent to hear the state of the
                outbound call, including ringing or disconnect messages. Can be: `true` or
                `false` and defaults to `true`.
            max_participants (`MaxParticipants`): The maximum number of participants in the
                conference. Can be a positive integer from `2` to `250`. The default value
                is `250`.
            conference_record (`ConferenceRecord`): Whether to record the conference the
                participant is joining. Can be: `true`, `false`, `record-from-start`, and
                `do-not-record`. The default value is `false`.
            conference_trim (`ConferenceTrim`): Whether to trim leading and trailing silence
                from the conference recording. Can be: `trim-silence` or `do-not-trim` and
                defaults to `trim-silence`.
            conference_status_callback (`ConferenceStatusCallback`): The URL we should call
                using the `conference_status_callback_method` when the conference events in
                `conference_status_callback_event` occur. Only the value set by the first
                participant to join the conference is used. Subsequent
                `conference_status_callback` values are ignored.
            conference_status_callback_method (`ConferenceStatusCallbackMethod`): The HTTP
                method Twilio uses to request a callback URL.
            conference_status_callback_event (`ConferenceStatusCallbackEvent`): The
                conference state changes that should generate a call to
                `conference_status_callback`. Can be: `start`, `end`, `join`, `leave`,
                `mute`, `hold`, `modify`, `speaker`, and `announcement`. Separate multiple
                values with a space. Defaults to `start end`.
            recording_channels (`RecordingChannels`): The recording channels for the final
                recording. Can be: `mono` or `dual` and the default is `mono`.
            recording_status_callback (`RecordingStatusCallback`): The URL that we should
                call using the `recording_status_callback_method` when the recording status
                changes.
            recording_status_callback_method (`RecordingStatusCallbackMethod`): The HTTP
                method Twilio uses to request a callback URL.
            sip_auth_username (`SipAuthUsername`): The SIP username used for authentication.
            sip_auth_password (`SipAuthPassword`): The SIP password for authentication.
            region (`Region`): The [region](https://support.twilio.com/hc/en-
                us/articles/223132167-How-global-low-latency-routing-and-region-selection-
                work-for-conferences-and-Client-calls) where we should mix the recorded
                audio. Can be:`us1`, `us2`, `ie1`, `de1`, `sg1`, `br1`, `au1`, or `jp1`.
            conference_recording_status_callback (`ConferenceRecordingStatusCallback`): The
                URL we should call using the `conference_recording_status_callback_method`
                when the conference recording is available.
            conference_recording_status_callback_method
                (`ConferenceRecordingStatusCallbackMethod`): The HTTP method Twilio uses to
                request a callback URL.
            recording_status_callback_event (`RecordingStatusCallbackEvent`): The recording
                state changes that should generate a call to `recording_status_callback`.
                Can be: `started`, `in-progress`, `paused`, `resumed`, `stopped`,
                `completed`, `failed`, and `absent`. Separate multiple values with a space,
                ex: `'in-progress completed failed'`.
            conference_recording_status_callback_event
                (`ConferenceRecordingStatusCallbackEvent`): The conference recording state
                changes that generate a call to `conference_recording_status_callback`. Can
                be: `in-progress`, `completed`, `failed`, and `absent`. Separate multiple
                values with a space, ex: `'in-progress completed failed'`
            coaching (`Coaching`): Whether the participant is coaching another call. Can be:
                `true` or `false`. If not present, defaults to `false` unless
                `call_sid_to_coach` is defined. If `true`, `call_sid_to_coach` must be
                defined.
            call_sid_to_coach (`CallSidToCoach`): The SID of the participant who is being
                `coached`. The participant being coached is the only participant who can
                hear the participant who is `coaching`.
            jitter_buffer_size (`JitterBufferSize`): Jitter buffer size for the connecting
                participant. Twilio will use this setting to apply Jitter Buffer before
                participant's audio is mixed into the conference. Can be: `off`, `small`,
                `medium`, and `large`. Default to `large`.
            byoc (`Byoc`): The SID of a BYOC (Bring Your Own Carrier) trunk to route this
                call with. Note that `byoc` is only meaningful when `to` is a phone number;
                it will otherwise be ignored. (Beta)
            caller_id (`CallerId`): The phone number, Client identifier, or username portion
                of SIP address that made this call. Phone numbers are in
                [E.164](https://www.twilio.com/docs/glossary/what-e164) format (e.g.,
                +16175551212). Client identifiers are formatted `client:name`. If using a
                phone number, it must be a Twilio number or a Verified [outgoing caller
                id](https://www.twilio.com/docs/voice/api/outgoing-caller-ids) for your
                account. If the `to` parameter is a phone number, `callerId` must also be a
                phone number. If `to` is sip address, this value of `callerId` should be a
                username portion to be used to populate the From header that is passed to
                the SIP endpoint.
            call_reason (`CallReason`): The Reason for the outgoing call. Use it to specify
                the purpose of the call that is presented on the called party's phone.
                (Branded Calls Beta)
            recording_track (`RecordingTrack`): The audio track to record for the call. Can
                be: `inbound`, `outbound` or `both`. The default is `both`. `inbound`
                records the audio that is received by Twilio. `outbound` records the audio
                that is sent from Twilio. `both` records the audio that is received and sent
                by Twilio.
            time_limit (`TimeLimit`): The maximum duration of the call in seconds.
                Constraints depend on account and configuration.
            machine_detection (`MachineDetection`): Whether to detect if a human, answering
                machine, or fax has picked up the call. Can be: `Enable` or
                `DetectMessageEnd`. Use `Enable` if you would like us to return `AnsweredBy`
                as soon as the called party is identified. Use `DetectMessageEnd`, if you
                would like to leave a message on an answering machine. For more information,
                see [Answering Machine
                Detection](https://www.twilio.com/docs/voice/answering-machine-detection).
            machine_detection_timeout (`MachineDetectionTimeout`): The number of seconds
                that we should attempt to detect an answering machine before timing out and
                sending a voice request with `AnsweredBy` of `unknown`. The default timeout
                is 30 seconds.
            machine_detection_speech_threshold (`MachineDetectionSpeechThreshold`): The
                number of milliseconds that is used as the measuring stick for the length of
                the speech activity, where durations lower than this value will be
                interpreted as a human and longer than this value as a machine. Possible
                Values: 1000-6000. Default: 2400.
            machine_detection_speech_end_threshold (`MachineDetectionSpeechEndThreshold`):
                The number of milliseconds of silence after speech activity at which point
                the speech activity is considered complete. Possible Values: 500-5000.
                Default: 1200.
            machine_detection_silence_timeout (`MachineDetectionSilenceTimeout`): The number
                of milliseconds of initial silence after which an `unknown` AnsweredBy
                result will be returned. Possible Values: 2000-10000. Default: 5000.
            amd_status_callback (`AmdStatusCallback`): The URL that we should call using the
                `amd_status_callback_method` to notify customer application whether the call
                was answered by human, machine or fax.
            amd_status_callback_method (`AmdStatusCallbackMethod`): The HTTP method Twilio
                uses to request a callback URL.
            trim (`Trim`): Whether to trim any leading and trailing silence from the
                participant recording. Can be: `trim-silence` or `do-not-trim` and the
                default is `trim-silence`.
            call_token (`CallToken`): A token string needed to invoke a forwarded call. A
                call_token is generated when an incoming call is received on a Twilio
                number. Pass an incoming call's call_token value to a forwarded call via the
                call_token parameter when creating a new call. A forwarded call should bear
                the same CallerID of the original incoming call.
            client_notification_url (`ClientNotificationUrl`): The URL that we should use to
                deliver `push call notification`.
            caller_display_name (`CallerDisplayName`): The name that populates the display
                name in the From header. Must be between 2 and 255 characters. Only
                applicable for calls to sip address.
        """
        result: Participant = self._request("conferences.create_participant", locals())
        return result

    @_api_method
    def delete(
        self,
        conference_sid: str,
        call_sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Kick a participant from a given conference.

        Args:
            conference_sid: The SID of the Conference.
            call_sid: The [Call](https://www.twilio.com/docs/voice/api/call-resource) SID or
                label of the participant. Non URL safe characters in a label must be percent
                encoded, for example, a space character is represented as %20.
        """
        self._request("conferences.delete_participant", locals())

    @_api_method
    def get(
        self,
        conference_sid: str,
        call_sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Participant:
        """Fetch an instance of a participant.

        Args:
            conference_sid: The SID of the Conference.
            call_sid: The [Call](https://www.twilio.com/docs/voice/api/call-resource) SID or
                label of the participant. Non URL safe characters in a label must be percent
                encoded, for example, a space character is represented as %20.
        """
        result: Participant = self._request("conferences.fetch_participant", locals())
        return result

    @_api_method
    def list(
        self,
        conference_sid: str,
        *,
        muted: bool | Unset = UNSET,
        hold: bool | Unset = UNSET,
        coaching: bool | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Pager[Participant]:
        """Retrieve a list of participants belonging to the account used to make the request.

        Args:
            conference_sid: The SID of the Conference.
            muted (`Muted`): Whether to return only participants that are muted. Can be:
                `true` or `false`.
            hold (`Hold`): Whether to return only participants that are on hold. Can be:
                `true` or `false`.
            coaching (`Coaching`): Whether to return only participants who are coaching
                another call. Can be: `true` or `false`.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[Participant] = self._list("conferences.list_participant", locals())
        return pager

    @_api_method
    def update(
        self,
        conference_sid: str,
        call_sid: str,
        *,
        muted: bool | Unset = UNSET,
        hold: bool | Unset = UNSET,
        hold_url: str | Unset = UNSET,
        hold_method: HttpMethod | str | Unset = UNSET,
        announce_url: str | Unset = UNSET,
        announce_method: HttpMethod | str | Unset = UNSET,
        wait_url: str | Unset = UNSET,
        wait_method: HttpMethod | str | Unset = UNSET,
        beep_on_exit: bool | Unset = UNSET,
        end_conference_on_exit: bool | Unset = UNSET,
        coaching: bool | Unset = UNSET,
        call_sid_to_coach: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Participant:
        """Update the properties of the participant.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            conference_sid: The SID of the Conference.
            call_sid: The [Call](https://www.twilio.com/docs/voice/api/call-resource) SID or
                label of the participant. Non URL safe characters in a label must be percent
                encoded, for example, a space character is represented as %20.
            muted (`Muted`): Whether the participant should be muted. Can be `true` or
                `false`. `true` will mute the participant, and `false` will un-mute them.
                Anything value other than `true` or `false` is interpreted as `false`.
            hold (`Hold`): Whether the participant should be on hold. Can be: `true` or
                `false`. `true` puts the participant on hold, and `false` lets them rejoin
                the conference.
            hold_url (`HoldUrl`): The URL we call using the `hold_method` for music that
                plays when the participant is on hold. The URL may return an MP3 file, a WAV
                file, or a TwiML document that contains `<Play>`, `<Say>`, `<Pause>`, or
                `<Redirect>` verbs.
            hold_method (`HoldMethod`): The HTTP method Twilio uses to request a callback
                URL.
            announce_url (`AnnounceUrl`): The URL we call using the `announce_method` for an
                announcement to the participant. The URL may return an MP3 file, a WAV file,
                or a TwiML document that contains `<Play>`, `<Say>`, `<Pause>`, or
                `<Redirect>` verbs.
            announce_method (`AnnounceMethod`): The HTTP method Twilio uses to request a
                callback URL.
            wait_url (`WaitUrl`): The URL that Twilio calls using the `wait_method` before
                the conference has started. The URL may return an MP3 file, a WAV file, or a
                TwiML document. The default value is the URL of our standard hold music. If
                you do not want anything to play while waiting for the conference to start,
                specify an empty string by setting `wait_url` to `''`. For more details on
                the allowable verbs within the `waitUrl`, see the `waitUrl` attribute in the
                [<Conference> TwiML
                instruction](https://www.twilio.com/docs/voice/twiml/conference#attributes-
                waiturl).
            wait_method (`WaitMethod`): The HTTP method Twilio uses to request a callback
                URL.
            beep_on_exit (`BeepOnExit`): Whether to play a notification beep to the
                conference when the participant exits. Can be: `true` or `false`.
            end_conference_on_exit (`EndConferenceOnExit`): Whether to end the conference
                when the participant leaves. Can be: `true` or `false` and defaults to
                `false`.
            coaching (`Coaching`): Whether the participant is coaching another call. Can be:
                `true` or `false`. If not present, defaults to `false` unless
                `call_sid_to_coach` is defined. If `true`, `call_sid_to_coach` must be
                defined.
            call_sid_to_coach (`CallSidToCoach`): The SID of the participant who is being
                `coached`. The participant being coached is the only participant who can
                hear the participant who is `coaching`.
        """
        result: Participant = self._request("conferences.update_participant", locals())
        return result


class AsyncConferencesParticipants(AsyncAPIResource):
    """`conferences.participants` (CreateParticipant, DeleteParticipant, FetchParticipant, ListParticipant, UpdateParticipant). Awaitable."""

    _package = "twilio_api_v2010"

    @_api_method
    async def create(
        self,
        conference_sid: str,
        *,
        from_: str,
        to: str,
        status_callback: str | Unset = UNSET,
        status_callback_method: HttpMethod | str | Unset = UNSET,
        status_callback_event: builtins.list[str] | Unset = UNSET,
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
        conference_status_callback_event: builtins.list[str] | Unset = UNSET,
        recording_channels: str | Unset = UNSET,
        recording_status_callback: str | Unset = UNSET,
        recording_status_callback_method: HttpMethod | str | Unset = UNSET,
        sip_auth_username: str | Unset = UNSET,
        sip_auth_password: str | Unset = UNSET,
        region: str | Unset = UNSET,
        conference_recording_status_callback: str | Unset = UNSET,
        conference_recording_status_callback_method: HttpMethod | str | Unset = UNSET,
        recording_status_callback_event: builtins.list[str] | Unset = UNSET,
        conference_recording_status_callback_event: builtins.list[str] | Unset = UNSET,
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
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Participant:
        """Add a participant to a conference by calling it.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            conference_sid: The SID of the Conference.
            from_ (`From`): The phone number, Client identifier, or username portion of SIP
                address that made this call. Phone numbers are in
                [E.164](https://www.twilio.com/docs/glossary/what-e164) format (e.g.,
                +16175551212). Client identifiers are formatted `client:name`. If using a
                phone number, it must be a Twilio number or a Verified [outgoing caller
                id](https://www.twilio.com/docs/voice/api/outgoing-caller-ids) for your
                account. If the `to` parameter is a phone number, `from` must also be a
                phone number. If `to` is sip address, this value of `from` should be a
                username portion to be used to populate the P-Asserted-Identity header that
                is passed to the SIP endpoint.
            to (`To`): The phone number, SIP address, Client, TwiML App identifier that
                received this call. Phone numbers are in
                [E.164](https://www.twilio.com/docs/glossary/what-e164) format (e.g.,
                +16175551212). SIP addresses are formatted as `sip:name@company.com`. Client
                identifiers are formatted `client:name`. TwiML App identifiers are formatted
                `app:<APP_SID>`. [Custom
                parameters](https://www.twilio.com/docs/voice/api/conference-participant-
                resource#custom-parameters) may also be specified.
            status_callback (`StatusCallback`): The URL we should call using the
                `status_callback_method` to send status information to your application.
            status_callback_method (`StatusCallbackMethod`): The HTTP method Twilio uses to
                request a callback URL.
            status_callback_event (`StatusCallbackEvent`): The conference state changes that
                should generate a call to `status_callback`. Can be: `initiated`, `ringing`,
                `answered`, and `completed`. Separate multiple values with a space. The
                default value is `completed`.
            label (`Label`): A label for this participant. If one is supplied, it may
                subsequently be used to fetch, update or delete the participant.
            ring_timeout (`Timeout`): The number of seconds that we should allow the phone
                to ring before assuming there is no answer. Can be an integer between `5`
                and `600`, inclusive. The default value is `60`. We always add a 5-second
                timeout buffer to outgoing calls, so value of 10 would result in an actual
                timeout that was closer to 15 seconds.
            record (`Record`): Whether to record the participant and their conferences,
                including the time between conferences. Can be `true` or `false` and the
                default is `false`.
            muted (`Muted`): Whether the agent is muted in the conference. Can be `true` or
                `false` and the default is `false`.
            beep (`Beep`): Whether to play a notification beep to the conference when the
                participant joins. Can be: `true`, `false`, `onEnter`, or `onExit`. The
                default value is `true`.
            start_conference_on_enter (`StartConferenceOnEnter`): Whether to start the
                conference when the participant joins, if it has not already started. Can
                be: `true` or `false` and the default is `true`. If `false` and the
                conference has not started, the participant is muted and hears background
                music until another participant starts the conference.
            end_conference_on_exit (`EndConferenceOnExit`): Whether to end the conference
                when the participant leaves. Can be: `true` or `false` and defaults to
                `false`.
            wait_url (`WaitUrl`): The URL that Twilio calls using the `wait_method` before
                the conference has started. The URL may return an MP3 file, a WAV file, or a
                TwiML document. The default value is the URL of our standard hold music. If
                you do not want anything to play while waiting for the conference to start,
                specify an empty string by setting `wait_url` to `''`. For more details on
                the allowable verbs within the `waitUrl`, see the `waitUrl` attribute in the
                [<Conference> TwiML
                instruction](https://www.twilio.com/docs/voice/twiml/conference#attributes-
                waiturl).
            wait_method (`WaitMethod`): The HTTP method Twilio uses to request a callback
                URL.
            early_media (`EarlyMedia`): Whether to allow an agent to hear the state of the
                outbound call, including ringing or disconnect messages. Can be: `true` or
                `false` and defaults to `true`.
            max_participants (`MaxParticipants`): The maximum number of participants in the
                conference. Can be a positive integer from `2` to `250`. The default value
                is `250`.
            conference_record (`ConferenceRecord`): Whether to record the conference the
                participant is joining. Can be: `true`, `false`, `record-from-start`, and
                `do-not-record`. The default value is `false`.
            conference_trim (`ConferenceTrim`): Whether to trim leading and trailing silence
                from the conference recording. Can be: `trim-silence` or `do-not-trim` and
                defaults to `trim-silence`.
            conference_status_callback (`ConferenceStatusCallback`): The URL we should call
                using the `conference_status_callback_method` when the conference events in
                `conference_status_callback_event` occur. Only the value set by the first
                participant to join the conference is used. Subsequent
                `conference_status_callback` values are ignored.
            conference_status_callback_method (`ConferenceStatusCallbackMethod`): The HTTP
                method Twilio uses to request a callback URL.
            conference_status_callback_event (`ConferenceStatusCallbackEvent`): The
                conference state changes that should generate a call to
                `conference_status_callback`. Can be: `start`, `end`, `join`, `leave`,
                `mute`, `hold`, `modify`, `speaker`, and `announcement`. Separate multiple
                values with a space. Defaults to `start end`.
            recording_channels (`RecordingChannels`): The recording channels for the final
                recording. Can be: `mono` or `dual` and the default is `mono`.
            recording_status_callback (`RecordingStatusCallback`): The URL that we should
                call using the `recording_status_callback_method` when the recording status
                changes.
            recording_status_callback_method (`RecordingStatusCallbackMethod`): The HTTP
                method Twilio uses to request a callback URL.
            sip_auth_username (`SipAuthUsername`): The SIP username used for authentication.
            sip_auth_password (`SipAuthPassword`): The SIP password for authentication.
            region (`Region`): The [region](https://support.twilio.com/hc/en-
                us/articles/223132167-How-global-low-latency-routing-and-region-selection-
                work-for-conferences-and-Client-calls) where we should mix the recorded
                audio. Can be:`us1`, `us2`, `ie1`, `de1`, `sg1`, `br1`, `au1`, or `jp1`.
            conference_recording_status_callback (`ConferenceRecordingStatusCallback`): The
                URL we should call using the `conference_recording_status_callback_method`
                when the conference recording is available.
            conference_recording_status_callback_method
                (`ConferenceRecordingStatusCallbackMethod`): The HTTP method Twilio uses to
                request a callback URL.
            recording_status_callback_event (`RecordingStatusCallbackEvent`): The recording
                state changes that should generate a call to `recording_status_callback`.
                Can be: `started`, `in-progress`, `paused`, `resumed`, `stopped`,
                `completed`, `failed`, and `absent`. Separate multiple values with a space,
                ex: `'in-progress completed failed'`.
            conference_recording_status_callback_event
                (`ConferenceRecordingStatusCallbackEvent`): The conference recording state
                changes that generate a call to `conference_recording_status_callback`. Can
                be: `in-progress`, `completed`, `failed`, and `absent`. Separate multiple
                values with a space, ex: `'in-progress completed failed'`
            coaching (`Coaching`): Whether the participant is coaching another call. Can be:
                `true` or `false`. If not present, defaults to `false` unless
                `call_sid_to_coach` is defined. If `true`, `call_sid_to_coach` must be
                defined.
            call_sid_to_coach (`CallSidToCoach`): The SID of the participant who is being
                `coached`. The participant being coached is the only participant who can
                hear the participant who is `coaching`.
            jitter_buffer_size (`JitterBufferSize`): Jitter buffer size for the connecting
                participant. Twilio will use this setting to apply Jitter Buffer before
                participant's audio is mixed into the conference. Can be: `off`, `small`,
                `medium`, and `large`. Default to `large`.
            byoc (`Byoc`): The SID of a BYOC (Bring Your Own Carrier) trunk to route this
                call with. Note that `byoc` is only meaningful when `to` is a phone number;
                it will otherwise be ignored. (Beta)
            caller_id (`CallerId`): The phone number, Client identifier, or username portion
                of SIP address that made this call. Phone numbers are in
                [E.164](https://www.twilio.com/docs/glossary/what-e164) format (e.g.,
                +16175551212). Client identifiers are formatted `client:name`. If using a
                phone number, it must be a Twilio number or a Verified [outgoing caller
                id](https://www.twilio.com/docs/voice/api/outgoing-caller-ids) for your
                account. If the `to` parameter is a phone number, `callerId` must also be a
                phone number. If `to` is sip address, this value of `callerId` should be a
                username portion to be used to populate the From header that is passed to
                the SIP endpoint.
            call_reason (`CallReason`): The Reason for the outgoing call. Use it to specify
                the purpose of the call that is presented on the called party's phone.
                (Branded Calls Beta)
            recording_track (`RecordingTrack`): The audio track to record for the call. Can
                be: `inbound`, `outbound` or `both`. The default is `both`. `inbound`
                records the audio that is received by Twilio. `outbound` records the audio
                that is sent from Twilio. `both` records the audio that is received and sent
                by Twilio.
            time_limit (`TimeLimit`): The maximum duration of the call in seconds.
                Constraints depend on account and configuration.
            machine_detection (`MachineDetection`): Whether to detect if a human, answering
                machine, or fax has picked up the call. Can be: `Enable` or
                `DetectMessageEnd`. Use `Enable` if you would like us to return `AnsweredBy`
                as soon as the called party is identified. Use `DetectMessageEnd`, if you
                would like to leave a message on an answering machine. For more information,
                see [Answering Machine
                Detection](https://www.twilio.com/docs/voice/answering-machine-detection).
            machine_detection_timeout (`MachineDetectionTimeout`): The number of seconds
                that we should attempt to detect an answering machine before timing out and
                sending a voice request with `AnsweredBy` of `unknown`. The default timeout
                is 30 seconds.
            machine_detection_speech_threshold (`MachineDetectionSpeechThreshold`): The
                number of milliseconds that is used as the measuring stick for the length of
                the speech activity, where durations lower than this value will be
                interpreted as a human and longer than this value as a machine. Possible
                Values: 1000-6000. Default: 2400.
            machine_detection_speech_end_threshold (`MachineDetectionSpeechEndThreshold`):
                The number of milliseconds of silence after speech activity at which point
                the speech activity is considered complete. Possible Values: 500-5000.
                Default: 1200.
            machine_detection_silence_timeout (`MachineDetectionSilenceTimeout`): The number
                of milliseconds of initial silence after which an `unknown` AnsweredBy
                result will be returned. Possible Values: 2000-10000. Default: 5000.
            amd_status_callback (`AmdStatusCallback`): The URL that we should call using the
                `amd_status_callback_method` to notify customer application whether the call
                was answered by human, machine or fax.
            amd_status_callback_method (`AmdStatusCallbackMethod`): The HTTP method Twilio
                uses to request a callback URL.
            trim (`Trim`): Whether to trim any leading and trailing silence from the
                participant recording. Can be: `trim-silence` or `do-not-trim` and the
                default is `trim-silence`.
            call_token (`CallToken`): A token string needed to invoke a forwarded call. A
                call_token is generated when an incoming call is received on a Twilio
                number. Pass an incoming call's call_token value to a forwarded call via the
                call_token parameter when creating a new call. A forwarded call should bear
                the same CallerID of the original incoming call.
            client_notification_url (`ClientNotificationUrl`): The URL that we should use to
                deliver `push call notification`.
            caller_display_name (`CallerDisplayName`): The name that populates the display
                name in the From header. Must be between 2 and 255 characters. Only
                applicable for calls to sip address.
        """
        result: Participant = await self._request("conferences.create_participant", locals())
        return result

    @_api_method
    async def delete(
        self,
        conference_sid: str,
        call_sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Kick a participant from a given conference.

        Args:
            conference_sid: The SID of the Conference.
            call_sid: The [Call](https://www.twilio.com/docs/voice/api/call-resource) SID or
                label of the participant. Non URL safe characters in a label must be percent
                encoded, for example, a space character is represented as %20.
        """
        await self._request("conferences.delete_participant", locals())

    @_api_method
    async def get(
        self,
        conference_sid: str,
        call_sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Participant:
        """Fetch an instance of a participant.

        Args:
            conference_sid: The SID of the Conference.
            call_sid: The [Call](https://www.twilio.com/docs/voice/api/call-resource) SID or
                label of the participant. Non URL safe characters in a label must be percent
                encoded, for example, a space character is represented as %20.
        """
        result: Participant = await self._request("conferences.fetch_participant", locals())
        return result

    @_api_method
    def list(
        self,
        conference_sid: str,
        *,
        muted: bool | Unset = UNSET,
        hold: bool | Unset = UNSET,
        coaching: bool | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPager[Participant]:
        """Retrieve a list of participants belonging to the account used to make the request.

        Args:
            conference_sid: The SID of the Conference.
            muted (`Muted`): Whether to return only participants that are muted. Can be:
                `true` or `false`.
            hold (`Hold`): Whether to return only participants that are on hold. Can be:
                `true` or `false`.
            coaching (`Coaching`): Whether to return only participants who are coaching
                another call. Can be: `true` or `false`.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[Participant] = self._list("conferences.list_participant", locals())
        return pager

    @_api_method
    async def update(
        self,
        conference_sid: str,
        call_sid: str,
        *,
        muted: bool | Unset = UNSET,
        hold: bool | Unset = UNSET,
        hold_url: str | Unset = UNSET,
        hold_method: HttpMethod | str | Unset = UNSET,
        announce_url: str | Unset = UNSET,
        announce_method: HttpMethod | str | Unset = UNSET,
        wait_url: str | Unset = UNSET,
        wait_method: HttpMethod | str | Unset = UNSET,
        beep_on_exit: bool | Unset = UNSET,
        end_conference_on_exit: bool | Unset = UNSET,
        coaching: bool | Unset = UNSET,
        call_sid_to_coach: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Participant:
        """Update the properties of the participant.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            conference_sid: The SID of the Conference.
            call_sid: The [Call](https://www.twilio.com/docs/voice/api/call-resource) SID or
                label of the participant. Non URL safe characters in a label must be percent
                encoded, for example, a space character is represented as %20.
            muted (`Muted`): Whether the participant should be muted. Can be `true` or
                `false`. `true` will mute the participant, and `false` will un-mute them.
                Anything value other than `true` or `false` is interpreted as `false`.
            hold (`Hold`): Whether the participant should be on hold. Can be: `true` or
                `false`. `true` puts the participant on hold, and `false` lets them rejoin
                the conference.
            hold_url (`HoldUrl`): The URL we call using the `hold_method` for music that
                plays when the participant is on hold. The URL may return an MP3 file, a WAV
                file, or a TwiML document that contains `<Play>`, `<Say>`, `<Pause>`, or
                `<Redirect>` verbs.
            hold_method (`HoldMethod`): The HTTP method Twilio uses to request a callback
                URL.
            announce_url (`AnnounceUrl`): The URL we call using the `announce_method` for an
                announcement to the participant. The URL may return an MP3 file, a WAV file,
                or a TwiML document that contains `<Play>`, `<Say>`, `<Pause>`, or
                `<Redirect>` verbs.
            announce_method (`AnnounceMethod`): The HTTP method Twilio uses to request a
                callback URL.
            wait_url (`WaitUrl`): The URL that Twilio calls using the `wait_method` before
                the conference has started. The URL may return an MP3 file, a WAV file, or a
                TwiML document. The default value is the URL of our standard hold music. If
                you do not want anything to play while waiting for the conference to start,
                specify an empty string by setting `wait_url` to `''`. For more details on
                the allowable verbs within the `waitUrl`, see the `waitUrl` attribute in the
                [<Conference> TwiML
                instruction](https://www.twilio.com/docs/voice/twiml/conference#attributes-
                waiturl).
            wait_method (`WaitMethod`): The HTTP method Twilio uses to request a callback
                URL.
            beep_on_exit (`BeepOnExit`): Whether to play a notification beep to the
                conference when the participant exits. Can be: `true` or `false`.
            end_conference_on_exit (`EndConferenceOnExit`): Whether to end the conference
                when the participant leaves. Can be: `true` or `false` and defaults to
                `false`.
            coaching (`Coaching`): Whether the participant is coaching another call. Can be:
                `true` or `false`. If not present, defaults to `false` unless
                `call_sid_to_coach` is defined. If `true`, `call_sid_to_coach` must be
                defined.
            call_sid_to_coach (`CallSidToCoach`): The SID of the participant who is being
                `coached`. The participant being coached is the only participant who can
                hear the participant who is `coaching`.
        """
        result: Participant = await self._request("conferences.update_participant", locals())
        return result
