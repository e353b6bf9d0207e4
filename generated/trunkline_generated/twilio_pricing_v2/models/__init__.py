"""Records and enums of this API. Each loads on first use, not with the package."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .country import Country
    from .error import Error
    from .list_country_response import ListCountryResponse
    from .number_type_price import NumberTypePrice
    from .outbound_call_price_with_origin import OutboundCallPriceWithOrigin
    from .outbound_prefix_price_with_origin import OutboundPrefixPriceWithOrigin
    from .page_meta import PageMeta
    from .trunking_country import TrunkingCountry
    from .trunking_number import TrunkingNumber
    from .voice_country import VoiceCountry
    from .voice_number import VoiceNumber

_MODULES: dict[str, str] = {
    "Country": "country",
    "Error": "error",
    "ListCountryResponse": "list_country_response",
    "NumberTypePrice": "number_type_price",
    "OutboundCallPriceWithOrigin": "outbound_call_price_with_origin",
    "OutboundPrefixPriceWithOrigin": "outbound_prefix_price_with_origin",
    "PageMeta": "page_meta",
    "TrunkingCountry": "trunking_country",
    "TrunkingNumber": "trunking_number",
    "VoiceCountry": "voice_country",
    "VoiceNumber": "voice_number",
}

__all__ = [
    "Country",
    "Error",
    "ListCountryResponse",
    "NumberTypePrice",
    "OutboundCallPriceWithOrigin",
    "OutboundPrefixPriceWithOrigin",
    "PageMeta",
    "TrunkingCountry",
    "TrunkingNumber",
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
