"""VerifySearch: GET /search/{format}

Look up one or more verifications.

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import quote as _quote

from ...models.verify_search_response import VerifySearchResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of VerifySearch (for `Unpack`), per-call options included."""

        request_id: str  # request_id
        request_ids: list[str]  # request_ids


METHOD = "GET"
PATH = "/search/{format}"
RETRY = "safe"
ARGS = ("format_",)
FIXED_ARGS = {"format_": "json"}
SECURITY = (("apiKey", "apiSecret"),)
RESPONSE = "json"


def _get_kwargs(
    format_: Literal["json"],
    *,
    request_id: str | Unset = UNSET,
    request_ids: list[str] | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""
    _params: dict[str, Any] = {}
    if request_id is not UNSET:
        _params["request_id"] = request_id
    if request_ids is not UNSET:
        _params["request_ids"] = request_ids

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
_parse_response: Callable[[Any], VerifySearchResponse] = VerifySearchResponse
