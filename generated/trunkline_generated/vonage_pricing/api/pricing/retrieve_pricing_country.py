"""RetrievePricingCountry: GET /get-pricing/outbound/{type}

Outbound prices for one country.

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.pricing_country import PricingCountry
from ...models.pricing_network import PricingNetwork

if TYPE_CHECKING:
    from typing import Required

    from trunkline_generated.vonage_pricing.models.pricing_product import PricingProduct

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of RetrievePricingCountry (for `Unpack`), per-call options included."""

        country: Required[str]  # country


METHOD = "GET"
PATH = "/get-pricing/outbound/{type}"
RETRY = "safe"
ITEMS_KEY = "networks"
ARGS = ("product",)
SECURITY = (("apiKey", "apiSecret"),)
RESPONSE = "json"
PAGING = None


def _get_kwargs(
    product: PricingProduct | str,
    *,
    country: str,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""
    _params: dict[str, Any] = {}
    _params["country"] = country

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "type": _quote(str(product), safe=""),
            }
        ),
        "params": _params,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], PricingCountry] = PricingCountry

# One element of `networks` -> a record.
_parse_item: Callable[[dict[str, Any]], PricingNetwork] = PricingNetwork
