"""The requests Twilio sends to an application's webhook URLs.

Pydantic models generated from specs/webhooks/twilio.yaml by generator/webhook_models.py
(datamodel-code-generator). Do not edit: change the spec and run `make generate`.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from trunkline_generated.webhooks._types import RFC2822Datetime


class Webhook(BaseModel):
    """
    Any request Twilio signs; the fields every one of them carries.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    account_sid: Annotated[str | None, Field(alias="AccountSid")] = None
    """
    The account the request is about (`AC...`).
    """
    api_version: Annotated[str | None, Field(alias="ApiVersion")] = None
    """
    The API version of the request (`2010-04-01`).
    """


class MessageRequest(Webhook):
    """
    The fields of every messaging request.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    message_sid: Annotated[str, Field(alias="MessageSid")]
    """
    The message (`SM...` or `MM...`).
    """
    sms_sid: Annotated[str | None, Field(alias="SmsSid")] = None
    """
    The message's SID again (older name).
    """
    messaging_service_sid: Annotated[str | None, Field(alias="MessagingServiceSid")] = None
    """
    The Messaging Service of the message (`MG...`).
    """
    from_: Annotated[str | None, Field(alias="From")] = None
    """
    The sender (a number, `whatsapp:+...`, ...).
    """
    to: Annotated[str | None, Field(alias="To")] = None
    """
    The recipient.
    """


class IncomingMessage(MessageRequest):
    """
    A message arrived at one of your numbers.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    sms_message_sid: Annotated[str | None, Field(alias="SmsMessageSid")] = None
    """
    The message's SID again (older name).
    """
    sms_status: Annotated[str | None, Field(alias="SmsStatus")] = None
    """
    received.
    """
    body: Annotated[str | None, Field(alias="Body")] = None
    """
    The text of the message.
    """
    num_media: Annotated[int | None, Field(alias="NumMedia")] = None
    """
    How many media files came with it (`MediaUrl0`, `MediaUrl1`, ...).
    """
    num_segments: Annotated[int | None, Field(alias="NumSegments")] = None
    """
    How many SMS segments it arrived in.
    """
    media_url0: Annotated[str | None, Field(alias="MediaUrl0")] = None
    """
    The first media file (`MediaUrl1`, ... are unknown fields).
    """
    media_content_type0: Annotated[str | None, Field(alias="MediaContentType0")] = None
    """
    The first media file's content type.
    """
    profile_name: Annotated[str | None, Field(alias="ProfileName")] = None
    """
    The sender's WhatsApp profile name.
    """
    wa_id: Annotated[str | None, Field(alias="WaId")] = None
    """
    The sender's WhatsApp id.
    """
    from_city: Annotated[str | None, Field(alias="FromCity")] = None
    """
    The sender's city.
    """
    from_state: Annotated[str | None, Field(alias="FromState")] = None
    """
    The sender's state or province.
    """
    from_zip: Annotated[str | None, Field(alias="FromZip")] = None
    """
    The sender's postal code.
    """
    from_country: Annotated[str | None, Field(alias="FromCountry")] = None
    """
    The sender's country (ISO 3166-1).
    """
    to_city: Annotated[str | None, Field(alias="ToCity")] = None
    """
    The recipient's city.
    """
    to_state: Annotated[str | None, Field(alias="ToState")] = None
    """
    The recipient's state or province.
    """
    to_zip: Annotated[str | None, Field(alias="ToZip")] = None
    """
    The recipient's postal code.
    """
    to_country: Annotated[str | None, Field(alias="ToCountry")] = None
    """
    The recipient's country (ISO 3166-1).
    """


class MessageStatusCallback(MessageRequest):
    """
    An outbound message changed status.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    message_status: Annotated[str, Field(alias="MessageStatus")]
    """
    queued, sending, sent, failed, delivered, undelivered, receiving, received, accepted, scheduled, read, partially_delivered or canceled.
    """
    sms_status: Annotated[str | None, Field(alias="SmsStatus")] = None
    """
    The status again (older name).
    """
    error_code: Annotated[int | None, Field(alias="ErrorCode")] = None
    """
    Twilio's error code, when the message failed or was undelivered.
    """
    error_message: Annotated[str | None, Field(alias="ErrorMessage")] = None
    """
    What went wrong, when Twilio says.
    """
    raw_dlr_done_date: Annotated[str | None, Field(alias="RawDlrDoneDate")] = None
    """
    The carrier's delivery time, `YYMMDDhhmm`, as the carrier sent it.
    """
    channel_to_address: Annotated[str | None, Field(alias="ChannelToAddress")] = None
    """
    The recipient as the channel addressed it.
    """


class VoiceRequest(Webhook):
    """
    The fields of every voice request.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    call_sid: Annotated[str, Field(alias="CallSid")]
    """
    The call (`CA...`).
    """
    call_status: Annotated[str | None, Field(alias="CallStatus")] = None
    """
    queued, initiated, ringing, in-progress, completed, busy, failed, no-answer or canceled.
    """
    from_: Annotated[str | None, Field(alias="From")] = None
    """
    The caller (a number, `client:...` or `sip:...`).
    """
    to: Annotated[str | None, Field(alias="To")] = None
    """
    The called party.
    """
    called: Annotated[str | None, Field(alias="Called")] = None
    """
    The called number, as Twilio saw it.
    """
    caller: Annotated[str | None, Field(alias="Caller")] = None
    """
    The calling number, as Twilio saw it.
    """
    direction: Annotated[str | None, Field(alias="Direction")] = None
    """
    inbound, outbound-api or outbound-dial.
    """
    forwarded_from: Annotated[str | None, Field(alias="ForwardedFrom")] = None
    """
    The number that forwarded the call, when the carrier says.
    """
    caller_name: Annotated[str | None, Field(alias="CallerName")] = None
    """
    The caller's name (CNAM lookups enabled).
    """
    parent_call_sid: Annotated[str | None, Field(alias="ParentCallSid")] = None
    """
    The call that created this one (a `<Dial>` leg).
    """
    call_token: Annotated[str | None, Field(alias="CallToken")] = None
    """
    A token to forward the caller id to another call.
    """
    stir_verstat: Annotated[str | None, Field(alias="StirVerstat")] = None
    """
    The SHAKEN/STIR attestation of the caller id.
    """
    from_city: Annotated[str | None, Field(alias="FromCity")] = None
    """
    The caller's city.
    """
    from_state: Annotated[str | None, Field(alias="FromState")] = None
    """
    The caller's state or province.
    """
    from_zip: Annotated[str | None, Field(alias="FromZip")] = None
    """
    The caller's postal code.
    """
    from_country: Annotated[str | None, Field(alias="FromCountry")] = None
    """
    The caller's country (ISO 3166-1).
    """
    to_city: Annotated[str | None, Field(alias="ToCity")] = None
    """
    The called party's city.
    """
    to_state: Annotated[str | None, Field(alias="ToState")] = None
    """
    The called party's state or province.
    """
    to_zip: Annotated[str | None, Field(alias="ToZip")] = None
    """
    The called party's postal code.
    """
    to_country: Annotated[str | None, Field(alias="ToCountry")] = None
    """
    The called party's country (ISO 3166-1).
    """


class CallStatusCallback(VoiceRequest):
    """
    A call reached one of the `StatusCallbackEvent`s asked for.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        arbitrary_types_allowed=True,
    )
    callback_source: Annotated[str | None, Field(alias="CallbackSource")] = None
    """
    Where the callback comes from (`call-progress-events`).
    """
    sequence_number: Annotated[int | None, Field(alias="SequenceNumber")] = None
    """
    The order of the callbacks of one call, from 0.
    """
    timestamp: Annotated[RFC2822Datetime | None, Field(alias="Timestamp")] = None
    """
    When the event happened.
    """
    call_duration: Annotated[int | None, Field(alias="CallDuration")] = None
    """
    The call's length in seconds (completed calls).
    """
    duration: Annotated[int | None, Field(alias="Duration")] = None
    """
    The billed length in whole minutes (completed calls).
    """
    sip_response_code: Annotated[int | None, Field(alias="SipResponseCode")] = None
    """
    The SIP response code of the call's end.
    """
    answered_by: Annotated[str | None, Field(alias="AnsweredBy")] = None
    """
    human, machine_start, fax, ... (answering machine detection).
    """
    recording_url: Annotated[str | None, Field(alias="RecordingUrl")] = None
    """
    The call's recording, when it was recorded.
    """
    recording_sid: Annotated[str | None, Field(alias="RecordingSid")] = None
    """
    The recording's SID (`RE...`).
    """
    recording_duration: Annotated[int | None, Field(alias="RecordingDuration")] = None
    """
    The recording's length in seconds.
    """


class IncomingCall(VoiceRequest):
    """
    Twilio asks for TwiML: a call came in on one of your numbers, an outbound call was answered, or a `<Gather>` / `<Record>` finished (then with its result fields).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    digits: Annotated[str | None, Field(alias="Digits")] = None
    """
    The keys the caller pressed (`<Gather>`, `<Record finishOnKey>`).
    """
    speech_result: Annotated[str | None, Field(alias="SpeechResult")] = None
    """
    What the caller said (`<Gather input="speech">`).
    """
    confidence: Annotated[float | None, Field(alias="Confidence")] = None
    """
    How sure the speech recognition is, 0 to 1.
    """
    recording_url: Annotated[str | None, Field(alias="RecordingUrl")] = None
    """
    The recording (`<Record>`).
    """
    recording_sid: Annotated[str | None, Field(alias="RecordingSid")] = None
    """
    The recording's SID (`RE...`).
    """
    recording_duration: Annotated[int | None, Field(alias="RecordingDuration")] = None
    """
    The recording's length in seconds.
    """
