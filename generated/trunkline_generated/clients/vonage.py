"""vonage's client tree: every resource its clients have, generated from the specs.

Do not edit. The overlay's `Client` mixes in `VonageResources`, its
`AsyncClient` `AsyncVonageResources`. Each attribute is built on first use;
its module (and the generated code behind it) loads only then.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from trunkline_generated.vonage_account.resources.account import Account, AsyncAccount
    from trunkline_generated.vonage_applications.resources.applications import (
        Applications,
        AsyncApplications,
    )
    from trunkline_generated.vonage_number_insight.resources.number_insight import (
        AsyncNumberInsight,
        NumberInsight,
    )
    from trunkline_generated.vonage_pricing.resources.pricing import AsyncPricing, Pricing
    from trunkline_generated.vonage_sms.resources.sms import AsyncSms, Sms
    from trunkline_generated.vonage_verify.resources.verify import AsyncVerify, Verify
    from trunkline_generated.vonage_voice.resources.voice import AsyncVoice, Voice

__all__ = ["AsyncVonageResources", "VonageResources"]


class VonageResources:
    """The resources of vonage's Client."""

    if TYPE_CHECKING:

        def _resource(self, key: str, module: str, name: str) -> Any: ...

    @cached_property
    def account(self) -> Account:
        """`account`."""
        resource: Account = self._resource(
            "account", "trunkline_generated.vonage_account.resources.account", "Account"
        )
        return resource

    @cached_property
    def applications(self) -> Applications:
        """`applications`."""
        resource: Applications = self._resource(
            "applications",
            "trunkline_generated.vonage_applications.resources.applications",
            "Applications",
        )
        return resource

    @cached_property
    def number_insight(self) -> NumberInsight:
        """`number_insight`."""
        resource: NumberInsight = self._resource(
            "number_insight",
            "trunkline_generated.vonage_number_insight.resources.number_insight",
            "NumberInsight",
        )
        return resource

    @cached_property
    def pricing(self) -> Pricing:
        """`pricing`."""
        resource: Pricing = self._resource(
            "pricing", "trunkline_generated.vonage_pricing.resources.pricing", "Pricing"
        )
        return resource

    @cached_property
    def sms(self) -> Sms:
        """`sms`."""
        resource: Sms = self._resource("sms", "trunkline_generated.vonage_sms.resources.sms", "Sms")
        return resource

    @cached_property
    def verify(self) -> Verify:
        """`verify`."""
        resource: Verify = self._resource(
            "verify", "trunkline_generated.vonage_verify.resources.verify", "Verify"
        )
        return resource

    @cached_property
    def voice(self) -> Voice:
        """`voice`."""
        resource: Voice = self._resource(
            "voice", "trunkline_generated.vonage_voice.resources.voice", "Voice"
        )
        return resource


class AsyncVonageResources:
    """The resources of vonage's AsyncClient."""

    if TYPE_CHECKING:

        def _resource(self, key: str, module: str, name: str) -> Any: ...

    @cached_property
    def account(self) -> AsyncAccount:
        """`account`."""
        resource: AsyncAccount = self._resource(
            "account", "trunkline_generated.vonage_account.resources.account", "AsyncAccount"
        )
        return resource

    @cached_property
    def applications(self) -> AsyncApplications:
        """`applications`."""
        resource: AsyncApplications = self._resource(
            "applications",
            "trunkline_generated.vonage_applications.resources.applications",
            "AsyncApplications",
        )
        return resource

    @cached_property
    def number_insight(self) -> AsyncNumberInsight:
        """`number_insight`."""
        resource: AsyncNumberInsight = self._resource(
            "number_insight",
            "trunkline_generated.vonage_number_insight.resources.number_insight",
            "AsyncNumberInsight",
        )
        return resource

    @cached_property
    def pricing(self) -> AsyncPricing:
        """`pricing`."""
        resource: AsyncPricing = self._resource(
            "pricing", "trunkline_generated.vonage_pricing.resources.pricing", "AsyncPricing"
        )
        return resource

    @cached_property
    def sms(self) -> AsyncSms:
        """`sms`."""
        resource: AsyncSms = self._resource(
            "sms", "trunkline_generated.vonage_sms.resources.sms", "AsyncSms"
        )
        return resource

    @cached_property
    def verify(self) -> AsyncVerify:
        """`verify`."""
        resource: AsyncVerify = self._resource(
            "verify", "trunkline_generated.vonage_verify.resources.verify", "AsyncVerify"
        )
        return resource

    @cached_property
    def voice(self) -> AsyncVoice:
        """`voice`."""
        resource: AsyncVoice = self._resource(
            "voice", "trunkline_generated.vonage_voice.resources.voice", "AsyncVoice"
        )
        return resource
