"""Resource `addresses`: generated from the spec. Do not edit.

create: CreateAddress (POST /2010-04-01/Accounts/{AccountSid}/Addresses.json)
delete: DeleteAddress (DELETE /2010-04-01/Accounts/{AccountSid}/Addresses/{Sid}.json)
get: FetchAddress (GET /2010-04-01/Accounts/{AccountSid}/Addresses/{Sid}.json)
list: ListAddress (GET /2010-04-01/Accounts/{AccountSid}/Addresses.json)
update: UpdateAddress (POST /2010-04-01/Accounts/{AccountSid}/Addresses/{Sid}.json)
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline._core._paging import AsyncPager, Pager
    from trunkline_generated.twilio_api_v2010.models.address import Address
    from trunkline_generated.twilio_api_v2010.resources.addresses_dependent_phone_numbers import (
        AddressesDependentPhoneNumbers,
        AsyncAddressesDependentPhoneNumbers,
    )

__all__ = ["AsyncAddresses", "Addresses"]


class Addresses(SyncAPIResource):
    """`addresses` (CreateAddress, DeleteAddress, FetchAddress, ListAddress, UpdateAddress)."""

    _package = "twilio_api_v2010"

    @cached_property
    def dependent_phone_numbers(self) -> AddressesDependentPhoneNumbers:
        """`addresses.dependent_phone_numbers`: list()"""
        resource: AddressesDependentPhoneNumbers = self._child(
            "addresses.dependent_phone_numbers",
            "trunkline_generated.twilio_api_v2010.resources.addresses_dependent_phone_numbers",
            "AddressesDependentPhoneNumbers",
        )
        return resource

    @_api_method
    def create(
        self,
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
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Address:
        """Create an address.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            customer_name (`CustomerName`): The name to associate with the new address.
            street (`Street`): The number and street address of the new address.
            city (`City`): The city of the new address.
            region (`Region`): The state or region of the new address.
            postal_code (`PostalCode`): The postal code of the new address.
            iso_country (`IsoCountry`): The ISO country code of the new address.
            friendly_name (`FriendlyName`): A descriptive string that you create to describe
                the new address. It can be up to 64 characters long for Regulatory
                Compliance addresses and 32 characters long for Emergency addresses.
            emergency_enabled (`EmergencyEnabled`): Whether to enable emergency calling on
                the new address. Can be: `true` or `false`.
            auto_correct_address (`AutoCorrectAddress`): Whether we should automatically
                correct the address. Can be: `true` or `false` and the default is `true`. If
                empty or `true`, we will correct the address you provide if necessary. If
                `false`, we won't alter the address you provide.
            street_secondary (`StreetSecondary`): The additional number and street address
                of the address.
        """
        result: Address = self._request("addresses.create_address", locals())
        return result

    @_api_method
    def delete(
        self,
        sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Delete an address.

        Args:
            sid: The SID of the Address resource.
        """
        self._request("addresses.delete_address", locals())

    @_api_method
    def get(
        self,
        sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Address:
        """Fetch an address.

        Args:
            sid: The SID of the Address resource.
        """
        result: Address = self._request("addresses.fetch_address", locals())
        return result

    @_api_method
    def list(
        self,
        *,
        customer_name: str | Unset = UNSET,
        friendly_name: str | Unset = UNSET,
        emergency_enabled: bool | Unset = UNSET,
        iso_country: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Pager[Address]:
        """Retrieve a list of addresses of the account.

        Args:
            customer_name (`CustomerName`): The `customer_name` of the Address resources to
                read.
            friendly_name (`FriendlyName`): The string that identifies the Address resources
                to read.
            emergency_enabled (`EmergencyEnabled`): Whether the address can be associated to
                a number for emergency calling.
            iso_country (`IsoCountry`): The ISO country code of the Address resources to
                read.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[Address] = self._list("addresses.list_address", locals())
        return pager

    @_api_method
    def update(
        self,
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
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Address:
        """Update an address.

        Args:
            sid: The SID of the Address resource.
            friendly_name (`FriendlyName`): A descriptive string that you create to describe
                the new address. It can be up to 64 characters long for Regulatory
                Compliance addresses and 32 characters long for Emergency addresses.
            customer_name (`CustomerName`): The name to associate with the address.
            street (`Street`): The number and street address of the address.
            city (`City`): The city of the address.
            region (`Region`): The state or region of the address.
            postal_code (`PostalCode`): The postal code of the address.
            emergency_enabled (`EmergencyEnabled`): Whether to enable emergency calling on
                the address. Can be: `true` or `false`.
            auto_correct_address (`AutoCorrectAddress`): Whether we should automatically
                correct the address. Can be: `true` or `false` and the default is `true`. If
                empty or `true`, we will correct the address you provide if necessary. If
                `false`, we won't alter the address you provide.
            street_secondary (`StreetSecondary`): The additional number and street address
                of the address.
        """
        result: Address = self._request("addresses.update_address", locals())
        return result


class AsyncAddresses(AsyncAPIResource):
    """`addresses` (CreateAddress, DeleteAddress, FetchAddress, ListAddress, UpdateAddress). Awaitable."""

    _package = "twilio_api_v2010"

    @cached_property
    def dependent_phone_numbers(self) -> AsyncAddressesDependentPhoneNumbers:
        """`addresses.dependent_phone_numbers`: list()"""
        resource: AsyncAddressesDependentPhoneNumbers = self._child(
            "addresses.dependent_phone_numbers",
            "trunkline_generated.twilio_api_v2010.resources.addresses_dependent_phone_numbers",
            "AsyncAddressesDependentPhoneNumbers",
        )
        return resource

    @_api_method
    async def create(
        self,
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
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Address:
        """Create an address.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            customer_name (`CustomerName`): The name to associate with the new address.
            street (`Street`): The number and street address of the new address.
            city (`City`): The city of the new address.
            region (`Region`): The state or region of the new address.
            postal_code (`PostalCode`): The postal code of the new address.
            iso_country (`IsoCountry`): The ISO country code of the new address.
            friendly_name (`FriendlyName`): A descriptive string that you create to describe
                the new address. It can be up to 64 characters long for Regulatory
                Compliance addresses and 32 characters long for Emergency addresses.
            emergency_enabled (`EmergencyEnabled`): Whether to enable emergency calling on
                the new address. Can be: `true` or `false`.
            auto_correct_address (`AutoCorrectAddress`): Whether we should automatically
                correct the address. Can be: `true` or `false` and the default is `true`. If
                empty or `true`, we will correct the address you provide if necessary. If
                `false`, we won't alter the address you provide.
            street_secondary (`StreetSecondary`): The additional number and street address
                of the address.
        """
        result: Address = await self._request("addresses.create_address", locals())
        return result

    @_api_method
    async def delete(
        self,
        sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Delete an address.

        Args:
            sid: The SID of the Address resource.
        """
        await self._request("addresses.delete_address", locals())

    @_api_method
    async def get(
        self,
        sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Address:
        """Fetch an address.

        Args:
            sid: The SID of the Address resource.
        """
        result: Address = await self._request("addresses.fetch_address", locals())
        return result

    @_api_method
    def list(
        self,
        *,
        customer_name: str | Unset = UNSET,
        friendly_name: str | Unset = UNSET,
        emergency_enabled: bool | Unset = UNSET,
        iso_country: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPager[Address]:
        """Retrieve a list of addresses of the account.

        Args:
            customer_name (`CustomerName`): The `customer_name` of the Address resources to
                read.
            friendly_name (`FriendlyName`): The string that identifies the Address resources
                to read.
            emergency_enabled (`EmergencyEnabled`): Whether the address can be associated to
                a number for emergency calling.
            iso_country (`IsoCountry`): The ISO country code of the Address resources to
                read.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[Address] = self._list("addresses.list_address", locals())
        return pager

    @_api_method
    async def update(
        self,
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
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Address:
        """Update an address.

        Args:
            sid: The SID of the Address resource.
            friendly_name (`FriendlyName`): A descriptive string that you create to describe
                the new address. It can be up to 64 characters long for Regulatory
                Compliance addresses and 32 characters long for Emergency addresses.
            customer_name (`CustomerName`): The name to associate with the address.
            street (`Street`): The number and street address of the address.
            city (`City`): The city of the address.
            region (`Region`): The state or region of the address.
            postal_code (`PostalCode`): The postal code of the address.
            emergency_enabled (`EmergencyEnabled`): Whether to enable emergency calling on
                the address. Can be: `true` or `false`.
            auto_correct_address (`AutoCorrectAddress`): Whether we should automatically
                correct the address. Can be: `true` or `false` and the default is `true`. If
                empty or `true`, we will correct the address you provide if necessary. If
                `false`, we won't alter the address you provide.
            street_secondary (`StreetSecondary`): The additional number and street address
                of the address.
        """
        result: Address = await self._request("addresses.update_address", locals())
        return result
