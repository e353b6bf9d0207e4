"""Resource `lookups.v2.phone_numbers`: generated from the spec. Do not edit.

get: FetchPhoneNumber (GET /v2/PhoneNumbers/{PhoneNumber})
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline_generated.twilio_lookups_v2.models.phone_number import PhoneNumber

__all__ = ["AsyncPhoneNumbers", "PhoneNumbers"]


class PhoneNumbers(SyncAPIResource):
    """`lookups.v2.phone_numbers` (FetchPhoneNumber)."""

    _package = "twilio_lookups_v2"

    @_api_method
    def get(
        self,
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
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> PhoneNumber:
        """Look up a phone number, with the data packages named in `Fields`.

        The Lookup API allows you to query information on a phone number so that you can
        make a trusted interaction with your user. Without `Fields` it validates and formats
        the number (free); each package named in `Fields` is billed. Full API documentation
        is at https://www.twilio.com/docs/lookup/v2-api.

        Args:
            phone_number: The phone number to lookup in E.164 or national format. Default
                country code is +1 (North America).
            fields (`Fields`): A comma-separated list of fields to return. Possible values
                are validation, caller_name, sim_swap, call_forwarding, line_status,
                line_type_intelligence, identity_match, reassigned_number, sms_pumping_risk,
                phone_number_quality_score, pre_fill.
            country_code (`CountryCode`): The [country
                code](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2) used if the phone
                number provided is in national format.
            first_name (`FirstName`): The user's first name. This query parameter is only
                used (optionally) for identity_match package requests.
            last_name (`LastName`): The user's last name. This query parameter is only used
                (optionally) for identity_match package requests.
            address_line_1 (`AddressLine1`): The user's first address line. This query
                parameter is only used (optionally) for identity_match package requests.
            address_line_2 (`AddressLine2`): The user's second address line. This query
                parameter is only used (optionally) for identity_match package requests.
            city (`City`): The user's city. This query parameter is only used (optionally)
                for identity_match package requests.
            state (`State`): The user's country subdivision, such as state, province, or
                locality. This query parameter is only used (optionally) for identity_match
                package requests.
            postal_code (`PostalCode`): The user's postal zip code. This query parameter is
                only used (optionally) for identity_match package requests.
            address_country_code (`AddressCountryCode`): The user's country, up to two
                characters. This query parameter is only used (optionally) for
                identity_match package requests.
            national_id (`NationalId`): The user's national ID, such as SSN or Passport ID.
                This query parameter is only used (optionally) for identity_match package
                requests.
            date_of_birth (`DateOfBirth`): The user's date of birth, in YYYYMMDD format.
                This query parameter is only used (optionally) for identity_match package
                requests.
            last_verified_date (`LastVerifiedDate`): The date you obtained consent to call
                or text the end-user of the phone number or a date on which you are
                reasonably certain that the end-user could still be reached at that number.
                This query parameter is only used (optionally) for reassigned_number package
                requests.
            verification_sid (`VerificationSid`): The unique identifier associated with a
                verification process through verify API. This query parameter is only used
                (optionally) for pre_fill package requests.
            partner_sub_id (`PartnerSubId`): The optional partnerSubId parameter to provide
                context for your sub-accounts, tenantIDs, sender IDs or other segmentation,
                enhancing the accuracy of the risk analysis.
        """
        result: PhoneNumber = self._request("phone_numbers.fetch_phone_number", locals())
        return result


class AsyncPhoneNumbers(AsyncAPIResource):
    """`lookups.v2.phone_numbers` (FetchPhoneNumber). Awaitable."""

    _package = "twilio_lookups_v2"

    @_api_method
    async def get(
        self,
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
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> PhoneNumber:
        """Look up a phone number, with the data packages named in `Fields`.

        The Lookup API allows you to query information on a phone number so that you can
        make a trusted interaction with your user. Without `Fields` it validates and formats
        the number (free); each package named in `Fields` is billed. Full API documentation
        is at https://www.twilio.com/docs/lookup/v2-api.

        Args:
            phone_number: The phone number to lookup in E.164 or national format. Default
                country code is +1 (North America).
            fields (`Fields`): A comma-separated list of fields to return. Possible values
                are validation, caller_name, sim_swap, call_forwarding, line_status,
                line_type_intelligence, identity_match, reassigned_number, sms_pumping_risk,
                phone_number_quality_score, pre_fill.
            country_code (`CountryCode`): The [country
                code](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2) used if the phone
                number provided is in national format.
            first_name (`FirstName`): The user's first name. This query parameter is only
                used (optionally) for identity_match package requests.
            last_name (`LastName`): The user's last name. This query parameter is only used
                (optionally) for identity_match package requests.
            address_line_1 (`AddressLine1`): The user's first address line. This query
                parameter is only used (optionally) for identity_match package requests.
            address_line_2 (`AddressLine2`): The user's second address line. This query
                parameter is only used (optionally) for identity_match package requests.
            city (`City`): The user's city. This query parameter is only used (optionally)
                for identity_match package requests.
            state (`State`): The user's country subdivision, such as state, province, or
                locality. This query parameter is only used (optionally) for identity_match
                package requests.
            postal_code (`PostalCode`): The user's postal zip code. This query parameter is
                only used (optionally) for identity_match package requests.
            address_country_code (`AddressCountryCode`): The user's country, up to two
                characters. This query parameter is only used (optionally) for
                identity_match package requests.
            national_id (`NationalId`): The user's national ID, such as SSN or Passport ID.
                This query parameter is only used (optionally) for identity_match package
                requests.
            date_of_birth (`DateOfBirth`): The user's date of birth, in YYYYMMDD format.
                This query parameter is only used (optionally) for identity_match package
                requests.
            last_verified_date (`LastVerifiedDate`): The date you obtained consent to call
                or text the end-user of the phone number or a date on which you are
                reasonably certain that the end-user could still be reached at that number.
                This query parameter is only used (optionally) for reassigned_number package
                requests.
            verification_sid (`VerificationSid`): The unique identifier associated with a
                verification process through verify API. This query parameter is only used
                (optionally) for pre_fill package requests.
            partner_sub_id (`PartnerSubId`): The optional partnerSubId parameter to provide
                context for your sub-accounts, tenantIDs, sender IDs or other segmentation,
                enhancing the accuracy of the risk analysis.
        """
        result: PhoneNumber = await self._request("phone_numbers.fetch_phone_number", locals())
        return result
