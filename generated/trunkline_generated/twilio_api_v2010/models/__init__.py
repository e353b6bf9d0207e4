"""Records and enums of this API. Each loads on first use, not with the package."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account import Account
    from .account_status import AccountStatus
    from .account_type import AccountType
    from .address import Address
    from .address_requirement import AddressRequirement
    from .application import Application
    from .available_phone_number import AvailablePhoneNumber
    from .available_phone_number_country import AvailablePhoneNumberCountry
    from .call import Call
    from .call_event import CallEvent
    from .call_recording import CallRecording
    from .call_recording_status import CallRecordingStatus
    from .call_status import CallStatus
    from .call_update_status import CallUpdateStatus
    from .conference import Conference
    from .conference_ended_reason import ConferenceEndedReason
    from .conference_recording import ConferenceRecording
    from .conference_status import ConferenceStatus
    from .conference_update_status import ConferenceUpdateStatus
    from .dependent_phone_number import DependentPhoneNumber
    from .emergency_address_status import EmergencyAddressStatus
    from .emergency_status import EmergencyStatus
    from .error import Error
    from .http_method import HttpMethod
    from .incoming_phone_number import IncomingPhoneNumber
    from .key import Key
    from .list_account_response import ListAccountResponse
    from .list_address_response import ListAddressResponse
    from .list_application_response import ListApplicationResponse
    from .list_available_phone_number_country_response import (
        ListAvailablePhoneNumberCountryResponse,
    )
    from .list_available_phone_number_response import ListAvailablePhoneNumberResponse
    from .list_call_event_response import ListCallEventResponse
    from .list_call_recording_response import ListCallRecordingResponse
    from .list_call_response import ListCallResponse
    from .list_conference_recording_response import ListConferenceRecordingResponse
    from .list_conference_response import ListConferenceResponse
    from .list_dependent_phone_number_response import ListDependentPhoneNumberResponse
    from .list_incoming_phone_number_response import ListIncomingPhoneNumberResponse
    from .list_key_response import ListKeyResponse
    from .list_media_response import ListMediaResponse
    from .list_member_response import ListMemberResponse
    from .list_message_response import ListMessageResponse
    from .list_notification_response import ListNotificationResponse
    from .list_outgoing_caller_id_response import ListOutgoingCallerIdResponse
    from .list_participant_response import ListParticipantResponse
    from .list_queue_response import ListQueueResponse
    from .list_recording_response import ListRecordingResponse
    from .list_sip_credential_list_mapping_response import ListSipCredentialListMappingResponse
    from .list_sip_credential_list_response import ListSipCredentialListResponse
    from .list_sip_credential_response import ListSipCredentialResponse
    from .list_sip_domain_auth_mapping_response import ListSipDomainAuthMappingResponse
    from .list_sip_domain_response import ListSipDomainResponse
    from .list_sip_ip_access_control_list_mapping_response import (
        ListSipIpAccessControlListMappingResponse,
    )
    from .list_sip_ip_access_control_list_response import ListSipIpAccessControlListResponse
    from .list_sip_ip_address_response import ListSipIpAddressResponse
    from .list_transcription_response import ListTranscriptionResponse
    from .list_usage_record_response import ListUsageRecordResponse
    from .list_usage_trigger_response import ListUsageTriggerResponse
    from .media import Media
    from .message import Message
    from .message_address_retention import MessageAddressRetention
    from .message_content_retention import MessageContentRetention
    from .message_direction import MessageDirection
    from .message_feedback import MessageFeedback
    from .message_feedback_outcome import MessageFeedbackOutcome
    from .message_risk_check import MessageRiskCheck
    from .message_schedule_type import MessageScheduleType
    from .message_status import MessageStatus
    from .message_traffic_type import MessageTrafficType
    from .message_update_status import MessageUpdateStatus
    from .new_key import NewKey
    from .notification import Notification
    from .notification_detail import NotificationDetail
    from .outgoing_caller_id import OutgoingCallerId
    from .page_meta import PageMeta
    from .participant import Participant
    from .participant_status import ParticipantStatus
    from .phone_number_capabilities import PhoneNumberCapabilities
    from .queue import Queue
    from .queue_member import QueueMember
    from .recording import Recording
    from .recording_source import RecordingSource
    from .recording_status import RecordingStatus
    from .sip_credential import SipCredential
    from .sip_credential_list import SipCredentialList
    from .sip_domain import SipDomain
    from .sip_domain_auth_mapping import SipDomainAuthMapping
    from .sip_domain_mapping import SipDomainMapping
    from .sip_ip_access_control_list import SipIpAccessControlList
    from .sip_ip_address import SipIpAddress
    from .transcription import Transcription
    from .transcription_status import TranscriptionStatus
    from .usage_record import UsageRecord
    from .usage_trigger import UsageTrigger
    from .usage_trigger_field import UsageTriggerField
    from .usage_trigger_recurring import UsageTriggerRecurring
    from .validation_request import ValidationRequest
    from .voice_receive_mode import VoiceReceiveMode

_MODULES: dict[str, str] = {
    "Account": "account",
    "AccountStatus": "account_status",
    "AccountType": "account_type",
    "Address": "address",
    "AddressRequirement": "address_requirement",
    "Application": "application",
    "AvailablePhoneNumber": "available_phone_number",
    "AvailablePhoneNumberCountry": "available_phone_number_country",
    "Call": "call",
    "CallEvent": "call_event",
    "CallRecording": "call_recording",
    "CallRecordingStatus": "call_recording_status",
    "CallStatus": "call_status",
    "CallUpdateStatus": "call_update_status",
    "Conference": "conference",
    "ConferenceEndedReason": "conference_ended_reason",
    "ConferenceRecording": "conference_recording",
    "ConferenceStatus": "conference_status",
    "ConferenceUpdateStatus": "conference_update_status",
    "DependentPhoneNumber": "dependent_phone_number",
    "EmergencyAddressStatus": "emergency_address_status",
    "EmergencyStatus": "emergency_status",
    "Error": "error",
    "HttpMethod": "http_method",
    "IncomingPhoneNumber": "incoming_phone_number",
    "Key": "key",
    "ListAccountResponse": "list_account_response",
    "ListAddressResponse": "list_address_response",
    "ListApplicationResponse": "list_application_response",
    "ListAvailablePhoneNumberCountryResponse": "list_available_phone_number_country_response",
    "ListAvailablePhoneNumberResponse": "list_available_phone_number_response",
    "ListCallEventResponse": "list_call_event_response",
    "ListCallRecordingResponse": "list_call_recording_response",
    "ListCallResponse": "list_call_response",
    "ListConferenceRecordingResponse": "list_conference_recording_response",
    "ListConferenceResponse": "list_conference_response",
    "ListDependentPhoneNumberResponse": "list_dependent_phone_number_response",
    "ListIncomingPhoneNumberResponse": "list_incoming_phone_number_response",
    "ListKeyResponse": "list_key_response",
    "ListMediaResponse": "list_media_response",
    "ListMemberResponse": "list_member_response",
    "ListMessageResponse": "list_message_response",
    "ListNotificationResponse": "list_notification_response",
    "ListOutgoingCallerIdResponse": "list_outgoing_caller_id_response",
    "ListParticipantResponse": "list_participant_response",
    "ListQueueResponse": "list_queue_response",
    "ListRecordingResponse": "list_recording_response",
    "ListSipCredentialListMappingResponse": "list_sip_credential_list_mapping_response",
    "ListSipCredentialListResponse": "list_sip_credential_list_response",
    "ListSipCredentialResponse": "list_sip_credential_response",
    "ListSipDomainAuthMappingResponse": "list_sip_domain_auth_mapping_response",
    "ListSipDomainResponse": "list_sip_domain_response",
    "ListSipIpAccessControlListMappingResponse": "list_sip_ip_access_control_list_mapping_response",
    "ListSipIpAccessControlListResponse": "list_sip_ip_access_control_list_response",
    "ListSipIpAddressResponse": "list_sip_ip_address_response",
    "ListTranscriptionResponse": "list_transcription_response",
    "ListUsageRecordResponse": "list_usage_record_response",
    "ListUsageTriggerResponse": "list_usage_trigger_response",
    "Media": "media",
    "Message": "message",
    "MessageAddressRetention": "message_address_retention",
    "MessageContentRetention": "message_content_retention",
    "MessageDirection": "message_direction",
    "MessageFeedback": "message_feedback",
    "MessageFeedbackOutcome": "message_feedback_outcome",
    "MessageRiskCheck": "message_risk_check",
    "MessageScheduleType": "message_schedule_type",
    "MessageStatus": "message_status",
    "MessageTrafficType": "message_traffic_type",
    "MessageUpdateStatus": "message_update_status",
    "NewKey": "new_key",
    "Notification": "notification",
    "NotificationDetail": "notification_detail",
    "OutgoingCallerId": "outgoing_caller_id",
    "PageMeta": "page_meta",
    "Participant": "participant",
    "ParticipantStatus": "participant_status",
    "PhoneNumberCapabilities": "phone_number_capabilities",
    "Queue": "queue",
    "QueueMember": "queue_member",
    "Recording": "recording",
    "RecordingSource": "recording_source",
    "RecordingStatus": "recording_status",
    "SipCredential": "sip_credential",
    "SipCredentialList": "sip_credential_list",
    "SipDomain": "sip_domain",
    "SipDomainAuthMapping": "sip_domain_auth_mapping",
    "SipDomainMapping": "sip_domain_mapping",
    "SipIpAccessControlList": "sip_ip_access_control_list",
    "SipIpAddress": "sip_ip_address",
    "Transcription": "transcription",
    "TranscriptionStatus": "transcription_status",
    "UsageRecord": "usage_record",
    "UsageTrigger": "usage_trigger",
    "UsageTriggerField": "usage_trigger_field",
    "UsageTriggerRecurring": "usage_trigger_recurring",
    "ValidationRequest": "validation_request",
    "VoiceReceiveMode": "voice_receive_mode",
}

__all__ = [
    "Account",
    "AccountStatus",
    "AccountType",
    "Address",
    "AddressRequirement",
    "Application",
    "AvailablePhoneNumber",
    "AvailablePhoneNumberCountry",
    "Call",
    "CallEvent",
    "CallRecording",
    "CallRecordingStatus",
    "CallStatus",
    "CallUpdateStatus",
    "Conference",
    "ConferenceEndedReason",
    "ConferenceRecording",
    "ConferenceStatus",
    "ConferenceUpdateStatus",
    "DependentPhoneNumber",
    "EmergencyAddressStatus",
    "EmergencyStatus",
    "Error",
    "HttpMethod",
    "IncomingPhoneNumber",
    "Key",
    "ListAccountResponse",
    "ListAddressResponse",
    "ListApplicationResponse",
    "ListAvailablePhoneNumberCountryResponse",
    "ListAvailablePhoneNumberResponse",
    "ListCallEventResponse",
    "ListCallRecordingResponse",
    "ListCallResponse",
    "ListConferenceRecordingResponse",
    "ListConferenceResponse",
    "ListDependentPhoneNumberResponse",
    "ListIncomingPhoneNumberResponse",
    "ListKeyResponse",
    "ListMediaResponse",
    "ListMemberResponse",
    "ListMessageResponse",
    "ListNotificationResponse",
    "ListOutgoingCallerIdResponse",
    "ListParticipantResponse",
    "ListQueueResponse",
    "ListRecordingResponse",
    "ListSipCredentialListMappingResponse",
    "ListSipCredentialListResponse",
    "ListSipCredentialResponse",
    "ListSipDomainAuthMappingResponse",
    "ListSipDomainResponse",
    "ListSipIpAccessControlListMappingResponse",
    "ListSipIpAccessControlListResponse",
    "ListSipIpAddressResponse",
    "ListTranscriptionResponse",
    "ListUsageRecordResponse",
    "ListUsageTriggerResponse",
    "Media",
    "Message",
    "MessageAddressRetention",
    "MessageContentRetention",
    "MessageDirection",
    "MessageFeedback",
    "MessageFeedbackOutcome",
    "MessageRiskCheck",
    "MessageScheduleType",
    "MessageStatus",
    "MessageTrafficType",
    "MessageUpdateStatus",
    "NewKey",
    "Notification",
    "NotificationDetail",
    "OutgoingCallerId",
    "PageMeta",
    "Participant",
    "ParticipantStatus",
    "PhoneNumberCapabilities",
    "Queue",
    "QueueMember",
    "Recording",
    "RecordingSource",
    "RecordingStatus",
    "SipCredential",
    "SipCredentialList",
    "SipDomain",
    "SipDomainAuthMapping",
    "SipDomainMapping",
    "SipIpAccessControlList",
    "SipIpAddress",
    "Transcription",
    "TranscriptionStatus",
    "UsageRecord",
    "UsageTrigger",
    "UsageTriggerField",
    "UsageTriggerRecurring",
    "ValidationRequest",
    "VoiceReceiveMode",
]


def __getattr__(name: str) -> Any:
    try:
        module = _MODULES[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
