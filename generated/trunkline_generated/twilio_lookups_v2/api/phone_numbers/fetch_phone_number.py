"""FetchPhoneNumber: GET /v2/PhoneNumbers/{PhoneNumber}

Look up a phone number, with the data packages named in `Fields`

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.phone_number import PhoneNumber
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of FetchPhoneNumber (for `Unpack`), per-call options included."""

        fields: str  # Fields
        country_code: str  # CountryCode
        first_name: str  # FirstName
        last_name: str  # LastName
        address_line_1: str  # AddressLine1
        address_line_2: str  # AddressLine2
        city: str  # City
        state: str  # State
        postal_code: str  # PostalCode
        address_country_code: str  # AddressCountryCode
        national_id: str  # NationalId
        date_of_birth: str  # DateOfBirth
        last_verified_date: str  # LastVerifiedDate
        verification_sid: str  # VerificationSid
        partner_sub_id: str  # PartnerSubId


METHOD = "GET"
PATH = "/v2/PhoneNumbers/{PhoneNumber}"
RETRY = "safe"
ARGS = ("phone_number",)
PHONES = {"phone_number": "phone-number"}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"


def _get_kwargs(
    phone_number: str,
    *,
    fields: str | Unset = UNSET,
    country_code: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    address_line_1: str | Unset = UNSET,
    address_line_2: str | Unset = UNSET,
    city: str | Unset = UNSET,
    state: str | Unset = UNSET,
    postal_code: str | Unset = UNSET,
    address_country_code: str | Unset = UNSET,
    national_id: str | Unset = UNSET,
    date_of_birth: str | Unset = UNSET,
    last_verified_date: str | Unset = UNSET,
    verification_sid: str | Unset = UNSET,
    partner_sub_id: str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""
    _params: dict[str, Any] = {}
    if fields is not UNSET:
        _params["Fields"] = fields
    if country_code is not UNSET:
        _params["CountryCode"] = country_code
    if first_name is not UNSET:
        _params["FirstName"] = first_name
    if last_name is not UNSET:
        _params["LastName"] = last_name
    if address_line_1 is not UNSET:
        _params["AddressLine1"] = address_line_1
    if address_line_2 is not UNSET:
        _params["AddressLine2"] = address_line_2
    if city is not UNSET:
        _params["City"] = city
    if state is not UNSET:
        _params["State"] = state
    if postal_code is not UNSET:
        _params["PostalCode"] = postal_code
    if address_country_code is not UNSET:
        _params["AddressCountryCode"] = address_country_code
    if national_id is not UNSET:
        _params["NationalId"] = national_id
    if date_of_birth is not UNSET:
        _params["DateOfBirth"] = date_of_birth
    if last_verified_date is not UNSET:
        _params["LastVerifiedDate"] = last_verified_date
    if verification_sid is not UNSET:
        _params["VerificationSid"] = verification_sid
    if partner_sub_id is not UNSET:
        _params["PartnerSubId"] = partner_sub_id

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
