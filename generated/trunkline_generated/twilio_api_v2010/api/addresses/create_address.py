"""CreateAddress: POST /2010-04-01/Accounts/{AccountSid}/Addresses.json

Create an address

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.address import Address
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Required

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of CreateAddress (for `Unpack`), per-call options included."""

        customer_name: Required[str]  # CustomerName
        street: Required[str]  # Street
        city: Required[str]  # City
        region: Required[str]  # Region
        postal_code: Required[str]  # PostalCode
        iso_country: Required[str]  # IsoCountry
        friendly_name: str  # FriendlyName
        emergency_enabled: bool  # EmergencyEnabled
        auto_correct_address: bool  # AutoCorrectAddress
        street_secondary: str  # StreetSecondary


METHOD = "POST"
PATH = "/2010-04-01/Accounts/{AccountSid}/Addresses.json"
RETRY = "create"
ARGS = ("account_sid",)
CLIENT_ARGS = {"account_sid": "AccountSid"}
PATTERNS = {"account_sid": "^AC[0-9a-fA-F]{32}$"}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"


def _get_kwargs(
    account_sid: str,
    *,
    customer_name: str,
    street: str,
    city: str,
    region: str,
    postal_code: str,
    iso_country: str,
    friendly_name: str | Unset = UNSET,
    emergency_enabled: bool | Unset = UNSET,
    auto_correct_address: bool | Unset = UNSET,
    street_secondary: str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    _body: dict[str, Any] = {}
    _body["CustomerName"] = customer_name
    _body["Street"] = street
    _body["City"] = city
    _body["Region"] = region
    _body["PostalCode"] = postal_code
    _body["IsoCountry"] = iso_country
    if friendly_name is not UNSET:
        _body["FriendlyName"] = friendly_name
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
            }
        ),
        "data": _body,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], Address] = Address
