"""Resource `sip.domains.credential_list_mappings`: generated from the spec. Do not edit.

create: CreateSipCredentialListMapping (POST /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/CredentialListMappings.json)
delete: DeleteSipCredentialListMapping (DELETE /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/CredentialListMappings/{Sid}.json)
get: FetchSipCredentialListMapping (GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/CredentialListMappings/{Sid}.json)
list: ListSipCredentialListMapping (GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/CredentialListMappings.json)
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

__all__ = ["AsyncSipDomainsCredentialListMappings", "SipDomainsCredentialListMappings"]


class SipDomainsCredentialListMappings(SyncAPIResource):
    """`sip.domains.credential_list_mappings` (CreateSipCredentialListMapping, DeleteSipCredentialListMapping, FetchSipCredentialListMapping, ListSipCredentialListMapping)."""

    _package = "twilio_api_v2010"

    @_api_method
    def create(
        self,
        domain_sid: str,
        *,
        credential_list_sid: str,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> SipDomainMapping:
        """Create a CredentialListMapping resource for an account.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            domain_sid: The SID of the SIP Domain.
            credential_list_sid (`CredentialListSid`): A 34 character string that uniquely
                identifies the CredentialList resource to map to the SIP domain.
        """
        result: SipDomainMapping = self._request("sip.create_sip_credential_list_mapping", locals())
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
        """Delete a CredentialListMapping resource from an account.

        Args:
            domain_sid: The SID of the SIP Domain.
            sid: The SID of the CredentialListMapping resource.
        """
        self._request("sip.delete_sip_credential_list_mapping", locals())

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
        """Fetch a single CredentialListMapping resource from an account.

        Args:
            domain_sid: The SID of the SIP Domain.
            sid: The SID of the CredentialListMapping resource.
        """
        result: SipDomainMapping = self._request("sip.fetch_sip_credential_list_mapping", locals())
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
        """Read multiple CredentialListMapping resources from an account.

        Args:
            domain_sid: The SID of the SIP Domain.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[SipDomainMapping] = self._list(
            "sip.list_sip_credential_list_mapping", locals()
        )
        return pager


class AsyncSipDomainsCredentialListMappings(AsyncAPIResource):
    """`sip.domains.credential_list_mappings` (CreateSipCredentialListMapping, DeleteSipCredentialListMapping, FetchSipCredentialListMapping, ListSipCredentialListMapping). Awaitable."""

    _package = "twilio_api_v2010"

    @_api_method
    async def create(
        self,
        domain_sid: str,
        *,
        credential_list_sid: str,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> SipDomainMapping:
        """Create a CredentialListMapping resource for an account.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            domain_sid: The SID of the SIP Domain.
            credential_list_sid (`CredentialListSid`): A 34 character string that uniquely
                identifies the CredentialList resource to map to the SIP domain.
        """
        result: SipDomainMapping = await self._request(
            "sip.create_sip_credential_list_mapping", locals()
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
        """Delete a CredentialListMapping resource from an account.

        Args:
            domain_sid: The SID of the SIP Domain.
            sid: The SID of the CredentialListMapping resource.
        """
        await self._request("sip.delete_sip_credential_list_mapping", locals())

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
        """Fetch a single CredentialListMapping resource from an account.

        Args:
            domain_sid: The SID of the SIP Domain.
            sid: The SID of the CredentialListMapping resource.
        """
        result: SipDomainMapping = await self._request(
            "sip.fetch_sip_credential_list_mapping", locals()
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
        """Read multiple CredentialListMapping resources from an account.

        Args:
            domain_sid: The SID of the SIP Domain.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[SipDomainMapping] = self._list(
            "sip.list_sip_credential_list_mapping", locals()
        )
        return pager
