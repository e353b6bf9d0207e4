"""Input classes of this API. Each loads on first use, not with the package."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .call_endpoint_phone import CallEndpointPhone
    from .call_endpoint_sip import CallEndpointSip
    from .call_endpoint_vbc import CallEndpointVbc
    from .call_endpoint_websocket import CallEndpointWebsocket
    from .call_phone_from import CallPhoneFrom
    from .ncco_connect import NccoConnect
    from .ncco_conversation import NccoConversation
    from .ncco_endpoint_phone import NccoEndpointPhone
    from .ncco_endpoint_sip import NccoEndpointSip
    from .ncco_endpoint_websocket import NccoEndpointWebsocket
    from .ncco_input import NccoInput
    from .ncco_record import NccoRecord
    from .ncco_stream import NccoStream
    from .ncco_talk import NccoTalk
    from .transfer_destination import TransferDestination

_MODULES: dict[str, str] = {
    "CallEndpointPhone": "call_endpoint_phone",
    "CallEndpointSip": "call_endpoint_sip",
    "CallEndpointVbc": "call_endpoint_vbc",
    "CallEndpointWebsocket": "call_endpoint_websocket",
    "CallPhoneFrom": "call_phone_from",
    "NccoConnect": "ncco_connect",
    "NccoConversation": "ncco_conversation",
    "NccoEndpointPhone": "ncco_endpoint_phone",
    "NccoEndpointSip": "ncco_endpoint_sip",
    "NccoEndpointWebsocket": "ncco_endpoint_websocket",
    "NccoInput": "ncco_input",
    "NccoRecord": "ncco_record",
    "NccoStream": "ncco_stream",
    "NccoTalk": "ncco_talk",
    "TransferDestination": "transfer_destination",
}

__all__ = [
    "CallEndpointPhone",
    "CallEndpointSip",
    "CallEndpointVbc",
    "CallEndpointWebsocket",
    "CallPhoneFrom",
    "NccoConnect",
    "NccoConversation",
    "NccoEndpointPhone",
    "NccoEndpointSip",
    "NccoEndpointWebsocket",
    "NccoInput",
    "NccoRecord",
    "NccoStream",
    "NccoTalk",
    "TransferDestination",
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
