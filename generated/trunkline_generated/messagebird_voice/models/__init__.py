"""Records and enums of this API. Each loads on first use, not with the package."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .call import Call
    from .call_flow import CallFlow
    from .call_flow_number import CallFlowNumber
    from .call_flow_response import CallFlowResponse
    from .call_response import CallResponse
    from .call_status import CallStatus
    from .call_webhook import CallWebhook
    from .error import Error
    from .error_response import ErrorResponse
    from .fetch_call_flow_options import FetchCallFlowOptions
    from .fetch_call_flow_step import FetchCallFlowStep
    from .finish_on_key import FinishOnKey
    from .hangup_step import HangupStep
    from .if_machine import IfMachine
    from .inline_call_flow import InlineCallFlow
    from .leg import Leg
    from .leg_direction import LegDirection
    from .leg_response import LegResponse
    from .leg_status import LegStatus
    from .list_call_flow_numbers_response import ListCallFlowNumbersResponse
    from .list_call_flows_response import ListCallFlowsResponse
    from .list_calls_response import ListCallsResponse
    from .list_legs_response import ListLegsResponse
    from .list_recordings_response import ListRecordingsResponse
    from .list_transcriptions_response import ListTranscriptionsResponse
    from .list_webhooks_response import ListWebhooksResponse
    from .pagination import Pagination
    from .pause_options import PauseOptions
    from .pause_step import PauseStep
    from .play_options import PlayOptions
    from .play_step import PlayStep
    from .record_options import RecordOptions
    from .record_step import RecordStep
    from .recording import Recording
    from .recording_format import RecordingFormat
    from .recording_response import RecordingResponse
    from .recording_status import RecordingStatus
    from .say_language import SayLanguage
    from .say_options import SayOptions
    from .say_step import SayStep
    from .say_voice import SayVoice
    from .step_condition import StepCondition
    from .transcription import Transcription
    from .transcription_language import TranscriptionLanguage
    from .transcription_response import TranscriptionResponse
    from .transcription_status import TranscriptionStatus
    from .transfer_options import TransferOptions
    from .transfer_record import TransferRecord
    from .transfer_step import TransferStep
    from .webhook import Webhook
    from .webhook_response import WebhookResponse

_MODULES: dict[str, str] = {
    "Call": "call",
    "CallFlow": "call_flow",
    "CallFlowNumber": "call_flow_number",
    "CallFlowResponse": "call_flow_response",
    "CallResponse": "call_response",
    "CallStatus": "call_status",
    "CallWebhook": "call_webhook",
    "Error": "error",
    "ErrorResponse": "error_response",
    "FetchCallFlowOptions": "fetch_call_flow_options",
    "FetchCallFlowStep": "fetch_call_flow_step",
    "FinishOnKey": "finish_on_key",
    "HangupStep": "hangup_step",
    "IfMachine": "if_machine",
    "InlineCallFlow": "inline_call_flow",
    "Leg": "leg",
    "LegDirection": "leg_direction",
    "LegResponse": "leg_response",
    "LegStatus": "leg_status",
    "ListCallFlowNumbersResponse": "list_call_flow_numbers_response",
    "ListCallFlowsResponse": "list_call_flows_response",
    "ListCallsResponse": "list_calls_response",
    "ListLegsResponse": "list_legs_response",
    "ListRecordingsResponse": "list_recordings_response",
    "ListTranscriptionsResponse": "list_transcriptions_response",
    "ListWebhooksResponse": "list_webhooks_response",
    "Pagination": "pagination",
    "PauseOptions": "pause_options",
    "PauseStep": "pause_step",
    "PlayOptions": "play_options",
    "PlayStep": "play_step",
    "RecordOptions": "record_options",
    "RecordStep": "record_step",
    "Recording": "recording",
    "RecordingFormat": "recording_format",
    "RecordingResponse": "recording_response",
    "RecordingStatus": "recording_status",
    "SayLanguage": "say_language",
    "SayOptions": "say_options",
    "SayStep": "say_step",
    "SayVoice": "say_voice",
    "StepCondition": "step_condition",
    "Transcription": "transcription",
    "TranscriptionLanguage": "transcription_language",
    "TranscriptionResponse": "transcription_response",
    "TranscriptionStatus": "transcription_status",
    "TransferOptions": "transfer_options",
    "TransferRecord": "transfer_record",
    "TransferStep": "transfer_step",
    "Webhook": "webhook",
    "WebhookResponse": "webhook_response",
}

__all__ = [
    "Call",
    "CallFlow",
    "CallFlowNumber",
    "CallFlowResponse",
    "CallResponse",
    "CallStatus",
    "CallWebhook",
    "Error",
    "ErrorResponse",
    "FetchCallFlowOptions",
    "FetchCallFlowStep",
    "FinishOnKey",
    "HangupStep",
    "IfMachine",
    "InlineCallFlow",
    "Leg",
    "LegDirection",
    "LegResponse",
    "LegStatus",
    "ListCallFlowNumbersResponse",
    "ListCallFlowsResponse",
    "ListCallsResponse",
    "ListLegsResponse",
    "ListRecordingsResponse",
    "ListTranscriptionsResponse",
    "ListWebhooksResponse",
    "Pagination",
    "PauseOptions",
    "PauseStep",
    "PlayOptions",
    "PlayStep",
    "RecordOptions",
    "RecordStep",
    "Recording",
    "RecordingFormat",
    "RecordingResponse",
    "RecordingStatus",
    "SayLanguage",
    "SayOptions",
    "SayStep",
    "SayVoice",
    "StepCondition",
    "Transcription",
    "TranscriptionLanguage",
    "TranscriptionResponse",
    "TranscriptionStatus",
    "TransferOptions",
    "TransferRecord",
    "TransferStep",
    "Webhook",
    "WebhookResponse",
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
