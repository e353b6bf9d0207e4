"""Records and enums of this API. Each loads on first use, not with the package."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .alert import Alert
    from .alert_log_level import AlertLogLevel
    from .error import Error
    from .event import Event
    from .http_method import HttpMethod
    from .list_alert_response import ListAlertResponse
    from .list_event_response import ListEventResponse
    from .page_meta import PageMeta

_MODULES: dict[str, str] = {
    "Alert": "alert",
    "AlertLogLevel": "alert_log_level",
    "Error": "error",
    "Event": "event",
    "HttpMethod": "http_method",
    "ListAlertResponse": "list_alert_response",
    "ListEventResponse": "list_event_response",
    "PageMeta": "page_meta",
}

__all__ = [
    "Alert",
    "AlertLogLevel",
    "Error",
    "Event",
    "HttpMethod",
    "ListAlertResponse",
    "ListEventResponse",
    "PageMeta",
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
