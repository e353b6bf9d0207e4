"""Resource `available_phone_numbers`: generated from the spec. Do not edit.

get: FetchAvailablePhoneNumberCountry (GET /2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers/{CountryCode}.json)
list: ListAvailablePhoneNumberCountry (GET /2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers.json)
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
    from trunkline_generated.twilio_api_v2010.models.available_phone_number_country import (
        AvailablePhoneNumberCountry,
    )
    from trunkline_generated.twilio_api_v2010.resources.available_phone_numbers_local import (
        AsyncAvailablePhoneNumbersLocal,
        AvailablePhoneNumbersLocal,
    )
    from trunkline_generated.twilio_api_v2010.resources.available_phone_numbers_machine_to_machine import (
        AsyncAvailablePhoneNumbersMachineToMachine,
        AvailablePhoneNumbersMachineToMachine,
    )
    from trunkline_generated.twilio_api_v2010.resources.available_phone_numbers_mobile import (
        AsyncAvailablePhoneNumbersMobile,
        AvailablePhoneNumbersMobile,
    )
    from trunkline_generated.twilio_api_v2010.resources.available_phone_numbers_national import (
        AsyncAvailablePhoneNumbersNational,
        AvailablePhoneNumbersNational,
    )
    from trunkline_generated.twilio_api_v2010.resources.available_phone_numbers_shared_cost import (
        AsyncAvailablePhoneNumbersSharedCost,
        AvailablePhoneNumbersSharedCost,
    )
    from trunkline_generated.twilio_api_v2010.resources.available_phone_numbers_toll_free import (
        AsyncAvailablePhoneNumbersTollFree,
        AvailablePhoneNumbersTollFree,
    )
    from trunkline_generated.twilio_api_v2010.resources.available_phone_numbers_voip import (
        AsyncAvailablePhoneNumbersVoip,
        AvailablePhoneNumbersVoip,
    )

__all__ = ["AsyncAvailablePhoneNumbers", "AvailablePhoneNumbers"]


class AvailablePhoneNumbers(SyncAPIResource):
    """`available_phone_numbers` (FetchAvailablePhoneNumberCountry, ListAvailablePhoneNumberCountry)."""

    _package = "twilio_api_v2010"

    @cached_property
    def local(self) -> AvailablePhoneNumbersLocal:
        """`available_phone_numbers.local`: list()"""
        resource: AvailablePhoneNumbersLocal = self._child(
            "available_phone_numbers.local",
            "trunkline_generated.twilio_api_v2010.resources.available_phone_numbers_local",
            "AvailablePhoneNumbersLocal",
        )
        return resource

    @cached_property
    def machine_to_machine(self) -> AvailablePhoneNumbersMachineToMachine:
        """`available_phone_numbers.machine_to_machine`: list()"""
        resource: AvailablePhoneNumbersMachineToMachine = self._child(
            "available_phone_numbers.machine_to_machine",
            "trunkline_generated.twilio_api_v2010.resources.available_phone_numbers_machine_to_machine",
            "AvailablePhoneNumbersMachineToMachine",
        )
        return resource

    @cached_property
    def mobile(self) -> AvailablePhoneNumbersMobile:
        """`available_phone_numbers.mobile`: list()"""
        resource: AvailablePhoneNumbersMobile = self._child(
            "available_phone_numbers.mobile",
            "trunkline_generated.twilio_api_v2010.resources.available_phone_numbers_mobile",
            "AvailablePhoneNumbersMobile",
        )
        return resource

    @cached_property
    def national(self) -> AvailablePhoneNumbersNational:
        """`available_phone_numbers.national`: list()"""
        resource: AvailablePhoneNumbersNational = self._child(
            "available_phone_numbers.national",
            "trunkline_generated.twilio_api_v2010.resources.available_phone_numbers_national",
            "AvailablePhoneNumbersNational",
        )
        return resource

    @cached_property
    def shared_cost(self) -> AvailablePhoneNumbersSharedCost:
        """`available_phone_numbers.shared_cost`: list()"""
        resource: AvailablePhoneNumbersSharedCost = self._child(
            "available_phone_numbers.shared_cost",
            "trunkline_generated.twilio_api_v2010.resources.available_phone_numbers_shared_cost",
            "AvailablePhoneNumbersSharedCost",
        )
        return resource

    @cached_property
    def toll_free(self) -> AvailablePhoneNumbersTollFree:
        """`available_phone_numbers.toll_free`: list()"""
        resource: AvailablePhoneNumbersTollFree = self._child(
            "available_phone_numbers.toll_free",
            "trunkline_generated.twilio_api_v2010.resources.available_phone_numbers_toll_free",
            "AvailablePhoneNumbersTollFree",
        )
        return resource

    @cached_property
    def voip(self) -> AvailablePhoneNumbersVoip:
        """`available_phone_numbers.voip`: list()"""
        resource: AvailablePhoneNumbersVoip = self._child(
            "available_phone_numbers.voip",
            "trunkline_generated.twilio_api_v2010.resources.available_phone_numbers_voip",
            "AvailablePhoneNumbersVoip",
        )
        return resource

    @_api_method
    def get(
        self,
        country_code: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AvailablePhoneNumberCountry:
        """Fetch the kinds of phone numbers available in one country.

        Args:
            country_code: The [ISO-3166-1](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)
                alpha-2 code of the country (`US`, `GB`, ...).
        """
        result: AvailablePhoneNumberCountry = self._request(
            "available_phone_numbers.fetch_available_phone_number_country", locals()
        )
        return result

    @_api_method
    def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Pager[AvailablePhoneNumberCountry]:
        """Retrieve the countries where phone numbers are available to buy.

        Args:
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[AvailablePhoneNumberCountry] = self._list(
            "available_phone_numbers.list_available_phone_number_country", locals()
        )
        return pager


class AsyncAvailablePhoneNumbers(AsyncAPIResource):
    """`available_phone_numbers` (FetchAvailablePhoneNumberCountry, ListAvailablePhoneNumberCountry). Awaitable."""

    _package = "twilio_api_v2010"

    @cached_property
    def local(self) -> AsyncAvailablePhoneNumbersLocal:
        """`available_phone_numbers.local`: list()"""
        resource: AsyncAvailablePhoneNumbersLocal = self._child(
            "available_phone_numbers.local",
            "trunkline_generated.twilio_api_v2010.resources.available_phone_numbers_local",
            "AsyncAvailablePhoneNumbersLocal",
        )
        return resource

    @cached_property
    def machine_to_machine(self) -> AsyncAvailablePhoneNumbersMachineToMachine:
        """`available_phone_numbers.machine_to_machine`: list()"""
        resource: AsyncAvailablePhoneNumbersMachineToMachine = self._child(
            "available_phone_numbers.machine_to_machine",
            "trunkline_generated.twilio_api_v2010.resources.available_phone_numbers_machine_to_machine",
            "AsyncAvailablePhoneNumbersMachineToMachine",
        )
        return resource

    @cached_property
    def mobile(self) -> AsyncAvailablePhoneNumbersMobile:
        """`available_phone_numbers.mobile`: list()"""
        resource: AsyncAvailablePhoneNumbersMobile = self._child(
            "available_phone_numbers.mobile",
            "trunkline_generated.twilio_api_v2010.resources.available_phone_numbers_mobile",
            "AsyncAvailablePhoneNumbersMobile",
        )
        return resource

    @cached_property
    def national(self) -> AsyncAvailablePhoneNumbersNational:
        """`available_phone_numbers.national`: list()"""
        resource: AsyncAvailablePhoneNumbersNational = self._child(
            "available_phone_numbers.national",
            "trunkline_generated.twilio_api_v2010.resources.available_phone_numbers_national",
            "AsyncAvailablePhoneNumbersNational",
        )
        return resource

    @cached_property
    def shared_cost(self) -> AsyncAvailablePhoneNumbersSharedCost:
        """`available_phone_numbers.shared_cost`: list()"""
        resource: AsyncAvailablePhoneNumbersSharedCost = self._child(
            "available_phone_numbers.shared_cost",
            "trunkline_generated.twilio_api_v2010.resources.available_phone_numbers_shared_cost",
            "AsyncAvailablePhoneNumbersSharedCost",
        )
        return resource

    @cached_property
    def toll_free(self) -> AsyncAvailablePhoneNumbersTollFree:
        """`available_phone_numbers.toll_free`: list()"""
        resource: AsyncAvailablePhoneNumbersTollFree = self._child(
            "available_phone_numbers.toll_free",
            "trunkline_generated.twilio_api_v2010.resources.available_phone_numbers_toll_free",
            "AsyncAvailablePhoneNumbersTollFree",
        )
        return resource

    @cached_property
    def voip(self) -> AsyncAvailablePhoneNumbersVoip:
        """`available_phone_numbers.voip`: list()"""
        resource: AsyncAvailablePhoneNumbersVoip = self._child(
            "available_phone_numbers.voip",
            "trunkline_generated.twilio_api_v2010.resources.available_phone_numbers_voip",
            "AsyncAvailablePhoneNumbersVoip",
        )
        return resource

    @_api_method
    async def get(
        self,
        country_code: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AvailablePhoneNumberCountry:
        """Fetch the kinds of phone numbers available in one country.

        Args:
            country_code: The [ISO-3166-1](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)
                alpha-2 code of the country (`US`, `GB`, ...).
        """
        result: AvailablePhoneNumberCountry = await self._request(
            "available_phone_numbers.fetch_available_phone_number_country", locals()
        )
        return result

    @_api_method
    def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPager[AvailablePhoneNumberCountry]:
        """Retrieve the countries where phone numbers are available to buy.

        Args:
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[AvailablePhoneNumberCountry] = self._list(
            "available_phone_numbers.list_available_phone_number_country", locals()
        )
        return pager
