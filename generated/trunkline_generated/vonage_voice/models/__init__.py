"""Records and enums of this API. Each loads on first use, not with the package."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .call import Call
    from .call_action import CallAction
    from .call_command_response import CallCommandResponse
    from .call_direction import CallDirection
    from .call_endpoint_phone import CallEndpointPhone
    from .call_endpoint_sip import CallEndpointSip
    from .call_endpoint_vbc import CallEndpointVbc
    from .call_endpoint_websocket import CallEndpointWebsocket
    from .call_leg_endpoint import CallLegEndpoint
    from .call_list import CallList
    from .call_list_embedded import CallListEmbedded
    from .call_phone_from import CallPhoneFrom
    from .call_status import CallStatus
    from .create_call_response import CreateCallResponse
    from .hal_link import HalLink
    from .hal_links import HalLinks
    from .http_method import HttpMethod
    from .invalid_parameter import InvalidParameter
    from .list_order import ListOrder
    from .machine_detection import MachineDetection
    from .ncco_connect import NccoConnect
    from .ncco_connect_event_type import NccoConnectEventType
    from .ncco_conversation import NccoConversation
    from .ncco_endpoint_phone import NccoEndpointPhone
    from .ncco_endpoint_sip import NccoEndpointSip
    from .ncco_endpoint_websocket import NccoEndpointWebsocket
    from .ncco_input import NccoInput
    from .ncco_language import NccoLanguage
    from .ncco_record import NccoRecord
    from .ncco_record_format import NccoRecordFormat
    from .ncco_record_split import NccoRecordSplit
    from .ncco_stream import NccoStream
    from .ncco_talk import NccoTalk
    from .ncco_voice_name import NccoVoiceName
    from .talk_language import TalkLanguage
    from .talk_voice_name import TalkVoiceName
    from .transfer_destination import TransferDestination
    from .voice_error import VoiceError
    from .websocket_content_type import WebsocketContentType

_MODULES: dict[str, str] = {
    "Call": "call",
    "CallAction": "call_action",
    "CallCommandResponse": "call_command_response",
    "CallDirection": "call_direction",
    "CallEndpointPhone": "call_endpoint_phone",
    "CallEndpointSip": "call_endpoint_sip",
    "CallEndpointVbc": "call_endpoint_vbc",
    "CallEndpointWebsocket": "call_endpoint_websocket",
    "CallLegEndpoint": "call_leg_endpoint",
    "CallList": "call_list",
    "CallListEmbedded": "call_list_embedded",
    "CallPhoneFrom": "call_phone_from",
    "CallStatus": "call_status",
    "CreateCallResponse": "create_call_response",
    "HalLink": "hal_link",
    "HalLinks": "hal_links",
    "HttpMethod": "http_method",
    "InvalidParameter": "invalid_parameter",
    "ListOrder": "list_order",
    "MachineDetection": "machine_detection",
    "NccoConnect": "ncco_connect",
    "NccoConnectEventType": "ncco_connect_event_type",
    "NccoConversation": "ncco_conversation",
    "NccoEndpointPhone": "ncco_endpoint_phone",
    "NccoEndpointSip": "ncco_endpoint_sip",
    "NccoEndpointWebsocket": "ncco_endpoint_websocket",
    "NccoInput": "ncco_input",
    "NccoLanguage": "ncco_language",
    "NccoRecord": "ncco_record",
    "NccoRecordFormat": "ncco_record_format",
    "NccoRecordSplit": "ncco_record_split",
    "NccoStream": "ncco_stream",
    "NccoTalk": "ncco_talk",
    "NccoVoiceName": "ncco_voice_name",
    "TalkLanguage": "talk_language",
    "TalkVoiceName": "talk_voice_name",
    "TransferDestination": "transfer_destination",
    "VoiceError": "voice_error",
    "WebsocketContentType": "websocket_content_type",
}

__all__ = [
    "Call",
    "CallAction",
    "CallCommandResponse",
    "CallDirection",
    "CallEndpointPhone",
    "CallEndpointSip",
    "CallEndpointVbc",
    "CallEndpointWebsocket",
    "CallLegEndpoint",
    "CallList",
    "CallListEmbedded",
    "CallPhoneFrom",
    "CallStatus",
    "CreateCallResponse",
    "HalLink",
    "HalLinks",
    "HttpMethod",
    "InvalidParameter",
    "ListOrder",
    "MachineDetection",
    "NccoConnect",
    "NccoConnectEventType",
    "NccoConversation",
    "NccoEndpointPhone",
    "NccoEndpointSip",
    "NccoEndpointWebsocket",
    "NccoInput",
    "NccoLanguage",
    "NccoRecord",
    "NccoRecordFormat",
    "NccoRecordSplit",
    "NccoStream",
    "NccoTalk",
    "NccoVoiceName",
    "TalkLanguage",
    "TalkVoiceName",
    "TransferDestination",
    "VoiceError",
    "WebsocketContentType",
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
