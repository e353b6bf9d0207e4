"""FetchPhoneNumber: GET /v1/PhoneNumbers/{PhoneNumber}

Look up a phone number's national format and, on request, its carrier and caller name

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.phone_number import PhoneNumber
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from trunkline_generated.twilio_lookups_v1.models.lookup_type import LookupType

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of FetchPhoneNumber (for `Unpack`), per-call options included."""

        country_code: str  # CountryCode
        type_: list[LookupType]  # Type
        add_ons: list[str]  # AddOns


METHOD = "GET"
PATH = "/v1/PhoneNumbers/{PhoneNumber}"
RETRY = "safe"
ARGS = ("phone_number",)
PHONES = {"phone_number": "phone-number"}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"


def _get_kwargs(
    phone_number: str,
    *,
    country_code: str | Unset = UNSET,
    type_: list[LookupType] | Unset = UNSET,
    add_ons: list[str] | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""
    _params: dict[str, Any] = {}
    if country_code is not UNSET:
        _params["CountryCode"] = country_code
    if type_ is not UNSET:
        _params["Type"] = type_
    if add_ons is not UNSET:
        _params["AddOns"] = add_ons

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "PhoneNumber": _quote(str(phone_number), safe=""),
            }
        ),
        "params": _params,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], PhoneNumber] = PhoneNumber
