"""Records and enums of this API. Each loads on first use, not with the package."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account_usage_record import AccountUsageRecord
    from .command import Command
    from .command_direction import CommandDirection
    from .command_mode import CommandMode
    from .command_status import CommandStatus
    from .command_transport import CommandTransport
    from .data_limit_strategy import DataLimitStrategy
    from .data_session import DataSession
    from .error import Error
    from .http_method import HttpMethod
    from .list_account_usage_record_response import ListAccountUsageRecordResponse
    from .list_command_response import ListCommandResponse
    from .list_data_session_response import ListDataSessionResponse
    from .list_rate_plan_response import ListRatePlanResponse
    from .list_sim_response import ListSimResponse
    from .list_usage_record_response import ListUsageRecordResponse
    from .page_meta import PageMeta
    from .rate_plan import RatePlan
    from .sim import Sim
    from .sim_reset_status import SimResetStatus
    from .sim_status import SimStatus
    from .usage_granularity import UsageGranularity
    from .usage_record import UsageRecord

_MODULES: dict[str, str] = {
    "AccountUsageRecord": "account_usage_record",
    "Command": "command",
    "CommandDirection": "command_direction",
    "CommandMode": "command_mode",
    "CommandStatus": "command_status",
    "CommandTransport": "command_transport",
    "DataLimitStrategy": "data_limit_strategy",
    "DataSession": "data_session",
    "Error": "error",
    "HttpMethod": "http_method",
    "ListAccountUsageRecordResponse": "list_account_usage_record_response",
    "ListCommandResponse": "list_command_response",
    "ListDataSessionResponse": "list_data_session_response",
    "ListRatePlanResponse": "list_rate_plan_response",
    "ListSimResponse": "list_sim_response",
    "ListUsageRecordResponse": "list_usage_record_response",
    "PageMeta": "page_meta",
    "RatePlan": "rate_plan",
    "Sim": "sim",
    "SimResetStatus": "sim_reset_status",
    "SimStatus": "sim_status",
    "UsageGranularity": "usage_granularity",
    "UsageRecord": "usage_record",
}

__all__ = [
    "AccountUsageRecord",
    "Command",
    "CommandDirection",
    "CommandMode",
    "CommandStatus",
    "CommandTransport",
    "DataLimitStrategy",
    "DataSession",
    "Error",
    "HttpMethod",
    "ListAccountUsageRecordResponse",
    "ListCommandResponse",
    "ListDataSessionResponse",
    "ListRatePlanResponse",
    "ListSimResponse",
    "ListUsageRecordResponse",
    "PageMeta",
    "RatePlan",
    "Sim",
    "SimResetStatus",
    "SimStatus",
    "UsageGranularity",
    "UsageRecord",
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
