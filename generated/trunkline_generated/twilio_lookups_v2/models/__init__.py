"""Records and enums of this API. Each loads on first use, not with the package."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .call_forwarding_info import CallForwardingInfo
    from .caller_name_info import CallerNameInfo
    from .error import Error
    from .identity_match_info import IdentityMatchInfo
    from .last_sim_swap_info import LastSimSwapInfo
    from .line_status_info import LineStatusInfo
    from .line_type_intelligence_info import LineTypeIntelligenceInfo
    from .phone_number import PhoneNumber
    from .reassigned_number_info import ReassignedNumberInfo
    from .sim_swap_info import SimSwapInfo
    from .sms_pumping_risk_info import SmsPumpingRiskInfo
    from .validation_error import ValidationError

_MODULES: dict[str, str] = {
    "CallForwardingInfo": "call_forwarding_info",
    "CallerNameInfo": "caller_name_info",
    "Error": "error",
    "IdentityMatchInfo": "identity_match_info",
    "LastSimSwapInfo": "last_sim_swap_info",
    "LineStatusInfo": "line_status_info",
    "LineTypeIntelligenceInfo": "line_type_intelligence_info",
    "PhoneNumber": "phone_number",
    "ReassignedNumberInfo": "reassigned_number_info",
    "SimSwapInfo": "sim_swap_info",
    "SmsPumpingRiskInfo": "sms_pumping_risk_info",
    "ValidationError": "validation_error",
}

__all__ = [
    "CallForwardingInfo",
    "CallerNameInfo",
    "Error",
    "IdentityMatchInfo",
    "LastSimSwapInfo",
    "LineStatusInfo",
    "LineTypeIntelligenceInfo",
    "PhoneNumber",
    "ReassignedNumberInfo",
    "SimSwapInfo",
    "SmsPumpingRiskInfo",
    "ValidationError",
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
