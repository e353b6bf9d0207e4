"""Records and enums of this API. Each loads on first use, not with the package."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .call import Call
    from .call_status import CallStatus
    from .call_update_status import CallUpdateStatus
    from .http_method import HttpMethod
    from .list_call_response import ListCallResponse
    from .list_message_response import ListMessageResponse
    from .message import Message
    from .message_address_retention import MessageAddressRetention
    from .message_content_retention import MessageContentRetention
    from .message_direction import MessageDirection
    from .message_risk_check import MessageRiskCheck
    from .message_schedule_type import MessageScheduleType
    from .message_status import MessageStatus
    from .message_traffic_type import MessageTrafficType
    from .message_update_status import MessageUpdateStatus

_MODULES: dict[str, str] = {
    "Call": "call",
    "CallStatus": "call_status",
    "CallUpdateStatus": "call_update_status",
    "HttpMethod": "http_method",
    "ListCallResponse": "list_call_response",
    "ListMessageResponse": "list_message_response",
    "Message": "message",
    "MessageAddressRetention": "message_address_retention",
    "MessageContentRetention": "message_content_retention",
    "MessageDirection": "message_direction",
    "MessageRiskCheck": "message_risk_check",
    "MessageScheduleType": "message_schedule_type",
    "MessageStatus": "message_status",
    "MessageTrafficType": "message_traffic_type",
    "MessageUpdateStatus": "message_update_status",
}

__all__ = [
    "Call",
    "CallStatus",
    "CallUpdateStatus",
    "HttpMethod",
    "ListCallResponse",
    "ListMessageResponse",
    "Message",
    "MessageAddressRetention",
    "MessageContentRetention",
    "MessageDirection",
    "MessageRiskCheck",
    "MessageScheduleType",
    "MessageStatus",
    "MessageTrafficType",
    "MessageUpdateStatus",
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
