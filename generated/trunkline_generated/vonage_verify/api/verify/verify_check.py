"""VerifyCheck: POST /check/{format}

Check the code your user entered.

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import quote as _quote

from ...models.verify_check_response import VerifyCheckResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Required

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of VerifyCheck (for `Unpack`), per-call options included."""

        request_id: Required[str]  # request_id
        code: Required[str]  # code
        ip_address: str  # ip_address


METHOD = "POST"
PATH = "/check/{format}"
RETRY = "create"
ARGS = ("format_",)
FIXED_ARGS = {"format_": "json"}
SECURITY = (("apiKey", "apiSecret"),)
RESPONSE = "json"


def _get_kwargs(
    format_: Literal["json"],
    *,
    request_id: str,
    code: str,
    ip_address: str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    _body: dict[str, Any] = {}
    _body["request_id"] = request_id
    _body["code"] = code
    if ip_address is not UNSET:
        _body["ip_address"] = ip_address

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "format": _quote(str(format_), safe=""),
            }
        ),
        "data": _body,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], VerifyCheckResponse] = VerifyCheckResponse
