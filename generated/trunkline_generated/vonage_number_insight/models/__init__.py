"""Records and enums of this API. Each loads on first use, not with the package."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .ni_advanced_response import NiAdvancedResponse
    from .ni_async_response import NiAsyncResponse
    from .ni_basic_response import NiBasicResponse
    from .ni_caller_identity import NiCallerIdentity
    from .ni_caller_type import NiCallerType
    from .ni_carrier import NiCarrier
    from .ni_error import NiError
    from .ni_network_type import NiNetworkType
    from .ni_ported_status import NiPortedStatus
    from .ni_reachable import NiReachable
    from .ni_roaming import NiRoaming
    from .ni_roaming_status import NiRoamingStatus
    from .ni_roaming_unknown import NiRoamingUnknown
    from .ni_standard_response import NiStandardResponse
    from .ni_valid_number import NiValidNumber

_MODULES: dict[str, str] = {
    "NiAdvancedResponse": "ni_advanced_response",
    "NiAsyncResponse": "ni_async_response",
    "NiBasicResponse": "ni_basic_response",
    "NiCallerIdentity": "ni_caller_identity",
    "NiCallerType": "ni_caller_type",
    "NiCarrier": "ni_carrier",
    "NiError": "ni_error",
    "NiNetworkType": "ni_network_type",
    "NiPortedStatus": "ni_ported_status",
    "NiReachable": "ni_reachable",
    "NiRoaming": "ni_roaming",
    "NiRoamingStatus": "ni_roaming_status",
    "NiRoamingUnknown": "ni_roaming_unknown",
    "NiStandardResponse": "ni_standard_response",
    "NiValidNumber": "ni_valid_number",
}

__all__ = [
    "NiAdvancedResponse",
    "NiAsyncResponse",
    "NiBasicResponse",
    "NiCallerIdentity",
    "NiCallerType",
    "NiCarrier",
    "NiError",
    "NiNetworkType",
    "NiPortedStatus",
    "NiReachable",
    "NiRoaming",
    "NiRoamingStatus",
    "NiRoamingUnknown",
    "NiStandardResponse",
    "NiValidNumber",
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
