"""Records and enums of this API. Each loads on first use, not with the package."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .phone_pricing import PhonePricing
    from .phone_pricing_product import PhonePricingProduct
    from .pricing_countries import PricingCountries
    from .pricing_country import PricingCountry
    from .pricing_error import PricingError
    from .pricing_invalid_parameter import PricingInvalidParameter
    from .pricing_network import PricingNetwork
    from .pricing_product import PricingProduct

_MODULES: dict[str, str] = {
    "PhonePricing": "phone_pricing",
    "PhonePricingProduct": "phone_pricing_product",
    "PricingCountries": "pricing_countries",
    "PricingCountry": "pricing_country",
    "PricingError": "pricing_error",
    "PricingInvalidParameter": "pricing_invalid_parameter",
    "PricingNetwork": "pricing_network",
    "PricingProduct": "pricing_product",
}

__all__ = [
    "PhonePricing",
    "PhonePricingProduct",
    "PricingCountries",
    "PricingCountry",
    "PricingError",
    "PricingInvalidParameter",
    "PricingNetwork",
    "PricingProduct",
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
