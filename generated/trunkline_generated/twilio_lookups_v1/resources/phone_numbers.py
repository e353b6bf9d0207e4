"""Resource `lookups.v1.phone_numbers`: generated from the spec. Do not edit.

get: FetchPhoneNumber (GET /v1/PhoneNumbers/{PhoneNumber})
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline_generated.twilio_lookups_v1.models.lookup_type import LookupType
    from trunkline_generated.twilio_lookups_v1.models.phone_number import PhoneNumber

__all__ = ["AsyncPhoneNumbers", "PhoneNumbers"]


class PhoneNumbers(SyncAPIResource):
    """`lookups.v1.phone_numbers` (FetchPhoneNumber)."""

    _package = "twilio_lookups_v1"

    @_api_method
    def get(
        self,
        phone_number: str,
        *,
        country_code: str | Unset = UNSET,
        type_: builtins.list[LookupType] | Unset = UNSET,
        add_ons: builtins.list[str] | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> PhoneNumber:
        """Look up a phone number's national format and, on request, its carrier and caller name.

        Args:
            phone_number: The phone number to lookup in
                [E.164](https://www.twilio.com/docs/glossary/what-e164) format, which
                consists of a + followed by the country code and subscriber number, or in
                national format together with `CountryCode`.
            country_code (`CountryCode`): The [ISO country
                code](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2) of the phone number
                to fetch. This is used to specify the country when the phone number is
                provided in a national format.
            type_ (`Type`): The type of information to return. Can be: `carrier` or `caller-
                name`. The default is null. To retrieve both types of information, specify
                this parameter twice; once with `carrier` and once with `caller-name` as the
                value.
            add_ons (`AddOns`): The `unique_name` of an Add-on you would like to invoke. Can
                be the `unique_name` of an Add-on that is installed on your account. You can
                specify multiple instances of this parameter to invoke multiple Add-ons. For
                more information about Add-ons, see the [Add-ons
                documentation](https://www.twilio.com/docs/add-ons).
        """
        result: PhoneNumber = self._request("phone_numbers.fetch_phone_number", locals())
        return result


class AsyncPhoneNumbers(AsyncAPIResource):
    """`lookups.v1.phone_numbers` (FetchPhoneNumber). Awaitable."""

    _package = "twilio_lookups_v1"

    @_api_method
    async def get(
        self,
        phone_number: str,
        *,
        country_code: str | Unset = UNSET,
        type_: builtins.list[LookupType] | Unset = UNSET,
        add_ons: builtins.list[str] | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> PhoneNumber:
        """Look up a phone number's national format and, on request, its carrier and caller name.

        Args:
            phone_number: The phone number to lookup in
                [E.164](https://www.twilio.com/docs/glossary/what-e164) format, which
                consists of a + followed by the country code and subscriber number, or in
                national format together with `CountryCode`.
            country_code (`CountryCode`): The [ISO country
                code](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2) of the phone number
                to fetch. This is used to specify the country when the phone number is
                provided in a national format.
            type_ (`Type`): The type of information to return. Can be: `carrier` or `caller-
                name`. The default is null. To retrieve both types of information, specify
                this parameter twice; once with `carrier` and once with `caller-name` as the
                value.
            add_ons (`AddOns`): The `unique_name` of an Add-on you would like to invoke. Can
                be the `unique_name` of an Add-on that is installed on your account. You can
                specify multiple instances of this parameter to invoke multiple Add-ons. For
                more information about Add-ons, see the [Add-ons
                documentation](https://www.twilio.com/docs/add-ons).
        """
        result: PhoneNumber = await self._request("phone_numbers.fetch_phone_number", locals())
        return result
