"""Resource `sip.ip_access_control_lists`: generated from the spec. Do not edit.

create: CreateSipIpAccessControlList (POST /2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists.json)
delete: DeleteSipIpAccessControlList (DELETE /2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists/{Sid}.json)
get: FetchSipIpAccessControlList (GET /2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists/{Sid}.json)
list: ListSipIpAccessControlList (GET /2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists.json)
update: UpdateSipIpAccessControlList (POST /2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists/{Sid}.json)
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
    from trunkline_generated.twilio_api_v2010.models.sip_ip_access_control_list import (
        SipIpAccessControlList,
    )
    from trunkline_generated.twilio_api_v2010.resources.sip_ip_access_control_lists_ip_addresses import (
        AsyncSipIpAccessControlListsIpAddresses,
        SipIpAccessControlListsIpAddresses,
    )

__all__ = ["AsyncSipIpAccessControlLists", "SipIpAccessControlLists"]


class SipIpAccessControlLists(SyncAPIResource):
    """`sip.ip_access_control_lists` (CreateSipIpAccessControlList, DeleteSipIpAccessControlList, FetchSipIpAccessControlList, ListSipIpAccessControlList, UpdateSipIpAccessControlList)."""

    _package = "twilio_api_v2010"

    @cached_property
    def ip_addresses(self) -> SipIpAccessControlListsIpAddresses:
        """`sip.ip_access_control_lists.ip_addresses`: create(), delete(), get(), list(), update()"""
        resource: SipIpAccessControlListsIpAddresses = self._child(
            "sip.ip_access_control_lists.ip_addresses",
            "trunkline_generated.twilio_api_v2010.resources.sip_ip_access_control_lists_ip_addresses",
            "SipIpAccessControlListsIpAddresses",
        )
        return resource

    @_api_method
    def create(
        self,
        *,
        friendly_name: str,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> SipIpAccessControlList:
        """Create a new IpAccessControlList resource.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            friendly_name (`FriendlyName`): A human readable descriptive text that describes
                the IpAccessControlList, up to 255 characters long.
        """
        result: SipIpAccessControlList = self._request(
            "sip.create_sip_ip_access_control_list", locals()
        )
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
        """Delete an IpAccessControlList from the requested account.

        Args:
            sid: The SID of the IP Access Control List resource.
        """
        self._request("sip.delete_sip_ip_access_control_list", locals())

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
    ) -> SipIpAccessControlList:
        """Fetch a specific instance of an IpAccessControlList.

        Args:
            sid: The SID of the IP Access Control List resource.
        """
        result: SipIpAccessControlList = self._request(
            "sip.fetch_sip_ip_access_control_list", locals()
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
    ) -> Pager[SipIpAccessControlList]:
        """Retrieve a list of IpAccessControlLists that belong to the account used to make the request.

        Args:
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[SipIpAccessControlList] = self._list(
            "sip.list_sip_ip_access_control_list", locals()
        )
        return pager

    @_api_method
    def update(
        self,
        sid: str,
        *,
        friendly_name: str,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> SipIpAccessControlList:
        """Rename an IpAccessControlList.

        Args:
            sid: The SID of the IP Access Control List resource.
            friendly_name (`FriendlyName`): A human readable descriptive text, up to 255
                characters long.
        """
        result: SipIpAccessControlList = self._request(
            "sip.update_sip_ip_access_control_list", locals()
        )
        return result


class AsyncSipIpAccessControlLists(AsyncAPIResource):
    """`sip.ip_access_control_lists` (CreateSipIpAccessControlList, DeleteSipIpAccessControlList, FetchSipIpAccessControlList, ListSipIpAccessControlList, UpdateSipIpAccessControlList). Awaitable."""

    _package = "twilio_api_v2010"

    @cached_property
    def ip_addresses(self) -> AsyncSipIpAccessControlListsIpAddresses:
        """`sip.ip_access_control_lists.ip_addresses`: create(), delete(), get(), list(), update()"""
        resource: AsyncSipIpAccessControlListsIpAddresses = self._child(
            "sip.ip_access_control_lists.ip_addresses",
            "trunkline_generated.twilio_api_v2010.resources.sip_ip_access_control_lists_ip_addresses",
            "AsyncSipIpAccessControlListsIpAddresses",
        )
        return resource

    @_api_method
    async def create(
        self,
        *,
        friendly_name: str,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> SipIpAccessControlList:
        """Create a new IpAccessControlList resource.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            friendly_name (`FriendlyName`): A human readable descriptive text that describes
                the IpAccessControlList, up to 255 characters long.
        """
        result: SipIpAccessControlList = await self._request(
            "sip.create_sip_ip_access_control_list", locals()
        )
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
        """Delete an IpAccessControlList from the requested account.

        Args:
            sid: The SID of the IP Access Control List resource.
        """
        await self._request("sip.delete_sip_ip_access_control_list", locals())

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
    ) -> SipIpAccessControlList:
        """Fetch a specific instance of an IpAccessControlList.

        Args:
            sid: The SID of the IP Access Control List resource.
        """
        result: SipIpAccessControlList = await self._request(
            "sip.fetch_sip_ip_access_control_list", locals()
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
    ) -> AsyncPager[SipIpAccessControlList]:
        """Retrieve a list of IpAccessControlLists that belong to the account used to make the request.

        Args:
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[SipIpAccessControlList] = self._list(
            "sip.list_sip_ip_access_control_list", locals()
        )
        return pager

    @_api_method
    async def update(
        self,
        sid: str,
        *,
        friendly_name: str,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> SipIpAccessControlList:
        """Rename an IpAccessControlList.

        Args:
            sid: The SID of the IP Access Control List resource.
            friendly_name (`FriendlyName`): A human readable descriptive text, up to 255
                characters long.
        """
        result: SipIpAccessControlList = await self._request(
            "sip.update_sip_ip_access_control_list", locals()
        )
        return result
