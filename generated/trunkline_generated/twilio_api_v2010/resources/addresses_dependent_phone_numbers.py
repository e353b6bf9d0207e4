"""Resource `addresses.dependent_phone_numbers`: generated from the spec. Do not edit.

list: ListDependentPhoneNumber (GET /2010-04-01/Accounts/{AccountSid}/Addresses/{AddressSid}/DependentPhoneNumbers.json)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline._core._paging import AsyncPager, Pager
    from trunkline_generated.twilio_api_v2010.models.dependent_phone_number import (
        DependentPhoneNumber,
    )

__all__ = ["AsyncAddressesDependentPhoneNumbers", "AddressesDependentPhoneNumbers"]


class AddressesDependentPhoneNumbers(SyncAPIResource):
    """`addresses.dependent_phone_numbers` (ListDependentPhoneNumber)."""

    _package = "twilio_api_v2010"

    @_api_method
    def list(
        self,
        address_sid: str,
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
    ) -> Pager[DependentPhoneNumber]:
        """Retrieve a list of phone numbers that depend on an address.

        Args:
            address_sid: The SID of the Address the phone numbers depend on.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[DependentPhoneNumber] = self._list(
            "addresses.list_dependent_phone_number", locals()
        )
        return pager


class AsyncAddressesDependentPhoneNumbers(AsyncAPIResource):
    """`addresses.dependent_phone_numbers` (ListDependentPhoneNumber). Awaitable."""

    _package = "twilio_api_v2010"

    @_api_method
    def list(
        self,
        address_sid: str,
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
    ) -> AsyncPager[DependentPhoneNumber]:
        """Retrieve a list of phone numbers that depend on an address.

        Args:
            address_sid: The SID of the Address the phone numbers depend on.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[DependentPhoneNumber] = self._list(
            "addresses.list_dependent_phone_number", locals()
        )
        return pager
