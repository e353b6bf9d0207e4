"""Resource `available_phone_numbers.shared_cost`: generated from the spec. Do not edit.

list: ListAvailablePhoneNumberSharedCost (GET /2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers/{CountryCode}/SharedCost.json)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline._core._paging import AsyncPager, Pager
    from trunkline_generated.twilio_api_v2010.models.available_phone_number import (
        AvailablePhoneNumber,
    )

__all__ = ["AsyncAvailablePhoneNumbersSharedCost", "AvailablePhoneNumbersSharedCost"]


class AvailablePhoneNumbersSharedCost(SyncAPIResource):
    """`available_phone_numbers.shared_cost` (ListAvailablePhoneNumberSharedCost)."""

    _package = "twilio_api_v2010"

    @_api_method
    def list(
        self,
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
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Pager[AvailablePhoneNumber]:
        """Search shared-cost phone numbers available to buy in a country.

        Args:
            country_code: The [ISO-3166-1](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)
                alpha-2 code of the country (`US`, `GB`, ...).
            area_code (`AreaCode`): The area code of the phone numbers to read. Applies to
                only phone numbers in the US and Canada.
            contains (`Contains`): Matching pattern to identify phone numbers. This pattern
                can be between 2 and 16 characters long and allows all digits (0-9) and all
                non-diacritic latin alphabet letters (a-z, A-Z). It accepts four meta-
                characters: `*`, `%`, `+`, `$`. The `*` and `%` meta-characters can appear
                multiple times in the pattern. To match wildcards at the beginning or end of
                the pattern, use `*` to match any single character or `%` to match a
                sequence of characters. If you use the wildcard patterns, it must include at
                least two non-meta-characters, and wildcards cannot be used between non-
                meta-characters. To match the beginning of a pattern, start the pattern with
                `+`. To match the end of the pattern, append the pattern with `$`. These
                meta-characters can't be adjacent to each other.
            sms_enabled (`SmsEnabled`): Whether the phone numbers can receive text messages.
                Can be: `true` or `false`.
            mms_enabled (`MmsEnabled`): Whether the phone numbers can receive MMS messages.
                Can be: `true` or `false`.
            voice_enabled (`VoiceEnabled`): Whether the phone numbers can receive calls. Can
                be: `true` or `false`.
            exclude_all_address_required (`ExcludeAllAddressRequired`): Whether to exclude
                phone numbers that require an
                [Address](https://www.twilio.com/docs/usage/api/address). Can be: `true` or
                `false` and the default is `false`.
            exclude_local_address_required (`ExcludeLocalAddressRequired`): Whether to
                exclude phone numbers that require a local
                [Address](https://www.twilio.com/docs/usage/api/address). Can be: `true` or
                `false` and the default is `false`.
            exclude_foreign_address_required (`ExcludeForeignAddressRequired`): Whether to
                exclude phone numbers that require a foreign
                [Address](https://www.twilio.com/docs/usage/api/address). Can be: `true` or
                `false` and the default is `false`.
            beta (`Beta`): Whether to read phone numbers that are new to the Twilio
                platform. Can be: `true` or `false` and the default is `true`.
            near_number (`NearNumber`): Given a phone number, find a geographically close
                number within `distance` miles. Distance defaults to 25 miles. Applies to
                only phone numbers in the US and Canada.
            near_lat_long (`NearLatLong`): Given a latitude/longitude pair `lat,long` find
                geographically close numbers within `distance` miles. Applies to only phone
                numbers in the US and Canada.
            distance (`Distance`): The search radius, in miles, for a `near_` query. Can be
                up to `500` and the default is `25`. Applies to only phone numbers in the US
                and Canada.
            in_postal_code (`InPostalCode`): Limit results to a particular postal code.
                Given a phone number, search within the same postal code as that number.
                Applies to only phone numbers in the US and Canada.
            in_region (`InRegion`): Limit results to a particular region, state, or
                province. Given a phone number, search within the same region as that
                number. Applies to only phone numbers in the US and Canada.
            in_rate_center (`InRateCenter`): Limit results to a specific rate center, or
                given a phone number search within the same rate center as that number.
                Requires `in_lata` to be set as well. Applies to only phone numbers in the
                US and Canada.
            in_lata (`InLata`): Limit results to a specific local access and transport area
                ([LATA](https://en.wikipedia.org/wiki/Local_access_and_transport_area)).
                Given a phone number, search within the same
                [LATA](https://en.wikipedia.org/wiki/Local_access_and_transport_area) as
                that number. Applies to only phone numbers in the US and Canada.
            in_locality (`InLocality`): Limit results to a particular locality or city.
                Given a phone number, search within the same Locality as that number.
            fax_enabled (`FaxEnabled`): Whether the phone numbers can receive faxes. Can be:
                `true` or `false`.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[AvailablePhoneNumber] = self._list(
            "available_phone_numbers.list_available_phone_number_shared_cost", locals()
        )
        return pager


class AsyncAvailablePhoneNumbersSharedCost(AsyncAPIResource):
    """`available_phone_numbers.shared_cost` (ListAvailablePhoneNumberSharedCost). Awaitable."""

    _package = "twilio_api_v2010"

    @_api_method
    def list(
        self,
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
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPager[AvailablePhoneNumber]:
        """Search shared-cost phone numbers available to buy in a country.

        Args:
            country_code: The [ISO-3166-1](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)
                alpha-2 code of the country (`US`, `GB`, ...).
            area_code (`AreaCode`): The area code of the phone numbers to read. Applies to
                only phone numbers in the US and Canada.
            contains (`Contains`): Matching pattern to identify phone numbers. This pattern
                can be between 2 and 16 characters long and allows all digits (0-9) and all
                non-diacritic latin alphabet letters (a-z, A-Z). It accepts four meta-
                characters: `*`, `%`, `+`, `$`. The `*` and `%` meta-characters can appear
                multiple times in the pattern. To match wildcards at the beginning or end of
                the pattern, use `*` to match any single character or `%` to match a
                sequence of characters. If you use the wildcard patterns, it must include at
                least two non-meta-characters, and wildcards cannot be used between non-
                meta-characters. To match the beginning of a pattern, start the pattern with
                `+`. To match the end of the pattern, append the pattern with `$`. These
                meta-characters can't be adjacent to each other.
            sms_enabled (`SmsEnabled`): Whether the phone numbers can receive text messages.
                Can be: `true` or `false`.
            mms_enabled (`MmsEnabled`): Whether the phone numbers can receive MMS messages.
                Can be: `true` or `false`.
            voice_enabled (`VoiceEnabled`): Whether the phone numbers can receive calls. Can
                be: `true` or `false`.
            exclude_all_address_required (`ExcludeAllAddressRequired`): Whether to exclude
                phone numbers that require an
                [Address](https://www.twilio.com/docs/usage/api/address). Can be: `true` or
                `false` and the default is `false`.
            exclude_local_address_required (`ExcludeLocalAddressRequired`): Whether to
                exclude phone numbers that require a local
                [Address](https://www.twilio.com/docs/usage/api/address). Can be: `true` or
                `false` and the default is `false`.
            exclude_foreign_address_required (`ExcludeForeignAddressRequired`): Whether to
                exclude phone numbers that require a foreign
                [Address](https://www.twilio.com/docs/usage/api/address). Can be: `true` or
                `false` and the default is `false`.
            beta (`Beta`): Whether to read phone numbers that are new to the Twilio
                platform. Can be: `true` or `false` and the default is `true`.
            near_number (`NearNumber`): Given a phone number, find a geographically close
                number within `distance` miles. Distance defaults to 25 miles. Applies to
                only phone numbers in the US and Canada.
            near_lat_long (`NearLatLong`): Given a latitude/longitude pair `lat,long` find
                geographically close numbers within `distance` miles. Applies to only phone
                numbers in the US and Canada.
            distance (`Distance`): The search radius, in miles, for a `near_` query. Can be
                up to `500` and the default is `25`. Applies to only phone numbers in the US
                and Canada.
            in_postal_code (`InPostalCode`): Limit results to a particular postal code.
                Given a phone number, search within the same postal code as that number.
                Applies to only phone numbers in the US and Canada.
            in_region (`InRegion`): Limit results to a particular region, state, or
                province. Given a phone number, search within the same region as that
                number. Applies to only phone numbers in the US and Canada.
            in_rate_center (`InRateCenter`): Limit results to a specific rate center, or
                given a phone number search within the same rate center as that number.
                Requires `in_lata` to be set as well. Applies to only phone numbers in the
                US and Canada.
            in_lata (`InLata`): Limit results to a specific local access and transport area
                ([LATA](https://en.wikipedia.org/wiki/Local_access_and_transport_area)).
                Given a phone number, search within the same
                [LATA](https://en.wikipedia.org/wiki/Local_access_and_transport_area) as
                that number. Applies to only phone numbers in the US and Canada.
            in_locality (`InLocality`): Limit results to a particular locality or city.
                Given a phone number, search within the same Locality as that number.
            fax_enabled (`FaxEnabled`): Whether the phone numbers can receive faxes. Can be:
                `true` or `false`.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[AvailablePhoneNumber] = self._list(
            "available_phone_numbers.list_available_phone_number_shared_cost", locals()
        )
        return pager
