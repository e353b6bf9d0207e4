"""UpdateAddress: POST /2010-04-01/Accounts/{AccountSid}/Addresses/{Sid}.json

Update an address

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.address import Address
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of UpdateAddress (for `Unpack`), per-call options included."""

        friendly_name: str  # FriendlyName
        customer_name: str  # CustomerName
        street: str  # Street
        city: str  # City
        region: str  # Region
        postal_code: str  # PostalCode
        emergency_enabled: bool  # EmergencyEnabled
        auto_correct_address: bool  # AutoCorrectAddress
        street_secondary: str  # StreetSecondary


METHOD = "POST"
PATH = "/2010-04-01/Accounts/{AccountSid}/Addresses/{Sid}.json"
RETRY = "safe"
ARGS = ("account_sid", "sid")
CLIENT_ARGS = {"account_sid": "AccountSid"}
PATTERNS = {"account_sid": "^AC[0-9a-fA-F]{32}$", "sid": "^AD[0-9a-fA-F]{32}$"}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"


def _get_kwargs(
    account_sid: str,
    sid: str,
    *,
    friendly_name: str | Unset = UNSET,
    customer_name: str | Unset = UNSET,
    street: str | Unset = UNSET,
    city: str | Unset = UNSET,
    region: str | Unset = UNSET,
    postal_code: str | Unset = UNSET,
    emergency_enabled: bool | Unset = UNSET,
    auto_correct_address: bool | Unset = UNSET,
    street_secondary: str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    _body: dict[str, Any] = {}
    if friendly_name is not UNSET:
        _body["FriendlyName"] = friendly_name
    if customer_name is not UNSET:
        _body["CustomerName"] = customer_name
    if street is not UNSET:
        _body["Street"] = street
    if city is not UNSET:
        _body["City"] = city
    if region is not UNSET:
        _body["Region"] = region
    if postal_code is not UNSET:
        _body["PostalCode"] = postal_code
    if emergency_enabled is not UNSET:
        _body["EmergencyEnabled"] = emergency_enabled
    if auto_correct_address is not UNSET:
        _body["AutoCorrectAddress"] = auto_correct_address
    if street_secondary is not UNSET:
        _body["StreetSecondary"] = street_secondary

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "AccountSid": _quote(str(account_sid), safe=""),
                "Sid": _quote(str(sid), safe=""),
            }
        ),
        "data": _body,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], Address] = Address
