"""Resource `sip.domains.auth.registrations`: generated from the spec. Do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from trunkline_generated.twilio_api_v2010.resources.sip_domains_auth_registrations_credential_list_mappings import (
        AsyncSipDomainsAuthRegistrationsCredentialListMappings,
        SipDomainsAuthRegistrationsCredentialListMappings,
    )

__all__ = ["AsyncSipDomainsAuthRegistrations", "SipDomainsAuthRegistrations"]


class SipDomainsAuthRegistrations(SyncAPIResource):
    """`sip.domains.auth.registrations`: credential_list_mappings."""

    _package = "twilio_api_v2010"

    @cached_property
    def credential_list_mappings(self) -> SipDomainsAuthRegistrationsCredentialListMappings:
        """`sip.domains.auth.registrations.credential_list_mappings`: create(), delete(), get(), list()"""
        resource: SipDomainsAuthRegistrationsCredentialListMappings = self._child(
            "sip.domains.auth.registrations.credential_list_mappings",
            "trunkline_generated.twilio_api_v2010.resources.sip_domains_auth_registrations_credential_list_mappings",
            "SipDomainsAuthRegistrationsCredentialListMappings",
        )
        return resource


class AsyncSipDomainsAuthRegistrations(AsyncAPIResource):
    """`sip.domains.auth.registrations`: credential_list_mappings. Awaitable."""

    _package = "twilio_api_v2010"

    @cached_property
    def credential_list_mappings(self) -> AsyncSipDomainsAuthRegistrationsCredentialListMappings:
        """`sip.domains.auth.registrations.credential_list_mappings`: create(), delete(), get(), list()"""
        resource: AsyncSipDomainsAuthRegistrationsCredentialListMappings = self._child(
            "sip.domains.auth.registrations.credential_list_mappings",
            "trunkline_generated.twilio_api_v2010.resources.sip_domains_auth_registrations_credential_list_mappings",
            "AsyncSipDomainsAuthRegistrationsCredentialListMappings",
        )
        return resource
