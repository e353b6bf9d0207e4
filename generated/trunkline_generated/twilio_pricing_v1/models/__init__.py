"""Records and enums of this API. Each loads on first use, not with the package."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .country import Country
    from .error import Error
    from .list_country_response import ListCountryResponse
    from .messaging_country import MessagingCountry
    from .number_type_price import NumberTypePrice
    from .outbound_call_price import OutboundCallPrice
    from .outbound_prefix_price import OutboundPrefixPrice
    from .outbound_sms_price import OutboundSmsPrice
    from .page_meta import PageMeta
    from .phone_number_country import PhoneNumberCountry
    from .voice_country import VoiceCountry
    from .voice_number import VoiceNumber

_MODULES: dict[str, str] = {
    "Country": "country",
    "Error": "error",
    "ListCountryResponse": "list_country_response",
    "MessagingCountry": "messaging_country",
    "NumberTypePrice": "number_type_price",
    "OutboundCallPrice": "outbound_call_price",
    "OutboundPrefixPrice": "outbound_prefix_price",
    "OutboundSmsPrice": "outbound_sms_price",
    "PageMeta": "page_meta",
    "PhoneNumberCountry": "phone_number_country",
    "VoiceCountry": "voice_country",
    "VoiceNumber": "voice_number",
}

__all__ = [
    "Country",
    "Error",
    "ListCountryResponse",
    "MessagingCountry",
    "NumberTypePrice",
    "OutboundCallPrice",
    "OutboundPrefixPrice",
    "OutboundSmsPrice",
    "PageMeta",
    "PhoneNumberCountry",
    "VoiceCountry",
    "VoiceNumber",
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
