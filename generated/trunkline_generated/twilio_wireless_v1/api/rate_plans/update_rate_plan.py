"""UpdateRatePlan: POST /v1/RatePlans/{Sid}

Update a Rate Plan.

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.rate_plan import RatePlan
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of UpdateRatePlan (for `Unpack`), per-call options included."""

        unique_name: str  # UniqueName
        friendly_name: str  # FriendlyName


METHOD = "POST"
PATH = "/v1/RatePlans/{Sid}"
RETRY = "safe"
ARGS = ("sid",)
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"


def _get_kwargs(
    sid: str,
    *,
    unique_name: str | Unset = UNSET,
    friendly_name: str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    _body: dict[str, Any] = {}
    if unique_name is not UNSET:
        _body["UniqueName"] = unique_name
    if friendly_name is not UNSET:
        _body["FriendlyName"] = friendly_name

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "Sid": _quote(str(sid), safe=""),
            }
        ),
        "data": _body,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], RatePlan] = RatePlan
