"""Resource `sip.domains.auth.registrations.credential_list_mappings`: generated from the spec. Do not edit.

create: CreateSipAuthRegistrationsCredentialListMapping (POST /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Registrations/CredentialListMappings.json)
delete: DeleteSipAuthRegistrationsCredentialListMapping (DELETE /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Registrations/CredentialListMappings/{Sid}.json)
get: FetchSipAuthRegistrationsCredentialListMapping (GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Registrations/CredentialListMappings/{Sid}.json)
list: ListSipAuthRegistrationsCredentialListMapping (GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Registrations/CredentialListMappings.json)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline._core._paging import AsyncPager, Pager
    from trunkline_generated.twilio_api_v2010.models.sip_domain_auth_mapping import (
        SipDomainAuthMapping,
    )

__all__ = [
    "AsyncSipDomainsAuthRegistrationsCredentialListMappings",
    "SipDomainsAuthRegistrationsCredentialListMappings",
]


class SipDomainsAuthRegistrationsCredentialListMappings(SyncAPIResource):
    """`sip.domains.auth.registrations.credential_list_mappings` (CreateSipAuthRegistrationsCredentialListMapping, DeleteSipAuthRegistrationsCredentialListMapping, FetchSipAuthRegistrationsCredentialListMapping, ListSipAuthRegistrationsCredentialListMapping)."""

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
    ) -> SipDomainAuthMapping:
        """Create a new credential list mapping resource.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            domain_sid: The SID of the SIP Domain.
            credential_list_sid (`CredentialListSid`): The SID of the CredentialList
                resource to map to the SIP domain.
        """
        result: SipDomainAuthMapping = self._request(
            "sip.create_sip_auth_registrations_credential_list_mapping", locals()
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
        """Delete a credential list mapping from the requested domain.

        Args:
            domain_sid: The SID of the SIP Domain.
            sid: The SID of the CredentialListMapping resource.
        """
        self._request("sip.delete_sip_auth_registrations_credential_list_mapping", locals())

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
    ) -> SipDomainAuthMapping:
        """Fetch a specific instance of a credential list mapping.

        Args:
            domain_sid: The SID of the SIP Domain.
            sid: The SID of the CredentialListMapping resource.
        """
        result: SipDomainAuthMapping = self._request(
            "sip.fetch_sip_auth_registrations_credential_list_mapping", locals()
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
    ) -> Pager[SipDomainAuthMapping]:
        """Retrieve a list of credential list mappings belonging to the domain used in the request.

        Args:
            domain_sid: The SID of the SIP Domain.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[SipDomainAuthMapping] = self._list(
            "sip.list_sip_auth_registrations_credential_list_mapping", locals()
        )
        return pager


class AsyncSipDomainsAuthRegistrationsCredentialListMappings(AsyncAPIResource):
    """`sip.domains.auth.registrations.credential_list_mappings` (CreateSipAuthRegistrationsCredentialListMapping, DeleteSipAuthRegistrationsCredentialListMapping, FetchSipAuthRegistrationsCredentialListMapping, ListSipAuthRegistrationsCredentialListMapping). Awaitable."""

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
    ) -> SipDomainAuthMapping:
        """Create a new credential list mapping resource.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            domain_sid: The SID of the SIP Domain.
            credential_list_sid (`CredentialListSid`): The SID of the CredentialList
                resource to map to the SIP domain.
        """
        result: SipDomainAuthMapping = await self._request(
            "sip.create_sip_auth_registrations_credential_list_mapping", locals()
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
        """Delete a credential list mapping from the requested domain.

        Args:
            domain_sid: The SID of the SIP Domain.
            sid: The SID of the CredentialListMapping resource.
        """
        await self._request("sip.delete_sip_auth_registrations_credential_list_mapping", locals())

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
    ) -> SipDomainAuthMapping:
        """Fetch a specific instance of a credential list mapping.

        Args:
            domain_sid: The SID of the SIP Domain.
            sid: The SID of the CredentialListMapping resource.
        """
        result: SipDomainAuthMapping = await self._request(
            "sip.fetch_sip_auth_registrations_credential_list_mapping", locals()
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
    ) -> AsyncPager[SipDomainAuthMapping]:
        """Retrieve a list of credential list mappings belonging to the domain used in the request.

        Args:
            domain_sid: The SID of the SIP Domain.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[SipDomainAuthMapping] = self._list(
            "sip.list_sip_auth_registrations_credential_list_mapping", locals()
        )
        return pager
