"""Resource `sip.domains.ip_access_control_list_mappings`: generated from the spec. Do not edit.

create: CreateSipIpAccessControlListMapping (POST /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/IpAccessControlListMappings.json)
delete: DeleteSipIpAccessControlListMapping (DELETE /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/IpAccessControlListMappings/{Sid}.json)
get: FetchSipIpAccessControlListMapping (GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/IpAccessControlListMappings/{Sid}.json)
list: ListSipIpAccessControlListMapping (GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/IpAccessControlListMappings.json)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline._core._paging import AsyncPager, Pager
    from trunkline_generated.twilio_api_v2010.models.sip_domain_mapping import SipDomainMapping

__all__ = ["AsyncSipDomainsIpAccessControlListMappings", "SipDomainsIpAccessControlListMappings"]


class SipDomainsIpAccessControlListMappings(SyncAPIResource):
    """`sip.domains.ip_access_control_list_mappings` (CreateSipIpAccessControlListMapping, DeleteSipIpAccessControlListMapping, FetchSipIpAccessControlListMapping, ListSipIpAccessControlListMapping)."""

    _package = "twilio_api_v2010"

    @_api_method
    def create(
        self,
        domain_sid: str,
        *,
        ip_access_control_list_sid: str,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> SipDomainMapping:
        """Create a new IpAccessControlListMapping resource.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            domain_sid: The SID of the SIP Domain.
            ip_access_control_list_sid (`IpAccessControlListSid`): The unique id of the IP
                access control list to map to the SIP domain.
        """
        result: SipDomainMapping = self._request(
            "sip.create_sip_ip_access_control_list_mapping", locals()
        )
        return result

    @_api_method
    def delete(
        self,
        domain_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Delete an IpAccessControlListMapping resource.

        Args:
            domain_sid: The SID of the SIP Domain.
            sid: The SID of the IpAccessControlListMapping resource.
        """
        self._request("sip.delete_sip_ip_access_control_list_mapping", locals())

    @_api_method
    def get(
        self,
        domain_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> SipDomainMapping:
        """Fetch an IpAccessControlListMapping resource.

        Args:
            domain_sid: The SID of the SIP Domain.
            sid: The SID of the IpAccessControlListMapping resource.
        """
        result: SipDomainMapping = self._request(
            "sip.fetch_sip_ip_access_control_list_mapping", locals()
        )
        return result

    @_api_method
    def list(
        self,
        domain_sid: str,
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
    ) -> Pager[SipDomainMapping]:
        """Retrieve a list of IpAccessControlListMapping resources.

        Args:
            domain_sid: The SID of the SIP Domain.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[SipDomainMapping] = self._list(
            "sip.list_sip_ip_access_control_list_mapping", locals()
        )
        return pager


class AsyncSipDomainsIpAccessControlListMappings(AsyncAPIResource):
    """`sip.domains.ip_access_control_list_mappings` (CreateSipIpAccessControlListMapping, DeleteSipIpAccessControlListMapping, FetchSipIpAccessControlListMapping, ListSipIpAccessControlListMapping). Awaitable."""

    _package = "twilio_api_v2010"

    @_api_method
    async def create(
        self,
        domain_sid: str,
        *,
        ip_access_control_list_sid: str,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> SipDomainMapping:
        """Create a new IpAccessControlListMapping resource.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            domain_sid: The SID of the SIP Domain.
            ip_access_control_list_sid (`IpAccessControlListSid`): The unique id of the IP
                access control list to map to the SIP domain.
        """
        result: SipDomainMapping = await self._request(
            "sip.create_sip_ip_access_control_list_mapping", locals()
        )
        return result

    @_api_method
    async def delete(
        self,
        domain_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Delete an IpAccessControlListMapping resource.

        Args:
            domain_sid: The SID of the SIP Domain.
            sid: The SID of the IpAccessControlListMapping resource.
        """
        await self._request("sip.delete_sip_ip_access_control_list_mapping", locals())

    @_api_method
    async def get(
        self,
        domain_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> SipDomainMapping:
        """Fetch an IpAccessControlListMapping resource.

        Args:
            domain_sid: The SID of the SIP Domain.
            sid: The SID of the IpAccessControlListMapping resource.
        """
        result: SipDomainMapping = await self._request(
            "sip.fetch_sip_ip_access_control_list_mapping", locals()
        )
        return result

    @_api_method
    def list(
        self,
        domain_sid: str,
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
    ) -> AsyncPager[SipDomainMapping]:
        """Retrieve a list of IpAccessControlListMapping resources.

        Args:
            domain_sid: The SID of the SIP Domain.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[SipDomainMapping] = self._list(
            "sip.list_sip_ip_access_control_list_mapping", locals()
        )
        return pager
