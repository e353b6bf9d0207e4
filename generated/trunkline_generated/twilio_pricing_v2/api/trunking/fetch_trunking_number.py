"""FetchTrunkingNumber: GET /v2/Trunking/Numbers/{DestinationNumber}

Fetch the trunking prices for a destination and, optionally, origination phone number

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.trunking_number import TrunkingNumber
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of FetchTrunkingNumber (for `Unpack`), per-call options included."""

        origination_number: str  # OriginationNumber


METHOD = "GET"
PATH = "/v2/Trunking/Numbers/{DestinationNumber}"
RETRY = "safe"
ARGS = ("destination_number",)
PHONES = {"destination_number": "phone-number", "origination_number": "phone-number"}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"


def _get_kwargs(
    destination_number: str,
    *,
    origination_number: str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""
    _params: dict[str, Any] = {}
    if origination_number is not UNSET:
        _params["OriginationNumber"] = origination_number

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "DestinationNumber": _quote(str(destination_number), safe=""),
            }
        ),
        "params": _params,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], TrunkingNumber] = TrunkingNumber
