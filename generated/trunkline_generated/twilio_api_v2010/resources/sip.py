"""Resource `sip`: generated from the spec. Do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from trunkline_generated.twilio_api_v2010.resources.sip_credential_lists import (
        AsyncSipCredentialLists,
        SipCredentialLists,
    )
    from trunkline_generated.twilio_api_v2010.resources.sip_domains import (
        AsyncSipDomains,
        SipDomains,
    )
    from trunkline_generated.twilio_api_v2010.resources.sip_ip_access_control_lists import (
        AsyncSipIpAccessControlLists,
        SipIpAccessControlLists,
    )

__all__ = ["AsyncSip", "Sip"]


class Sip(SyncAPIResource):
    """`sip`: credential_lists, domains, ip_access_control_lists."""

    _package = "twilio_api_v2010"

    @cached_property
    def credential_lists(self) -> SipCredentialLists:
        """`sip.credential_lists`: create(), delete(), get(), list(), update(), .credentials"""
        resource: SipCredentialLists = self._child(
            "sip.credential_lists",
            "trunkline_generated.twilio_api_v2010.resources.sip_credential_lists",
            "SipCredentialLists",
        )
        return resource

    @cached_property
    def domains(self) -> SipDomains:
        """`sip.domains`: create(), delete(), get(), list(), update(), .auth, .credential_list_mappings, .ip_access_control_list_mappings"""
        resource: SipDomains = self._child(
            "sip.domains",
            "trunkline_generated.twilio_api_v2010.resources.sip_domains",
            "SipDomains",
        )
        return resource

    @cached_property
    def ip_access_control_lists(self) -> SipIpAccessControlLists:
        """`sip.ip_access_control_lists`: create(), delete(), get(), list(), update(), .ip_addresses"""
        resource: SipIpAccessControlLists = self._child(
            "sip.ip_access_control_lists",
            "trunkline_generated.twilio_api_v2010.resources.sip_ip_access_control_lists",
            "SipIpAccessControlLists",
        )
        return resource


class AsyncSip(AsyncAPIResource):
    """`sip`: credential_lists, domains, ip_access_control_lists. Awaitable."""

    _package = "twilio_api_v2010"

    @cached_property
    def credential_lists(self) -> AsyncSipCredentialLists:
        """`sip.credential_lists`: create(), delete(), get(), list(), update(), .credentials"""
        resource: AsyncSipCredentialLists = self._child(
            "sip.credential_lists",
            "trunkline_generated.twilio_api_v2010.resources.sip_credential_lists",
            "AsyncSipCredentialLists",
        )
        return resource

    @cached_property
    def domains(self) -> AsyncSipDomains:
        """`sip.domains`: create(), delete(), get(), list(), update(), .auth, .credential_list_mappings, .ip_access_control_list_mappings"""
        resource: AsyncSipDomains = self._child(
            "sip.domains",
            "trunkline_generated.twilio_api_v2010.resources.sip_domains",
            "AsyncSipDomains",
        )
        return resource

    @cached_property
    def ip_access_control_lists(self) -> AsyncSipIpAccessControlLists:
        """`sip.ip_access_control_lists`: create(), delete(), get(), list(), update(), .ip_addresses"""
        resource: AsyncSipIpAccessControlLists = self._child(
            "sip.ip_access_control_lists",
            "trunkline_generated.twilio_api_v2010.resources.sip_ip_access_control_lists",
            "AsyncSipIpAccessControlLists",
        )
        return resource
