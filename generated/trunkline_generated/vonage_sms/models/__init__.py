"""Records and enums of this API. Each loads on first use, not with the package."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .sms_message import SmsMessage
    from .sms_response import SmsResponse
    from .sms_type import SmsType

_MODULES: dict[str, str] = {
    "SmsMessage": "sms_message",
    "SmsResponse": "sms_response",
    "SmsType": "sms_type",
}

__all__ = [
    "SmsMessage",
    "SmsResponse",
    "SmsType",
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
