"""ListAvailablePhoneNumberMobile: GET /2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers/{CountryCode}/Mobile.json

Search mobile phone numbers available to buy in a country

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.available_phone_number import AvailablePhoneNumber
from ...models.list_available_phone_number_response import ListAvailablePhoneNumberResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of ListAvailablePhoneNumberMobile (for `Unpack`), per-call options included."""

        area_code: int  # AreaCode
        contains: str  # Contains
        sms_enabled: bool  # SmsEnabled
        mms_enabled: bool  # MmsEnabled
        voice_enabled: bool  # VoiceEnabled
        exclude_all_address_required: bool  # ExcludeAllAddressRequired
        exclude_local_address_required: bool  # ExcludeLocalAddressRequired
        exclude_foreign_address_required: bool  # ExcludeForeignAddressRequired
        beta: bool  # Beta
        near_number: str  # NearNumber
        near_lat_long: str  # NearLatLong
        distance: int  # Distance
        in_postal_code: str  # InPostalCode
        in_region: str  # InRegion
        in_rate_center: str  # InRateCenter
        in_lata: str  # InLata
        in_locality: str  # InLocality
        fax_enabled: bool  # FaxEnabled
        page_size: int  # PageSize
        page: int  # Page
        page_token: str  # PageToken


METHOD = "GET"
PATH = "/2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers/{CountryCode}/Mobile.json"
RETRY = "safe"
ITEMS_KEY = "available_phone_numbers"
ARGS = ("account_sid", "country_code")
CLIENT_ARGS = {"account_sid": "AccountSid"}
PATTERNS = {"account_sid": "^AC[0-9a-fA-F]{32}$"}
PHONES = {"near_number": "phone-number"}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"
PAGING = "twilio"
PAGE_SIZE = ("page_size", 1000)


def _get_kwargs(
    account_sid: str,
    country_code: str,
    *,
    area_code: int | Unset = UNSET,
    contains: str | Unset = UNSET,
    sms_enabled: bool | Unset = UNSET,
    mms_enabled: bool | Unset = UNSET,
    voice_enabled: bool | Unset = UNSET,
    exclude_all_address_required: bool | Unset = UNSET,
    exclude_local_address_required: bool | Unset = UNSET,
    exclude_foreign_address_required: bool | Unset = UNSET,
    beta: bool | Unset = UNSET,
    near_number: str | Unset = UNSET,
    near_lat_long: str | Unset = UNSET,
    distance: int | Unset = UNSET,
    in_postal_code: str | Unset = UNSET,
    in_region: str | Unset = UNSET,
    in_rate_center: str | Unset = UNSET,
    in_lata: str | Unset = UNSET,
    in_locality: str | Unset = UNSET,
    fax_enabled: bool | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""
    _params: dict[str, Any] = {}
    if area_code is not UNSET:
        _params["AreaCode"] = area_code
    if contains is not UNSET:
        _params["Contains"] = contains
    if sms_enabled is not UNSET:
        _params["SmsEnabled"] = sms_enabled
    if mms_enabled is not UNSET:
        _params["MmsEnabled"] = mms_enabled
    if voice_enabled is not UNSET:
        _params["VoiceEnabled"] = voice_enabled
    if exclude_all_address_required is not UNSET:
        _params["ExcludeAllAddressRequired"] = exclude_all_address_required
    if exclude_local_address_required is not UNSET:
        _params["ExcludeLocalAddressRequired"] = exclude_local_address_required
    if exclude_foreign_address_required is not UNSET:
        _params["ExcludeForeignAddressRequired"] = exclude_foreign_address_required
    if beta is not UNSET:
        _params["Beta"] = beta
    if near_number is not UNSET:
        _params["NearNumber"] = near_number
    if near_lat_long is not UNSET:
        _params["NearLatLong"] = near_lat_long
    if distance is not UNSET:
        _params["Distance"] = distance
    if in_postal_code is not UNSET:
        _params["InPostalCode"] = in_postal_code
    if in_region is not UNSET:
        _params["InRegion"] = in_region
    if in_rate_center is not UNSET:
        _params["InRateCenter"] = in_rate_center
    if in_lata is not UNSET:
        _params["InLata"] = in_lata
    if in_locality is not UNSET:
        _params["InLocality"] = in_locality
    if fax_enabled is not UNSET:
        _params["FaxEnabled"] = fax_enabled
    if page_size is not UNSET:
        _params["PageSize"] = page_size
    if page is not UNSET:
        _params["Page"] = page
    if page_token is not UNSET:
        _params["PageToken"] = page_token

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "AccountSid": _quote(str(account_sid), safe=""),
                "CountryCode": _quote(str(country_code), safe=""),
            }
        ),
        "params": _params,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], ListAvailablePhoneNumberResponse] = (
    ListAvailablePhoneNumberResponse
)

# One element of `available_phone_numbers` -> a record.
_parse_item: Callable[[dict[str, Any]], AvailablePhoneNumber] = AvailablePhoneNumber
