"""Records and enums of this API. Each loads on first use, not with the package."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .verify_check_attempt import VerifyCheckAttempt
    from .verify_check_response import VerifyCheckResponse
    from .verify_check_status import VerifyCheckStatus
    from .verify_command import VerifyCommand
    from .verify_control_response import VerifyControlResponse
    from .verify_error import VerifyError
    from .verify_event import VerifyEvent
    from .verify_event_type import VerifyEventType
    from .verify_language import VerifyLanguage
    from .verify_request_record import VerifyRequestRecord
    from .verify_request_status import VerifyRequestStatus
    from .verify_search_response import VerifySearchResponse
    from .verify_start_response import VerifyStartResponse

_MODULES: dict[str, str] = {
    "VerifyCheckAttempt": "verify_check_attempt",
    "VerifyCheckResponse": "verify_check_response",
    "VerifyCheckStatus": "verify_check_status",
    "VerifyCommand": "verify_command",
    "VerifyControlResponse": "verify_control_response",
    "VerifyError": "verify_error",
    "VerifyEvent": "verify_event",
    "VerifyEventType": "verify_event_type",
    "VerifyLanguage": "verify_language",
    "VerifyRequestRecord": "verify_request_record",
    "VerifyRequestStatus": "verify_request_status",
    "VerifySearchResponse": "verify_search_response",
    "VerifyStartResponse": "verify_start_response",
}

__all__ = [
    "VerifyCheckAttempt",
    "VerifyCheckResponse",
    "VerifyCheckStatus",
    "VerifyCommand",
    "VerifyControlResponse",
    "VerifyError",
    "VerifyEvent",
    "VerifyEventType",
    "VerifyLanguage",
    "VerifyRequestRecord",
    "VerifyRequestStatus",
    "VerifySearchResponse",
    "VerifyStartResponse",
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
