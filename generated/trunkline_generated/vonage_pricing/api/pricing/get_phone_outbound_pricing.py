"""GetPhoneOutboundPricing: GET /get-phone-pricing/outbound/{type}

The outbound price for one phone number.

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.phone_pricing import PhonePricing

if TYPE_CHECKING:
    from typing import Required

    from trunkline_generated.vonage_pricing.models.phone_pricing_product import PhonePricingProduct

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of GetPhoneOutboundPricing (for `Unpack`), per-call options included."""

        phone: Required[str]  # phone


METHOD = "GET"
PATH = "/get-phone-pricing/outbound/{type}"
RETRY = "safe"
ARGS = ("product",)
PHONES = {"phone": "phone-number"}
SECURITY = (("apiKey", "apiSecret"),)
RESPONSE = "json"


def _get_kwargs(
    product: PhonePricingProduct | str,
    *,
    phone: str,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""
    _params: dict[str, Any] = {}
    _params["phone"] = phone

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
_parse_response: Callable[[Any], PhonePricing] = PhonePricing
