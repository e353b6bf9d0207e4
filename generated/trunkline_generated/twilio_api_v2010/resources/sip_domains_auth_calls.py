"""Resource `sip.domains.auth.calls`: generated from the spec. Do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from trunkline_generated.twilio_api_v2010.resources.sip_domains_auth_calls_credential_list_mappings import (
        AsyncSipDomainsAuthCallsCredentialListMappings,
        SipDomainsAuthCallsCredentialListMappings,
    )
    from trunkline_generated.twilio_api_v2010.resources.sip_domains_auth_calls_ip_access_control_list_mappings import (
        AsyncSipDomainsAuthCallsIpAccessControlListMappings,
        SipDomainsAuthCallsIpAccessControlListMappings,
    )

__all__ = ["AsyncSipDomainsAuthCalls", "SipDomainsAuthCalls"]


class SipDomainsAuthCalls(SyncAPIResource):
    """`sip.domains.auth.calls`: credential_list_mappings, ip_access_control_list_mappings."""

    _package = "twilio_api_v2010"

    @cached_property
    def credential_list_mappings(self) -> SipDomainsAuthCallsCredentialListMappings:
        """`sip.domains.auth.calls.credential_list_mappings`: create(), delete(), get(), list()"""
        resource: SipDomainsAuthCallsCredentialListMappings = self._child(
            "sip.domains.auth.calls.credential_list_mappings",
            "trunkline_generated.twilio_api_v2010.resources.sip_domains_auth_calls_credential_list_mappings",
            "SipDomainsAuthCallsCredentialListMappings",
        )
        return resource

    @cached_property
    def ip_access_control_list_mappings(self) -> SipDomainsAuthCallsIpAccessControlListMappings:
        """`sip.domains.auth.calls.ip_access_control_list_mappings`: create(), delete(), get(), list()"""
        resource: SipDomainsAuthCallsIpAccessControlListMappings = self._child(
            "sip.domains.auth.calls.ip_access_control_list_mappings",
            "trunkline_generated.twilio_api_v2010.resources.sip_domains_auth_calls_ip_access_control_list_mappings",
            "SipDomainsAuthCallsIpAccessControlListMappings",
        )
        return resource


class AsyncSipDomainsAuthCalls(AsyncAPIResource):
    """`sip.domains.auth.calls`: credential_list_mappings, ip_access_control_list_mappings. Awaitable."""

    _package = "twilio_api_v2010"

    @cached_property
    def credential_list_mappings(self) -> AsyncSipDomainsAuthCallsCredentialListMappings:
        """`sip.domains.auth.calls.credential_list_mappings`: create(), delete(), get(), list()"""
        resource: AsyncSipDomainsAuthCallsCredentialListMappings = self._child(
            "sip.domains.auth.calls.credential_list_mappings",
            "trunkline_generated.twilio_api_v2010.resources.sip_domains_auth_calls_credential_list_mappings",
            "AsyncSipDomainsAuthCallsCredentialListMappings",
        )
        return resource

    @cached_property
    def ip_access_control_list_mappings(
        self,
    ) -> AsyncSipDomainsAuthCallsIpAccessControlListMappings:
        """`sip.domains.auth.calls.ip_access_control_list_mappings`: create(), delete(), get(), list()"""
        resource: AsyncSipDomainsAuthCallsIpAccessControlListMappings = self._child(
            "sip.domains.auth.calls.ip_access_control_list_mappings",
            "trunkline_generated.twilio_api_v2010.resources.sip_domains_auth_calls_ip_access_control_list_mappings",
            "AsyncSipDomainsAuthCallsIpAccessControlListMappings",
        )
        return resource
