"""GetNumberInsightStandard: GET /standard/{format}

Standard Number Insight.

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import quote as _quote

from ...models.ni_standard_response import NiStandardResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Required

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of GetNumberInsightStandard (for `Unpack`), per-call options included."""

        number: Required[str]  # number
        country: str  # country
        cnam: bool  # cnam


METHOD = "GET"
PATH = "/standard/{format}"
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
    cnam: bool | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""
    _params: dict[str, Any] = {}
    _params["number"] = number
    if country is not UNSET:
        _params["country"] = country
    if cnam is not UNSET:
        _params["cnam"] = cnam

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
_parse_response: Callable[[Any], NiStandardResponse] = NiStandardResponse
