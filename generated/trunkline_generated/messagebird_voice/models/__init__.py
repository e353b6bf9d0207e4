"""Records and enums of this API. Each loads on first use, not with the package."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .call import Call
    from .call_response import CallResponse
    from .call_status import CallStatus
    from .error import Error
    from .error_response import ErrorResponse
    from .list_calls_response import ListCallsResponse
    from .pagination import Pagination

_MODULES: dict[str, str] = {
    "Call": "call",
    "CallResponse": "call_response",
    "CallStatus": "call_status",
    "Error": "error",
    "ErrorResponse": "error_response",
    "ListCallsResponse": "list_calls_response",
    "Pagination": "pagination",
}

__all__ = [
    "Call",
    "CallResponse",
    "CallStatus",
    "Error",
    "ErrorResponse",
    "ListCallsResponse",
    "Pagination",
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
