"""FetchTrunkingCountry: GET /v2/Trunking/Countries/{IsoCountry}

Fetch the trunking prices of one country

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.trunking_country import TrunkingCountry

if TYPE_CHECKING:
    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of FetchTrunkingCountry (for `Unpack`), per-call options included."""


METHOD = "GET"
PATH = "/v2/Trunking/Countries/{IsoCountry}"
RETRY = "safe"
ARGS = ("iso_country",)
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"


def _get_kwargs(
    iso_country: str,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "IsoCountry": _quote(str(iso_country), safe=""),
            }
        ),
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], TrunkingCountry] = TrunkingCountry
