"""Resource `sip.ip_access_control_lists.ip_addresses`: generated from the spec. Do not edit.

create: CreateSipIpAddress (POST /2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists/{IpAccessControlListSid}/IpAddresses.json)
delete: DeleteSipIpAddress (DELETE /2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists/{IpAccessControlListSid}/IpAddresses/{Sid}.json)
get: FetchSipIpAddress (GET /2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists/{IpAccessControlListSid}/IpAddresses/{Sid}.json)
list: ListSipIpAddress (GET /2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists/{IpAccessControlListSid}/IpAddresses.json)
update: UpdateSipIpAddress (POST /2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists/{IpAccessControlListSid}/IpAddresses/{Sid}.json)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline._core._paging import AsyncPager, Pager
    from trunkline_generated.twilio_api_v2010.models.sip_ip_address import SipIpAddress

__all__ = ["AsyncSipIpAccessControlListsIpAddresses", "SipIpAccessControlListsIpAddresses"]


class SipIpAccessControlListsIpAddresses(SyncAPIResource):
    """`sip.ip_access_control_lists.ip_addresses` (CreateSipIpAddress, DeleteSipIpAddress, FetchSipIpAddress, ListSipIpAddress, UpdateSipIpAddress)."""

    _package = "twilio_api_v2010"

    @_api_method
    def create(
        self,
        ip_access_control_list_sid: str,
        *,
        friendly_name: str,
        ip_address: str,
        cidr_prefix_length: int | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> SipIpAddress:
        """Create a new IpAddress resource.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            ip_access_control_list_sid: The SID of the SIP IP Access Control List.
            friendly_name (`FriendlyName`): A human readable descriptive text for this
                resource, up to 255 characters long.
            ip_address (`IpAddress`): An IP address in dotted decimal notation from which
                you want to accept traffic. Any SIP requests from this IP address will be
                allowed by Twilio. IPv4 only supported today.
            cidr_prefix_length (`CidrPrefixLength`): An integer representing the length of
                the CIDR prefix to use with this IP address when accepting traffic. By
                default the entire IP address is used.
        """
        result: SipIpAddress = self._request("sip.create_sip_ip_address", locals())
        return result

    @_api_method
    def delete(
        self,
        ip_access_control_list_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Delete an IpAddress resource.

        Args:
            ip_access_control_list_sid: The SID of the SIP IP Access Control List.
            sid: The SID of the IpAddress resource.
        """
        self._request("sip.delete_sip_ip_address", locals())

    @_api_method
    def get(
        self,
        ip_access_control_list_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> SipIpAddress:
        """Read one IpAddress resource.

        Args:
            ip_access_control_list_sid: The SID of the SIP IP Access Control List.
            sid: The SID of the IpAddress resource.
        """
        result: SipIpAddress = self._request("sip.fetch_sip_ip_address", locals())
        return result

    @_api_method
    def list(
        self,
        ip_access_control_list_sid: str,
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
    ) -> Pager[SipIpAddress]:
        """Read multiple IpAddress resources.

        Args:
            ip_access_control_list_sid: The SID of the SIP IP Access Control List.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[SipIpAddress] = self._list("sip.list_sip_ip_address", locals())
        return pager

    @_api_method
    def update(
        self,
        ip_access_control_list_sid: str,
        sid: str,
        *,
        ip_address: str | Unset = UNSET,
        friendly_name: str | Unset = UNSET,
        cidr_prefix_length: int | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> SipIpAddress:
        """Update an IpAddress resource.

        Args:
            ip_access_control_list_sid: The SID of the SIP IP Access Control List.
            sid: The SID of the IpAddress resource.
            ip_address (`IpAddress`): An IP address in dotted decimal notation from which
                you want to accept traffic. Any SIP requests from this IP address will be
                allowed by Twilio. IPv4 only supported today.
            friendly_name (`FriendlyName`): A human readable descriptive text for this
                resource, up to 255 characters long.
            cidr_prefix_length (`CidrPrefixLength`): An integer representing the length of
                the CIDR prefix to use with this IP address when accepting traffic. By
                default the entire IP address is used.
        """
        result: SipIpAddress = self._request("sip.update_sip_ip_address", locals())
        return result


class AsyncSipIpAccessControlListsIpAddresses(AsyncAPIResource):
    """`sip.ip_access_control_lists.ip_addresses` (CreateSipIpAddress, DeleteSipIpAddress, FetchSipIpAddress, ListSipIpAddress, UpdateSipIpAddress). Awaitable."""

    _package = "twilio_api_v2010"

    @_api_method
    async def create(
        self,
        ip_access_control_list_sid: str,
        *,
        friendly_name: str,
        ip_address: str,
        cidr_prefix_length: int | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> SipIpAddress:
        """Create a new IpAddress resource.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            ip_access_control_list_sid: The SID of the SIP IP Access Control List.
            friendly_name (`FriendlyName`): A human readable descriptive text for this
                resource, up to 255 characters long.
            ip_address (`IpAddress`): An IP address in dotted decimal notation from which
                you want to accept traffic. Any SIP requests from this IP address will be
                allowed by Twilio. IPv4 only supported today.
            cidr_prefix_length (`CidrPrefixLength`): An integer representing the length of
                the CIDR prefix to use with this IP address when accepting traffic. By
                default the entire IP address is used.
        """
        result: SipIpAddress = await self._request("sip.create_sip_ip_address", locals())
        return result

    @_api_method
    async def delete(
        self,
        ip_access_control_list_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Delete an IpAddress resource.

        Args:
            ip_access_control_list_sid: The SID of the SIP IP Access Control List.
            sid: The SID of the IpAddress resource.
        """
        await self._request("sip.delete_sip_ip_address", locals())

    @_api_method
    async def get(
        self,
        ip_access_control_list_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> SipIpAddress:
        """Read one IpAddress resource.

        Args:
            ip_access_control_list_sid: The SID of the SIP IP Access Control List.
            sid: The SID of the IpAddress resource.
        """
        result: SipIpAddress = await self._request("sip.fetch_sip_ip_address", locals())
        return result

    @_api_method
    def list(
        self,
        ip_access_control_list_sid: str,
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
    ) -> AsyncPager[SipIpAddress]:
        """Read multiple IpAddress resources.

        Args:
            ip_access_control_list_sid: The SID of the SIP IP Access Control List.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[SipIpAddress] = self._list("sip.list_sip_ip_address", locals())
        return pager

    @_api_method
    async def update(
        self,
        ip_access_control_list_sid: str,
        sid: str,
        *,
        ip_address: str | Unset = UNSET,
        friendly_name: str | Unset = UNSET,
        cidr_prefix_length: int | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> SipIpAddress:
        """Update an IpAddress resource.

        Args:
            ip_access_control_list_sid: The SID of the SIP IP Access Control List.
            sid: The SID of the IpAddress resource.
            ip_address (`IpAddress`): An IP address in dotted decimal notation from which
                you want to accept traffic. Any SIP requests from this IP address will be
                allowed by Twilio. IPv4 only supported today.
            friendly_name (`FriendlyName`): A human readable descriptive text for this
                resource, up to 255 characters long.
            cidr_prefix_length (`CidrPrefixLength`): An integer representing the length of
                the CIDR prefix to use with this IP address when accepting traffic. By
                default the entire IP address is used.
        """
        result: SipIpAddress = await self._request("sip.update_sip_ip_address", locals())
        return result
