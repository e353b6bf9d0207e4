"""Records and enums of this API. Each loads on first use, not with the package."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .caller_name import CallerName
    from .carrier import Carrier
    from .error import Error
    from .lookup_type import LookupType
    from .phone_number import PhoneNumber
    from .phone_number_type import PhoneNumberType

_MODULES: dict[str, str] = {
    "CallerName": "caller_name",
    "Carrier": "carrier",
    "Error": "error",
    "LookupType": "lookup_type",
    "PhoneNumber": "phone_number",
    "PhoneNumberType": "phone_number_type",
}

__all__ = [
    "CallerName",
    "Carrier",
    "Error",
    "LookupType",
    "PhoneNumber",
    "PhoneNumberType",
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
