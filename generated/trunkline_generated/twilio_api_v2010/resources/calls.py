"""Resource `calls`: generated from the spec. Do not edit.

create: CreateCall (POST /2010-04-01/Accounts/{AccountSid}/Calls.json)
delete: DeleteCall (DELETE /2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json)
get: FetchCall (GET /2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json)
list: ListCall (GET /2010-04-01/Accounts/{AccountSid}/Calls.json)
update: UpdateCall (POST /2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json)
"""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from trunkline._core._paging import AsyncPager, Pager
    from trunkline_generated.twilio_api_v2010.models.call import Call
    from trunkline_generated.twilio_api_v2010.models.call_status import CallStatus
    from trunkline_generated.twilio_api_v2010.models.call_update_status import CallUpdateStatus
    from trunkline_generated.twilio_api_v2010.models.http_method import HttpMethod
    from trunkline_generated.twilio_api_v2010.resources.calls_events import (
        AsyncCallsEvents,
        CallsEvents,
    )
    from trunkline_generated.twilio_api_v2010.resources.calls_notifications import (
        AsyncCallsNotifications,
        CallsNotifications,
    )
    from trunkline_generated.twilio_api_v2010.resources.calls_recordings import (
        AsyncCallsRecordings,
        CallsRecordings,
    )

__all__ = ["AsyncCalls", "Calls"]


class Calls(SyncAPIResource):
    """`calls` (CreateCall, DeleteCall, FetchCall, ListCall, UpdateCall)."""

    _package = "twilio_api_v2010"

    @cached_property
    def events(self) -> CallsEvents:
        """`calls.events`: list()"""
        resource: CallsEvents = self._child(
            "calls.events",
            "trunkline_generated.twilio_api_v2010.resources.calls_events",
            "CallsEvents",
        )
        return resource

    @cached_property
    def notifications(self) -> CallsNotifications:
        """`calls.notifications`: get(), list()"""
        resource: CallsNotifications = self._child(
            "calls.notifications",
            "trunkline_generated.twilio_api_v2010.resources.calls_notifications",
            "CallsNotifications",
        )
        return resource

    @cached_property
    def recordings(self) -> CallsRecordings:
        """`calls.recordings`: create(), delete(), get(), list(), update()"""
        resource: CallsRecordings = self._child(
            "calls.recordings",
            "trunkline_generated.twilio_api_v2010.resources.calls_recordings",
            "CallsRecordings",
        )
        return resource

    @_api_method
    def create(
        self,
        *,
        to: str,
        from_: str,
        method: HttpMethod | str | Unset = UNSET,
        fallback_url: str | Unset = UNSET,
        fallback_method: HttpMethod | str | Unset = UNSET,
        status_callback: str | Unset = UNSET,
        status_callback_event: builtins.list[str] | Unset = UNSET,
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
        recording_status_callback_event: builtins.list[str] | Unset = UNSET,
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
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Call:
        """Create a new outgoing call to phones, SIP-enabled endpoints or Twilio Client connections.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            to (`To`): The phone number, SIP address, or client identifier to call.
            from_ (`From`): The phone number or client identifier to use as the caller id.
                If using a phone number, it must be a Twilio number or a Verified [outgoing
                caller id](https://www.twilio.com/docs/voice/api/outgoing-caller-ids) for
                your account. If the `to` parameter is a phone number, `From` must also be a
                phone number.
            method (`Method`): The HTTP method Twilio uses to request a callback URL.
            fallback_url (`FallbackUrl`): The URL that we call using the `fallback_method`
                if an error occurs when requesting or executing the TwiML at `url`. If an
                `application_sid` parameter is present, this parameter is ignored.
            fallback_method (`FallbackMethod`): The HTTP method Twilio uses to request a
                callback URL.
            status_callback (`StatusCallback`): The URL we should call using the
                `status_callback_method` to send status information to your application. If
                no `status_callback_event` is specified, we will send the `completed`
                status. If an `application_sid` parameter is present, this parameter is
                ignored. URLs must contain a valid hostname (underscores are not permitted).
            status_callback_event (`StatusCallbackEvent`): The call progress events that we
                will send to the `status_callback` URL. Can be: `initiated`, `ringing`,
                `answered`, and `completed`. If no event is specified, we send the
                `completed` status. If you want to receive multiple events, specify each one
                in a separate `status_callback_event` parameter. See the code sample for
                [monitoring call progress](https://www.twilio.com/docs/voice/api/call-
                resource?code-sample=code-create-a-call-resource-and-specify-a-
                statuscallbackevent&code-sdk-version=json). If an `application_sid` is
                present, this parameter is ignored.
            status_callback_method (`StatusCallbackMethod`): The HTTP method Twilio uses to
                request a callback URL.
            send_digits (`SendDigits`): The string of keys to dial after connecting to the
                number, with a maximum length of 32 digits. Valid digits in the string
                include any digit (`0`-`9`), '`A`', '`B`', '`C`', '`D`', '`#`', and '`*`'.
                You can also use '`w`' to insert a half-second pause and '`W`' to insert a
                one-second pause. For example, to pause for one second after connecting and
                then dial extension 1234 followed by the # key, set this parameter to
                `W1234#`. Be sure to URL-encode this string because the '`#`' character has
                special meaning in a URL. If both `SendDigits` and `MachineDetection`
                parameters are provided, then `MachineDetection` will be ignored.
            ring_timeout (`Timeout`): The integer number of seconds that we should allow the
                phone to ring before assuming there is no answer. The default is `60`
                seconds and the maximum is `600` seconds. For some call flows, we will add a
                5-second buffer to the timeout value you provide. For this reason, a timeout
                value of 10 seconds could result in an actual timeout closer to 15 seconds.
                You can set this to a short time, such as `15` seconds, to hang up before
                reaching an answering machine or voicemail.
            record (`Record`): Whether to record the call. Can be `true` to record the phone
                call, or `false` to not. The default is `false`. The `recording_url` is sent
                to the `status_callback` URL.
            recording_channels (`RecordingChannels`): The number of channels in the final
                recording. Can be: `mono` or `dual`. The default is `mono`. `mono` records
                both legs of the call in a single channel of the recording file. `dual`
                records each leg to a separate channel of the recording file. The first
                channel of a dual-channel recording contains the parent call and the second
                channel contains the child call.
            recording_status_callback (`RecordingStatusCallback`): The URL that we call when
                the recording is available to be accessed.
            recording_status_callback_method (`RecordingStatusCallbackMethod`): The HTTP
                method Twilio uses to request a callback URL.
            sip_auth_username (`SipAuthUsername`): The username used to authenticate the
                caller making a SIP call.
            sip_auth_password (`SipAuthPassword`): The password required to authenticate the
                user account specified in `sip_auth_username`.
            machine_detection (`MachineDetection`): Whether to detect if a human, answering
                machine, or fax has picked up the call. Can be: `Enable` or
                `DetectMessageEnd`. Use `Enable` if you would like us to return `AnsweredBy`
                as soon as the called party is identified. Use `DetectMessageEnd`, if you
                would like to leave a message on an answering machine. If `send_digits` is
                provided, this parameter is ignored. For more information, see [Answering
                Machine Detection](https://www.twilio.com/docs/voice/answering-machine-
                detection).
            machine_detection_timeout (`MachineDetectionTimeout`): The number of seconds
                that we should attempt to detect an answering machine before timing out and
                sending a voice request with `AnsweredBy` of `unknown`. The default timeout
                is 30 seconds.
            recording_status_callback_event (`RecordingStatusCallbackEvent`): The recording
                status events that will trigger calls to the URL specified in
                `recording_status_callback`. Can be: `in-progress`, `completed` and
                `absent`. Defaults to `completed`. Separate multiple values with a space.
            trim (`Trim`): Whether to trim any leading and trailing silence from the
                recording. Can be: `trim-silence` or `do-not-trim` and the default is `trim-
                silence`.
            caller_id (`CallerId`): The phone number, SIP address, or Client identifier that
                made this call. Phone numbers are in [E.164
                format](https://wwnw.twilio.com/docs/glossary/what-e164) (e.g.,
                +16175551212). SIP addresses are formatted as `name@company.com`.
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
            async_amd (`AsyncAmd`): Select whether to perform answering machine detection in
                the background. Default, blocks the execution of the call until Answering
                Machine Detection is completed. Can be: `true` or `false`.
            async_amd_status_callback (`AsyncAmdStatusCallback`): The URL that we should
                call using the `async_amd_status_callback_method` to notify customer
                application whether the call was answered by human, machine or fax.
            async_amd_status_callback_method (`AsyncAmdStatusCallbackMethod`): The HTTP
                method Twilio uses to request a callback URL.
            byoc (`Byoc`): The SID of a BYOC (Bring Your Own Carrier) trunk to route this
                call with. Note that `byoc` is only meaningful when `to` is a phone number;
                it will otherwise be ignored. (Beta)
            call_reason (`CallReason`): The Reason for the outgoing call. Use it to specify
                the purpose of the call that is presented on the called party's phone.
                (Branded Calls Beta)
            call_token (`CallToken`): A token string needed to invoke a forwarded call. A
                call_token is generated when an incoming call is received on a Twilio
                number. Pass an incoming call's call_token value to a forwarded call via the
                call_token parameter when creating a new call. A forwarded call should bear
                the same CallerID of the original incoming call.
            recording_track (`RecordingTrack`): The audio track to record for the call. Can
                be: `inbound`, `outbound` or `both`. The default is `both`. `inbound`
                records the audio that is received by Twilio. `outbound` records the audio
                that is generated from Twilio. `both` records the audio that is received and
                generated by Twilio.
            time_limit (`TimeLimit`): The maximum duration of the call in seconds.
                Constraints depend on account and configuration.
            client_notification_url (`ClientNotificationUrl`): The URL that we should use to
                deliver `push call notification`.
            url (`Url`): The absolute URL that returns the TwiML instructions for the call.
                We will call this URL using the `method` when the call connects. For more
                information, see the [Url Parameter](https://www.twilio.com/docs/voice/make-
                calls#specify-a-url-parameter) section in [Making
                Calls](https://www.twilio.com/docs/voice/make-calls).
            twiml (`Twiml`): TwiML instructions for the call Twilio will use without
                fetching Twiml from url parameter. If both `twiml` and `url` are provided
                then `twiml` parameter will be ignored. Max 4000 characters.
            application_sid (`ApplicationSid`): The SID of the Application resource that
                will handle the call, if the call will be handled by an application.
        """
        result: Call = self._request("calls.create_call", locals())
        return result

    @_api_method
    def delete(
        self,
        sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Delete a Call record from your account.

        Args:
            sid: The SID of the Call resource.
        """
        self._request("calls.delete_call", locals())

    @_api_method
    def get(
        self,
        sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Call:
        """Fetch the call specified by the provided Call SID.

        Args:
            sid: The SID of the Call resource.
        """
        result: Call = self._request("calls.fetch_call", locals())
        return result

    @_api_method
    def list(
        self,
        *,
        to: str | Unset = UNSET,
        from_: str | Unset = UNSET,
        parent_call_sid: str | Unset = UNSET,
        status: CallStatus | str | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        start_time_before: datetime.datetime | Unset = UNSET,
        start_time_after: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        end_time_before: datetime.datetime | Unset = UNSET,
        end_time_after: datetime.datetime | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Pager[Call]:
        """Retrieves a collection of calls made to and from your account.

        Args:
            to (`To`): Only show calls made to this phone number, SIP address, Client
                identifier or SIM SID.
            from_ (`From`): Only include calls from this phone number, SIP address, Client
                identifier or SIM SID.
            parent_call_sid (`ParentCallSid`): Only include calls spawned by calls with this
                SID.
            status (`Status`): The status of this call. Can be: `queued`, `ringing`, `in-
                progress`, `canceled`, `completed`, `failed`, `busy` or `no-answer`. See
                [Call Status Values](https://www.twilio.com/docs/voice/api/call-
                resource#call-status-values) below for more information.
            start_time (`StartTime`): Only include calls that started on this date. Specify
                a date as `YYYY-MM-DD` in UTC, for example: `2009-07-06`, to read only calls
                that started on this date.
            start_time_before (`StartTime<`): Only include calls that started before this
                date. Specify a date as `YYYY-MM-DD` in UTC, for example: `2009-07-06`, to
                read only calls that started before this date.
            start_time_after (`StartTime>`): Only include calls that started on or after
                this date. Specify a date as `YYYY-MM-DD` in UTC, for example: `2009-07-06`,
                to read only calls that started on or after this date.
            end_time (`EndTime`): Only include calls that ended on this date. Specify a date
                as `YYYY-MM-DD` in UTC, for example: `2009-07-06`, to read only calls that
                ended on this date.
            end_time_before (`EndTime<`): Only include calls that ended before this date.
                Specify a date as `YYYY-MM-DD` in UTC, for example: `2009-07-06`, to read
                only calls that ended before this date.
            end_time_after (`EndTime>`): Only include calls that ended on or after this
                date. Specify a date as `YYYY-MM-DD` in UTC, for example: `2009-07-06`, to
                read only calls that ended on or after this date.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[Call] = self._list("calls.list_call", locals())
        return pager

    @_api_method
    def update(
        self,
        sid: str,
        *,
        url: str | Unset = UNSET,
        method: HttpMethod | str | Unset = UNSET,
        status: CallUpdateStatus | str | Unset = UNSET,
        fallback_url: str | Unset = UNSET,
        fallback_method: HttpMethod | str | Unset = UNSET,
        status_callback: str | Unset = UNSET,
        status_callback_method: HttpMethod | str | Unset = UNSET,
        twiml: str | Unset = UNSET,
        time_limit: int | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Call:
        """Initiates a call redirect or terminates a call.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            sid: The SID of the Call resource.
            url (`Url`): The absolute URL that returns the TwiML instructions for the call.
                We will call this URL using the `method` when the call connects. For more
                information, see the [Url Parameter](https://www.twilio.com/docs/voice/make-
                calls#specify-a-url-parameter) section in [Making
                Calls](https://www.twilio.com/docs/voice/make-calls).
            method (`Method`): The HTTP method Twilio uses to request a callback URL.
            status (`Status`): `Status`.
            fallback_url (`FallbackUrl`): The URL that we call using the `fallback_method`
                if an error occurs when requesting or executing the TwiML at `url`. If an
                `application_sid` parameter is present, this parameter is ignored.
            fallback_method (`FallbackMethod`): The HTTP method Twilio uses to request a
                callback URL.
            status_callback (`StatusCallback`): The URL we should call using the
                `status_callback_method` to send status information to your application. If
                no `status_callback_event` is specified, we will send the `completed`
                status. If an `application_sid` parameter is present, this parameter is
                ignored. URLs must contain a valid hostname (underscores are not permitted).
            status_callback_method (`StatusCallbackMethod`): The HTTP method Twilio uses to
                request a callback URL.
            twiml (`Twiml`): TwiML instructions for the call Twilio will use without
                fetching Twiml from url. Twiml and url parameters are mutually exclusive
            time_limit (`TimeLimit`): The maximum duration of the call in seconds.
                Constraints depend on account and configuration.
        """
        result: Call = self._request("calls.update_call", locals())
        return result


class AsyncCalls(AsyncAPIResource):
    """`calls` (CreateCall, DeleteCall, FetchCall, ListCall, UpdateCall). Awaitable."""

    _package = "twilio_api_v2010"

    @cached_property
    def events(self) -> AsyncCallsEvents:
        """`calls.events`: list()"""
        resource: AsyncCallsEvents = self._child(
            "calls.events",
            "trunkline_generated.twilio_api_v2010.resources.calls_events",
            "AsyncCallsEvents",
        )
        return resource

    @cached_property
    def notifications(self) -> AsyncCallsNotifications:
        """`calls.notifications`: get(), list()"""
        resource: AsyncCallsNotifications = self._child(
            "calls.notifications",
            "trunkline_generated.twilio_api_v2010.resources.calls_notifications",
            "AsyncCallsNotifications",
        )
        return resource

    @cached_property
    def recordings(self) -> AsyncCallsRecordings:
        """`calls.recordings`: create(), delete(), get(), list(), update()"""
        resource: AsyncCallsRecordings = self._child(
            "calls.recordings",
            "trunkline_generated.twilio_api_v2010.resources.calls_recordings",
            "AsyncCallsRecordings",
        )
        return resource

    @_api_method
    async def create(
        self,
        *,
        to: str,
        from_: str,
        method: HttpMethod | str | Unset = UNSET,
        fallback_url: str | Unset = UNSET,
        fallback_method: HttpMethod | str | Unset = UNSET,
        status_callback: str | Unset = UNSET,
        status_callback_event: builtins.list[str] | Unset = UNSET,
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
        recording_status_callback_event: builtins.list[str] | Unset = UNSET,
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
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Call:
        """Create a new outgoing call to phones, SIP-enabled endpoints or Twilio Client connections.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            to (`To`): The phone number, SIP address, or client identifier to call.
            from_ (`From`): The phone number or client identifier to use as the caller id.
                If using a phone number, it must be a Twilio number or a Verified [outgoing
                caller id](https://www.twilio.com/docs/voice/api/outgoing-caller-ids) for
                your account. If the `to` parameter is a phone number, `From` must also be a
                phone number.
            method (`Method`): The HTTP method Twilio uses to request a callback URL.
            fallback_url (`FallbackUrl`): The URL that we call using the `fallback_method`
                if an error occurs when requesting or executing the TwiML at `url`. If an
                `application_sid` parameter is present, this parameter is ignored.
            fallback_method (`FallbackMethod`): The HTTP method Twilio uses to request a
                callback URL.
            status_callback (`StatusCallback`): The URL we should call using the
                `status_callback_method` to send status information to your application. If
                no `status_callback_event` is specified, we will send the `completed`
                status. If an `application_sid` parameter is present, this parameter is
                ignored. URLs must contain a valid hostname (underscores are not permitted).
            status_callback_event (`StatusCallbackEvent`): The call progress events that we
                will send to the `status_callback` URL. Can be: `initiated`, `ringing`,
                `answered`, and `completed`. If no event is specified, we send the
                `completed` status. If you want to receive multiple events, specify each one
                in a separate `status_callback_event` parameter. See the code sample for
                [monitoring call progress](https://www.twilio.com/docs/voice/api/call-
                resource?code-sample=code-create-a-call-resource-and-specify-a-
                statuscallbackevent&code-sdk-version=json). If an `application_sid` is
                present, this parameter is ignored.
            status_callback_method (`StatusCallbackMethod`): The HTTP method Twilio uses to
                request a callback URL.
            send_digits (`SendDigits`): The string of keys to dial after connecting to the
                number, with a maximum length of 32 digits. Valid digits in the string
                include any digit (`0`-`9`), '`A`', '`B`', '`C`', '`D`', '`#`', and '`*`'.
                You can also use '`w`' to insert a half-second pause and '`W`' to insert a
                one-second pause. For example, to pause for one second after connecting and
                then dial extension 1234 followed by the # key, set this parameter to
                `W1234#`. Be sure to URL-encode this string because the '`#`' character has
                special meaning in a URL. If both `SendDigits` and `MachineDetection`
                parameters are provided, then `MachineDetection` will be ignored.
            ring_timeout (`Timeout`): The integer number of seconds that we should allow the
                phone to ring before assuming there is no answer. The default is `60`
                seconds and the maximum is `600` seconds. For some call flows, we will add a
                5-second buffer to the timeout value you provide. For this reason, a timeout
                value of 10 seconds could result in an actual timeout closer to 15 seconds.
                You can set this to a short time, such as `15` seconds, to hang up before
                reaching an answering machine or voicemail.
            record (`Record`): Whether to record the call. Can be `true` to record the phone
                call, or `false` to not. The default is `false`. The `recording_url` is sent
                to the `status_callback` URL.
            recording_channels (`RecordingChannels`): The number of channels in the final
                recording. Can be: `mono` or `dual`. The default is `mono`. `mono` records
                both legs of the call in a single channel of the recording file. `dual`
                records each leg to a separate channel of the recording file. The first
                channel of a dual-channel recording contains the parent call and the second
                channel contains the child call.
            recording_status_callback (`RecordingStatusCallback`): The URL that we call when
                the recording is available to be accessed.
            recording_status_callback_method (`RecordingStatusCallbackMethod`): The HTTP
                method Twilio uses to request a callback URL.
            sip_auth_username (`SipAuthUsername`): The username used to authenticate the
                caller making a SIP call.
            sip_auth_password (`SipAuthPassword`): The password required to authenticate the
                user account specified in `sip_auth_username`.
            machine_detection (`MachineDetection`): Whether to detect if a human, answering
                machine, or fax has picked up the call. Can be: `Enable` or
                `DetectMessageEnd`. Use `Enable` if you would like us to return `AnsweredBy`
                as soon as the called party is identified. Use `DetectMessageEnd`, if you
                would like to leave a message on an answering machine. If `send_digits` is
                provided, this parameter is ignored. For more information, see [Answering
                Machine Detection](https://www.twilio.com/docs/voice/answering-machine-
                detection).
            machine_detection_timeout (`MachineDetectionTimeout`): The number of seconds
                that we should attempt to detect an answering machine before timing out and
                sending a voice request with `AnsweredBy` of `unknown`. The default timeout
                is 30 seconds.
            recording_status_callback_event (`RecordingStatusCallbackEvent`): The recording
                status events that will trigger calls to the URL specified in
                `recording_status_callback`. Can be: `in-progress`, `completed` and
                `absent`. Defaults to `completed`. Separate multiple values with a space.
            trim (`Trim`): Whether to trim any leading and trailing silence from the
                recording. Can be: `trim-silence` or `do-not-trim` and the default is `trim-
                silence`.
            caller_id (`CallerId`): The phone number, SIP address, or Client identifier that
                made this call. Phone numbers are in [E.164
                format](https://wwnw.twilio.com/docs/glossary/what-e164) (e.g.,
                +16175551212). SIP addresses are formatted as `name@company.com`.
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
            async_amd (`AsyncAmd`): Select whether to perform answering machine detection in
                the background. Default, blocks the execution of the call until Answering
                Machine Detection is completed. Can be: `true` or `false`.
            async_amd_status_callback (`AsyncAmdStatusCallback`): The URL that we should
                call using the `async_amd_status_callback_method` to notify customer
                application whether the call was answered by human, machine or fax.
            async_amd_status_callback_method (`AsyncAmdStatusCallbackMethod`): The HTTP
                method Twilio uses to request a callback URL.
            byoc (`Byoc`): The SID of a BYOC (Bring Your Own Carrier) trunk to route this
                call with. Note that `byoc` is only meaningful when `to` is a phone number;
                it will otherwise be ignored. (Beta)
            call_reason (`CallReason`): The Reason for the outgoing call. Use it to specify
                the purpose of the call that is presented on the called party's phone.
                (Branded Calls Beta)
            call_token (`CallToken`): A token string needed to invoke a forwarded call. A
                call_token is generated when an incoming call is received on a Twilio
                number. Pass an incoming call's call_token value to a forwarded call via the
                call_token parameter when creating a new call. A forwarded call should bear
                the same CallerID of the original incoming call.
            recording_track (`RecordingTrack`): The audio track to record for the call. Can
                be: `inbound`, `outbound` or `both`. The default is `both`. `inbound`
                records the audio that is received by Twilio. `outbound` records the audio
                that is generated from Twilio. `both` records the audio that is received and
                generated by Twilio.
            time_limit (`TimeLimit`): The maximum duration of the call in seconds.
                Constraints depend on account and configuration.
            client_notification_url (`ClientNotificationUrl`): The URL that we should use to
                deliver `push call notification`.
            url (`Url`): The absolute URL that returns the TwiML instructions for the call.
                We will call this URL using the `method` when the call connects. For more
                information, see the [Url Parameter](https://www.twilio.com/docs/voice/make-
                calls#specify-a-url-parameter) section in [Making
                Calls](https://www.twilio.com/docs/voice/make-calls).
            twiml (`Twiml`): TwiML instructions for the call Twilio will use without
                fetching Twiml from url parameter. If both `twiml` and `url` are provided
                then `twiml` parameter will be ignored. Max 4000 characters.
            application_sid (`ApplicationSid`): The SID of the Application resource that
                will handle the call, if the call will be handled by an application.
        """
        result: Call = await self._request("calls.create_call", locals())
        return result

    @_api_method
    async def delete(
        self,
        sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Delete a Call record from your account.

        Args:
            sid: The SID of the Call resource.
        """
        await self._request("calls.delete_call", locals())

    @_api_method
    async def get(
        self,
        sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Call:
        """Fetch the call specified by the provided Call SID.

        Args:
            sid: The SID of the Call resource.
        """
        result: Call = await self._request("calls.fetch_call", locals())
        return result

    @_api_method
    def list(
        self,
        *,
        to: str | Unset = UNSET,
        from_: str | Unset = UNSET,
        parent_call_sid: str | Unset = UNSET,
        status: CallStatus | str | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        start_time_before: datetime.datetime | Unset = UNSET,
        start_time_after: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        end_time_before: datetime.datetime | Unset = UNSET,
        end_time_after: datetime.datetime | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPager[Call]:
        """Retrieves a collection of calls made to and from your account.

        Args:
            to (`To`): Only show calls made to this phone number, SIP address, Client
                identifier or SIM SID.
            from_ (`From`): Only include calls from this phone number, SIP address, Client
                identifier or SIM SID.
            parent_call_sid (`ParentCallSid`): Only include calls spawned by calls with this
                SID.
            status (`Status`): The status of this call. Can be: `queued`, `ringing`, `in-
                progress`, `canceled`, `completed`, `failed`, `busy` or `no-answer`. See
                [Call Status Values](https://www.twilio.com/docs/voice/api/call-
                resource#call-status-values) below for more information.
            start_time (`StartTime`): Only include calls that started on this date. Specify
                a date as `YYYY-MM-DD` in UTC, for example: `2009-07-06`, to read only calls
                that started on this date.
            start_time_before (`StartTime<`): Only include calls that started before this
                date. Specify a date as `YYYY-MM-DD` in UTC, for example: `2009-07-06`, to
                read only calls that started before this date.
            start_time_after (`StartTime>`): Only include calls that started on or after
                this date. Specify a date as `YYYY-MM-DD` in UTC, for example: `2009-07-06`,
                to read only calls that started on or after this date.
            end_time (`EndTime`): Only include calls that ended on this date. Specify a date
                as `YYYY-MM-DD` in UTC, for example: `2009-07-06`, to read only calls that
                ended on this date.
            end_time_before (`EndTime<`): Only include calls that ended before this date.
                Specify a date as `YYYY-MM-DD` in UTC, for example: `2009-07-06`, to read
                only calls that ended before this date.
            end_time_after (`EndTime>`): Only include calls that ended on or after this
                date. Specify a date as `YYYY-MM-DD` in UTC, for example: `2009-07-06`, to
                read only calls that ended on or after this date.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[Call] = self._list("calls.list_call", locals())
        return pager

    @_api_method
    async def update(
        self,
        sid: str,
        *,
        url: str | Unset = UNSET,
        method: HttpMethod | str | Unset = UNSET,
        status: CallUpdateStatus | str | Unset = UNSET,
        fallback_url: str | Unset = UNSET,
        fallback_method: HttpMethod | str | Unset = UNSET,
        status_callback: str | Unset = UNSET,
        status_callback_method: HttpMethod | str | Unset = UNSET,
        twiml: str | Unset = UNSET,
        time_limit: int | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Call:
        """Initiates a call redirect or terminates a call.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            sid: The SID of the Call resource.
            url (`Url`): The absolute URL that returns the TwiML instructions for the call.
                We will call this URL using the `method` when the call connects. For more
                information, see the [Url Parameter](https://www.twilio.com/docs/voice/make-
                calls#specify-a-url-parameter) section in [Making
                Calls](https://www.twilio.com/docs/voice/make-calls).
            method (`Method`): The HTTP method Twilio uses to request a callback URL.
            status (`Status`): `Status`.
            fallback_url (`FallbackUrl`): The URL that we call using the `fallback_method`
                if an error occurs when requesting or executing the TwiML at `url`. If an
                `application_sid` parameter is present, this parameter is ignored.
            fallback_method (`FallbackMethod`): The HTTP method Twilio uses to request a
                callback URL.
            status_callback (`StatusCallback`): The URL we should call using the
                `status_callback_method` to send status information to your application. If
                no `status_callback_event` is specified, we will send the `completed`
                status. If an `application_sid` parameter is present, this parameter is
                ignored. URLs must contain a valid hostname (underscores are not permitted).
            status_callback_method (`StatusCallbackMethod`): The HTTP method Twilio uses to
                request a callback URL.
            twiml (`Twiml`): TwiML instructions for the call Twilio will use without
                fetching Twiml from url. Twiml and url parameters are mutually exclusive
            time_limit (`TimeLimit`): The maximum duration of the call in seconds.
                Constraints depend on account and configuration.
        """
        result: Call = await self._request("calls.update_call", locals())
        return result
