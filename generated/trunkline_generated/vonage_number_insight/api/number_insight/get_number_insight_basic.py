"""GetNumberInsightBasic: GET /basic/{format}

Basic Number Insight.

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import quote as _quote

from ...models.ni_basic_response import NiBasicResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Required

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of GetNumberInsightBasic (for `Unpack`), per-call options included."""

        number: Required[str]  # number
        country: str  # country


METHOD = "GET"
PATH = "/basic/{format}"
RETRY = "safe"
ARGS = ("format_",)
PHONES = {"number": "phone-number"}
FIXED_ARGS = {"format_": "json"}
SECURITY = (("apiKey", "apiSecret"),)
RESPONSE = "json"


def _get_kwargs(
    format_: Literal["json"],
    *,
    number: str,
    country: str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""
    _params: dict[str, Any] = {}
    _params["number"] = number
    if country is not UNSET:
        _params["country"] = country

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "format": _quote(str(format_), safe=""),
            }
        ),
        "params": _params,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], NiBasicResponse] = NiBasicResponse
