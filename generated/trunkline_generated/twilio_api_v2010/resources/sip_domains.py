"""Resource `sip.domains`: generated from the spec. Do not edit.

create: CreateSipDomain (POST /2010-04-01/Accounts/{AccountSid}/SIP/Domains.json)
delete: DeleteSipDomain (DELETE /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{Sid}.json)
get: FetchSipDomain (GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{Sid}.json)
list: ListSipDomain (GET /2010-04-01/Accounts/{AccountSid}/SIP/Domains.json)
update: UpdateSipDomain (POST /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{Sid}.json)
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
    from trunkline_generated.twilio_api_v2010.models.http_method import HttpMethod
    from trunkline_generated.twilio_api_v2010.models.sip_domain import SipDomain
    from trunkline_generated.twilio_api_v2010.resources.sip_domains_auth import (
        AsyncSipDomainsAuth,
        SipDomainsAuth,
    )
    from trunkline_generated.twilio_api_v2010.resources.sip_domains_credential_list_mappings import (
        AsyncSipDomainsCredentialListMappings,
        SipDomainsCredentialListMappings,
    )
    from trunkline_generated.twilio_api_v2010.resources.sip_domains_ip_access_control_list_mappings import (
        AsyncSipDomainsIpAccessControlListMappings,
        SipDomainsIpAccessControlListMappings,
    )

__all__ = ["AsyncSipDomains", "SipDomains"]


class SipDomains(SyncAPIResource):
    """`sip.domains` (CreateSipDomain, DeleteSipDomain, FetchSipDomain, ListSipDomain, UpdateSipDomain)."""

    _package = "twilio_api_v2010"

    @cached_property
    def auth(self) -> SipDomainsAuth:
        """`sip.domains.auth`: .calls, .registrations"""
        resource: SipDomainsAuth = self._child(
            "sip.domains.auth",
            "trunkline_generated.twilio_api_v2010.resources.sip_domains_auth",
            "SipDomainsAuth",
        )
        return resource

    @cached_property
    def credential_list_mappings(self) -> SipDomainsCredentialListMappings:
        """`sip.domains.credential_list_mappings`: create(), delete(), get(), list()"""
        resource: SipDomainsCredentialListMappings = self._child(
            "sip.domains.credential_list_mappings",
            "trunkline_generated.twilio_api_v2010.resources.sip_domains_credential_list_mappings",
            "SipDomainsCredentialListMappings",
        )
        return resource

    @cached_property
    def ip_access_control_list_mappings(self) -> SipDomainsIpAccessControlListMappings:
        """`sip.domains.ip_access_control_list_mappings`: create(), delete(), get(), list()"""
        resource: SipDomainsIpAccessControlListMappings = self._child(
            "sip.domains.ip_access_control_list_mappings",
            "trunkline_generated.twilio_api_v2010.resources.sip_domains_ip_access_control_list_mappings",
            "SipDomainsIpAccessControlListMappings",
        )
        return resource

    @_api_method
    def create(
        self,
        *,
        domain_name: str,
        friendly_name: str | Unset = UNSET,
        voice_url: str | Unset = UNSET,
        voice_method: HttpMethod | str | Unset = UNSET,
        voice_fallback_url: str | Unset = UNSET,
        voice_fallback_method: HttpMethod | str | Unset = UNSET,
        voice_status_callback_url: str | Unset = UNSET,
        voice_status_callback_method: HttpMethod | str | Unset = UNSET,
        sip_registration: bool | Unset = UNSET,
        emergency_calling_enabled: bool | Unset = UNSET,
        secure: bool | Unset = UNSET,
        byoc_trunk_sid: str | Unset = UNSET,
        emergency_caller_sid: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> SipDomain:
        """Create a new Domain.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            domain_name (`DomainName`): The unique address you reserve on Twilio to which
                you route your SIP traffic. Domain names can contain letters, digits, and
                "-" and must end with `sip.twilio.com`.
            friendly_name (`FriendlyName`): A descriptive string that you created to
                describe the resource. It can be up to 64 characters long.
            voice_url (`VoiceUrl`): The URL we should when the domain receives a call.
            voice_method (`VoiceMethod`): The HTTP method Twilio uses to request a callback
                URL.
            voice_fallback_url (`VoiceFallbackUrl`): The URL that we should call when an
                error occurs while retrieving or executing the TwiML from `voice_url`.
            voice_fallback_method (`VoiceFallbackMethod`): The HTTP method Twilio uses to
                request a callback URL.
            voice_status_callback_url (`VoiceStatusCallbackUrl`): The URL that we should
                call to pass status parameters (such as call ended) to your application.
            voice_status_callback_method (`VoiceStatusCallbackMethod`): The HTTP method
                Twilio uses to request a callback URL.
            sip_registration (`SipRegistration`): Whether to allow SIP Endpoints to register
                with the domain to receive calls. Can be `true` or `false`. `true` allows
                SIP Endpoints to register with the domain to receive calls, `false` does
                not.
            emergency_calling_enabled (`EmergencyCallingEnabled`): Whether emergency calling
                is enabled for the domain. If enabled, allows emergency calls on the domain
                from phone numbers with validated addresses.
            secure (`Secure`): Whether secure SIP is enabled for the domain. If enabled, TLS
                will be enforced and SRTP will be negotiated on all incoming calls to this
                sip domain.
            byoc_trunk_sid (`ByocTrunkSid`): The SID of the BYOC Trunk(Bring Your Own
                Carrier) resource that the Sip Domain will be associated with.
            emergency_caller_sid (`EmergencyCallerSid`): Whether an emergency caller sid is
                configured for the domain. If present, this phone number will be used as the
                callback for the emergency call.
        """
        result: SipDomain = self._request("sip.create_sip_domain", locals())
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
        """Delete an instance of a Domain.

        Args:
            sid: The SID of the SIP Domain resource.
        """
        self._request("sip.delete_sip_domain", locals())

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
    ) -> SipDomain:
        """Fetch an instance of a Domain.

        Args:
            sid: The SID of the SIP Domain resource.
        """
        result: SipDomain = self._request("sip.fetch_sip_domain", locals())
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
    ) -> Pager[SipDomain]:
        """Retrieve a list of domains belonging to the account used to make the request.

        Args:
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[SipDomain] = self._list("sip.list_sip_domain", locals())
        return pager

    @_api_method
    def update(
        self,
        sid: str,
        *,
        friendly_name: str | Unset = UNSET,
        voice_fallback_method: HttpMethod | str | Unset = UNSET,
        voice_fallback_url: str | Unset = UNSET,
        voice_method: HttpMethod | str | Unset = UNSET,
        voice_status_callback_method: HttpMethod | str | Unset = UNSET,
        voice_status_callback_url: str | Unset = UNSET,
        voice_url: str | Unset = UNSET,
        sip_registration: bool | Unset = UNSET,
        domain_name: str | Unset = UNSET,
        emergency_calling_enabled: bool | Unset = UNSET,
        secure: bool | Unset = UNSET,
        byoc_trunk_sid: str | Unset = UNSET,
        emergency_caller_sid: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> SipDomain:
        """Update the attributes of a domain.

        Args:
            sid: The SID of the SIP Domain resource.
            friendly_name (`FriendlyName`): A descriptive string that you created to
                describe the resource. It can be up to 64 characters long.
            voice_fallback_method (`VoiceFallbackMethod`): The HTTP method Twilio uses to
                request a callback URL.
            voice_fallback_url (`VoiceFallbackUrl`): The URL that we should call when an
                error occurs while retrieving or executing the TwiML requested by
                `voice_url`.
            voice_method (`VoiceMethod`): The HTTP method Twilio uses to request a callback
                URL.
            voice_status_callback_method (`VoiceStatusCallbackMethod`): The HTTP method
                Twilio uses to request a callback URL.
            voice_status_callback_url (`VoiceStatusCallbackUrl`): The URL that we should
                call to pass status parameters (such as call ended) to your application.
            voice_url (`VoiceUrl`): The URL we should call when the domain receives a call.
            sip_registration (`SipRegistration`): Whether to allow SIP Endpoints to register
                with the domain to receive calls. Can be `true` or `false`. `true` allows
                SIP Endpoints to register with the domain to receive calls, `false` does
                not.
            domain_name (`DomainName`): The unique address you reserve on Twilio to which
                you route your SIP traffic. Domain names can contain letters, digits, and
                "-" and must end with `sip.twilio.com`.
            emergency_calling_enabled (`EmergencyCallingEnabled`): Whether emergency calling
                is enabled for the domain. If enabled, allows emergency calls on the domain
                from phone numbers with validated addresses.
            secure (`Secure`): Whether secure SIP is enabled for the domain. If enabled, TLS
                will be enforced and SRTP will be negotiated on all incoming calls to this
                sip domain.
            byoc_trunk_sid (`ByocTrunkSid`): The SID of the BYOC Trunk(Bring Your Own
                Carrier) resource that the Sip Domain will be associated with.
            emergency_caller_sid (`EmergencyCallerSid`): Whether an emergency caller sid is
                configured for the domain. If present, this phone number will be used as the
                callback for the emergency call.
        """
        result: SipDomain = self._request("sip.update_sip_domain", locals())
        return result


class AsyncSipDomains(AsyncAPIResource):
    """`sip.domains` (CreateSipDomain, DeleteSipDomain, FetchSipDomain, ListSipDomain, UpdateSipDomain). Awaitable."""

    _package = "twilio_api_v2010"

    @cached_property
    def auth(self) -> AsyncSipDomainsAuth:
        """`sip.domains.auth`: .calls, .registrations"""
        resource: AsyncSipDomainsAuth = self._child(
            "sip.domains.auth",
            "trunkline_generated.twilio_api_v2010.resources.sip_domains_auth",
            "AsyncSipDomainsAuth",
        )
        return resource

    @cached_property
    def credential_list_mappings(self) -> AsyncSipDomainsCredentialListMappings:
        """`sip.domains.credential_list_mappings`: create(), delete(), get(), list()"""
        resource: AsyncSipDomainsCredentialListMappings = self._child(
            "sip.domains.credential_list_mappings",
            "trunkline_generated.twilio_api_v2010.resources.sip_domains_credential_list_mappings",
            "AsyncSipDomainsCredentialListMappings",
        )
        return resource

    @cached_property
    def ip_access_control_list_mappings(self) -> AsyncSipDomainsIpAccessControlListMappings:
        """`sip.domains.ip_access_control_list_mappings`: create(), delete(), get(), list()"""
        resource: AsyncSipDomainsIpAccessControlListMappings = self._child(
            "sip.domains.ip_access_control_list_mappings",
            "trunkline_generated.twilio_api_v2010.resources.sip_domains_ip_access_control_list_mappings",
            "AsyncSipDomainsIpAccessControlListMappings",
        )
        return resource

    @_api_method
    async def create(
        self,
        *,
        domain_name: str,
        friendly_name: str | Unset = UNSET,
        voice_url: str | Unset = UNSET,
        voice_method: HttpMethod | str | Unset = UNSET,
        voice_fallback_url: str | Unset = UNSET,
        voice_fallback_method: HttpMethod | str | Unset = UNSET,
        voice_status_callback_url: str | Unset = UNSET,
        voice_status_callback_method: HttpMethod | str | Unset = UNSET,
        sip_registration: bool | Unset = UNSET,
        emergency_calling_enabled: bool | Unset = UNSET,
        secure: bool | Unset = UNSET,
        byoc_trunk_sid: str | Unset = UNSET,
        emergency_caller_sid: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> SipDomain:
        """Create a new Domain.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            domain_name (`DomainName`): The unique address you reserve on Twilio to which
                you route your SIP traffic. Domain names can contain letters, digits, and
                "-" and must end with `sip.twilio.com`.
            friendly_name (`FriendlyName`): A descriptive string that you created to
                describe the resource. It can be up to 64 characters long.
            voice_url (`VoiceUrl`): The URL we should when the domain receives a call.
            voice_method (`VoiceMethod`): The HTTP method Twilio uses to request a callback
                URL.
            voice_fallback_url (`VoiceFallbackUrl`): The URL that we should call when an
                error occurs while retrieving or executing the TwiML from `voice_url`.
            voice_fallback_method (`VoiceFallbackMethod`): The HTTP method Twilio uses to
                request a callback URL.
            voice_status_callback_url (`VoiceStatusCallbackUrl`): The URL that we should
                call to pass status parameters (such as call ended) to your application.
            voice_status_callback_method (`VoiceStatusCallbackMethod`): The HTTP method
                Twilio uses to request a callback URL.
            sip_registration (`SipRegistration`): Whether to allow SIP Endpoints to register
                with the domain to receive calls. Can be `true` or `false`. `true` allows
                SIP Endpoints to register with the domain to receive calls, `false` does
                not.
            emergency_calling_enabled (`EmergencyCallingEnabled`): Whether emergency calling
                is enabled for the domain. If enabled, allows emergency calls on the domain
                from phone numbers with validated addresses.
            secure (`Secure`): Whether secure SIP is enabled for the domain. If enabled, TLS
                will be enforced and SRTP will be negotiated on all incoming calls to this
                sip domain.
            byoc_trunk_sid (`ByocTrunkSid`): The SID of the BYOC Trunk(Bring Your Own
                Carrier) resource that the Sip Domain will be associated with.
            emergency_caller_sid (`EmergencyCallerSid`): Whether an emergency caller sid is
                configured for the domain. If present, this phone number will be used as the
                callback for the emergency call.
        """
        result: SipDomain = await self._request("sip.create_sip_domain", locals())
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
        """Delete an instance of a Domain.

        Args:
            sid: The SID of the SIP Domain resource.
        """
        await self._request("sip.delete_sip_domain", locals())

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
    ) -> SipDomain:
        """Fetch an instance of a Domain.

        Args:
            sid: The SID of the SIP Domain resource.
        """
        result: SipDomain = await self._request("sip.fetch_sip_domain", locals())
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
    ) -> AsyncPager[SipDomain]:
        """Retrieve a list of domains belonging to the account used to make the request.

        Args:
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[SipDomain] = self._list("sip.list_sip_domain", locals())
        return pager

    @_api_method
    async def update(
        self,
        sid: str,
        *,
        friendly_name: str | Unset = UNSET,
        voice_fallback_method: HttpMethod | str | Unset = UNSET,
        voice_fallback_url: str | Unset = UNSET,
        voice_method: HttpMethod | str | Unset = UNSET,
        voice_status_callback_method: HttpMethod | str | Unset = UNSET,
        voice_status_callback_url: str | Unset = UNSET,
        voice_url: str | Unset = UNSET,
        sip_registration: bool | Unset = UNSET,
        domain_name: str | Unset = UNSET,
        emergency_calling_enabled: bool | Unset = UNSET,
        secure: bool | Unset = UNSET,
        byoc_trunk_sid: str | Unset = UNSET,
        emergency_caller_sid: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> SipDomain:
        """Update the attributes of a domain.

        Args:
            sid: The SID of the SIP Domain resource.
            friendly_name (`FriendlyName`): A descriptive string that you created to
                describe the resource. It can be up to 64 characters long.
            voice_fallback_method (`VoiceFallbackMethod`): The HTTP method Twilio uses to
                request a callback URL.
            voice_fallback_url (`VoiceFallbackUrl`): The URL that we should call when an
                error occurs while retrieving or executing the TwiML requested by
                `voice_url`.
            voice_method (`VoiceMethod`): The HTTP method Twilio uses to request a callback
                URL.
            voice_status_callback_method (`VoiceStatusCallbackMethod`): The HTTP method
                Twilio uses to request a callback URL.
            voice_status_callback_url (`VoiceStatusCallbackUrl`): The URL that we should
                call to pass status parameters (such as call ended) to your application.
            voice_url (`VoiceUrl`): The URL we should call when the domain receives a call.
            sip_registration (`SipRegistration`): Whether to allow SIP Endpoints to register
                with the domain to receive calls. Can be `true` or `false`. `true` allows
                SIP Endpoints to register with the domain to receive calls, `false` does
                not.
            domain_name (`DomainName`): The unique address you reserve on Twilio to which
                you route your SIP traffic. Domain names can contain letters, digits, and
                "-" and must end with `sip.twilio.com`.
            emergency_calling_enabled (`EmergencyCallingEnabled`): Whether emergency calling
                is enabled for the domain. If enabled, allows emergency calls on the domain
                from phone numbers with validated addresses.
            secure (`Secure`): Whether secure SIP is enabled for the domain. If enabled, TLS
                will be enforced and SRTP will be negotiated on all incoming calls to this
                sip domain.
            byoc_trunk_sid (`ByocTrunkSid`): The SID of the BYOC Trunk(Bring Your Own
                Carrier) resource that the Sip Domain will be associated with.
            emergency_caller_sid (`EmergencyCallerSid`): Whether an emergency caller sid is
                configured for the domain. If present, this phone number will be used as the
                callback for the emergency call.
        """
        result: SipDomain = await self._request("sip.update_sip_domain", locals())
        return result
