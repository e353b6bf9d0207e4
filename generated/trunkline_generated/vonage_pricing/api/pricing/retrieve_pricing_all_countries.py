"""RetrievePricingAllCountries: GET /get-full-pricing/outbound/{type}

Outbound prices for every country.

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.pricing_countries import PricingCountries
from ...models.pricing_country import PricingCountry

if TYPE_CHECKING:
    from trunkline_generated.vonage_pricing.models.pricing_product import PricingProduct

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of RetrievePricingAllCountries (for `Unpack`), per-call options included."""


METHOD = "GET"
PATH = "/get-full-pricing/outbound/{type}"
RETRY = "safe"
ITEMS_KEY = "countries"
ARGS = ("product",)
SECURITY = (("apiKey", "apiSecret"),)
RESPONSE = "json"
PAGING = None


def _get_kwargs(
    product: PricingProduct | str,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "type": _quote(str(product), safe=""),
            }
        ),
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], PricingCountries] = PricingCountries

# One element of `countries` -> a record.
_parse_item: Callable[[dict[str, Any]], PricingCountry] = PricingCountry
