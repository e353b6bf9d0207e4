"""Resource `sip.domains.auth`: generated from the spec. Do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from trunkline_generated.twilio_api_v2010.resources.sip_domains_auth_calls import (
        AsyncSipDomainsAuthCalls,
        SipDomainsAuthCalls,
    )
    from trunkline_generated.twilio_api_v2010.resources.sip_domains_auth_registrations import (
        AsyncSipDomainsAuthRegistrations,
        SipDomainsAuthRegistrations,
    )

__all__ = ["AsyncSipDomainsAuth", "SipDomainsAuth"]


class SipDomainsAuth(SyncAPIResource):
    """`sip.domains.auth`: calls, registrations."""

    _package = "twilio_api_v2010"

    @cached_property
    def calls(self) -> SipDomainsAuthCalls:
        """`sip.domains.auth.calls`: .credential_list_mappings, .ip_access_control_list_mappings"""
        resource: SipDomainsAuthCalls = self._child(
            "sip.domains.auth.calls",
            "trunkline_generated.twilio_api_v2010.resources.sip_domains_auth_calls",
            "SipDomainsAuthCalls",
        )
        return resource

    @cached_property
    def registrations(self) -> SipDomainsAuthRegistrations:
        """`sip.domains.auth.registrations`: .credential_list_mappings"""
        resource: SipDomainsAuthRegistrations = self._child(
            "sip.domains.auth.registrations",
            "trunkline_generated.twilio_api_v2010.resources.sip_domains_auth_registrations",
            "SipDomainsAuthRegistrations",
        )
        return resource


class AsyncSipDomainsAuth(AsyncAPIResource):
    """`sip.domains.auth`: calls, registrations. Awaitable."""

    _package = "twilio_api_v2010"

    @cached_property
    def calls(self) -> AsyncSipDomainsAuthCalls:
        """`sip.domains.auth.calls`: .credential_list_mappings, .ip_access_control_list_mappings"""
        resource: AsyncSipDomainsAuthCalls = self._child(
            "sip.domains.auth.calls",
            "trunkline_generated.twilio_api_v2010.resources.sip_domains_auth_calls",
            "AsyncSipDomainsAuthCalls",
        )
        return resource

    @cached_property
    def registrations(self) -> AsyncSipDomainsAuthRegistrations:
        """`sip.domains.auth.registrations`: .credential_list_mappings"""
        resource: AsyncSipDomainsAuthRegistrations = self._child(
            "sip.domains.auth.registrations",
            "trunkline_generated.twilio_api_v2010.resources.sip_domains_auth_registrations",
            "AsyncSipDomainsAuthRegistrations",
        )
        return resource
