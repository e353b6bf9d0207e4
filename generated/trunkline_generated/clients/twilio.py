"""twilio's client tree: every resource its clients have, generated from the specs.

Do not edit. The overlay's `Client` mixes in `TwilioResources`, its
`AsyncClient` `AsyncTwilioResources`. Each attribute is built on first use;
its module (and the generated code behind it) loads only then.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from trunkline_generated.twilio_api_v2010.resources.accounts import Accounts, AsyncAccounts
    from trunkline_generated.twilio_api_v2010.resources.addresses import Addresses, AsyncAddresses
    from trunkline_generated.twilio_api_v2010.resources.applications import (
        Applications,
        AsyncApplications,
    )
    from trunkline_generated.twilio_api_v2010.resources.available_phone_numbers import (
        AsyncAvailablePhoneNumbers,
        AvailablePhoneNumbers,
    )
    from trunkline_generated.twilio_api_v2010.resources.calls import AsyncCalls, Calls
    from trunkline_generated.twilio_api_v2010.resources.conferences import (
        AsyncConferences,
        Conferences,
    )
    from trunkline_generated.twilio_api_v2010.resources.incoming_phone_numbers import (
        AsyncIncomingPhoneNumbers,
        IncomingPhoneNumbers,
    )
    from trunkline_generated.twilio_api_v2010.resources.keys import AsyncKeys, Keys
    from trunkline_generated.twilio_api_v2010.resources.messages import AsyncMessages, Messages
    from trunkline_generated.twilio_api_v2010.resources.notifications import (
        AsyncNotifications,
        Notifications,
    )
    from trunkline_generated.twilio_api_v2010.resources.outgoing_caller_ids import (
        AsyncOutgoingCallerIds,
        OutgoingCallerIds,
    )
    from trunkline_generated.twilio_api_v2010.resources.queues import AsyncQueues, Queues
    from trunkline_generated.twilio_api_v2010.resources.recordings import (
        AsyncRecordings,
        Recordings,
    )
    from trunkline_generated.twilio_api_v2010.resources.sip import AsyncSip, Sip
    from trunkline_generated.twilio_api_v2010.resources.transcriptions import (
        AsyncTranscriptions,
        Transcriptions,
    )
    from trunkline_generated.twilio_api_v2010.resources.usage import AsyncUsage, Usage
    from trunkline_generated.twilio_fax_v1.resources import AsyncResources as AsyncTwilioFaxV1
    from trunkline_generated.twilio_fax_v1.resources import Resources as TwilioFaxV1
    from trunkline_generated.twilio_fax_v1.resources.faxes import AsyncFaxes, Faxes
    from trunkline_generated.twilio_insights_v1.resources import (
        AsyncResources as AsyncTwilioInsightsV1,
    )
    from trunkline_generated.twilio_insights_v1.resources import Resources as TwilioInsightsV1
    from trunkline_generated.twilio_insights_v1.resources.voice import (
        AsyncVoice as AsyncTwilioInsightsV1Voice,
    )
    from trunkline_generated.twilio_insights_v1.resources.voice import (
        Voice as TwilioInsightsV1Voice,
    )
    from trunkline_generated.twilio_lookups_v1.resources import (
        AsyncResources as AsyncTwilioLookupsV1,
    )
    from trunkline_generated.twilio_lookups_v1.resources import Resources as TwilioLookupsV1
    from trunkline_generated.twilio_lookups_v2.resources import (
        AsyncResources as AsyncTwilioLookupsV2,
    )
    from trunkline_generated.twilio_lookups_v2.resources import Resources as TwilioLookupsV2
    from trunkline_generated.twilio_lookups_v2.resources.phone_numbers import (
        AsyncPhoneNumbers as AsyncTwilioLookupsV2PhoneNumbers,
    )
    from trunkline_generated.twilio_lookups_v2.resources.phone_numbers import (
        PhoneNumbers as TwilioLookupsV2PhoneNumbers,
    )
    from trunkline_generated.twilio_monitor_v1.resources import (
        AsyncResources as AsyncTwilioMonitorV1,
    )
    from trunkline_generated.twilio_monitor_v1.resources import Resources as TwilioMonitorV1
    from trunkline_generated.twilio_monitor_v1.resources.alerts import Alerts, AsyncAlerts
    from trunkline_generated.twilio_monitor_v1.resources.events import AsyncEvents, Events
    from trunkline_generated.twilio_pricing_v1.resources import (
        AsyncResources as AsyncTwilioPricingV1,
    )
    from trunkline_generated.twilio_pricing_v1.resources import Resources as TwilioPricingV1
    from trunkline_generated.twilio_pricing_v1.resources.messaging import AsyncMessaging, Messaging
    from trunkline_generated.twilio_pricing_v1.resources.phone_numbers import (
        AsyncPhoneNumbers as AsyncTwilioPricingV1PhoneNumbers,
    )
    from trunkline_generated.twilio_pricing_v1.resources.phone_numbers import (
        PhoneNumbers as TwilioPricingV1PhoneNumbers,
    )
    from trunkline_generated.twilio_pricing_v2.resources import (
        AsyncResources as AsyncTwilioPricingV2,
    )
    from trunkline_generated.twilio_pricing_v2.resources import Resources as TwilioPricingV2
    from trunkline_generated.twilio_pricing_v2.resources.trunking import AsyncTrunking, Trunking
    from trunkline_generated.twilio_pricing_v2.resources.voice import (
        AsyncVoice as AsyncTwilioPricingV2Voice,
    )
    from trunkline_generated.twilio_pricing_v2.resources.voice import Voice as TwilioPricingV2Voice
    from trunkline_generated.twilio_taskrouter_v1.resources import (
        AsyncResources as AsyncTwilioTaskrouterV1,
    )
    from trunkline_generated.twilio_taskrouter_v1.resources import Resources as TwilioTaskrouterV1
    from trunkline_generated.twilio_taskrouter_v1.resources.workspaces import (
        AsyncWorkspaces,
        Workspaces,
    )
    from trunkline_generated.twilio_wireless_v1.resources import (
        AsyncResources as AsyncTwilioWirelessV1,
    )
    from trunkline_generated.twilio_wireless_v1.resources import Resources as TwilioWirelessV1
    from trunkline_generated.twilio_wireless_v1.resources.commands import AsyncCommands, Commands
    from trunkline_generated.twilio_wireless_v1.resources.rate_plans import (
        AsyncRatePlans,
        RatePlans,
    )
    from trunkline_generated.twilio_wireless_v1.resources.sims import AsyncSims, Sims
    from trunkline_generated.twilio_wireless_v1.resources.usage_records import (
        AsyncUsageRecords,
        UsageRecords,
    )

__all__ = ["AsyncTwilioResources", "TwilioResources"]


class FaxProduct(SyncAPIResource):
    """`fax`: versions v1; a resource named without a version is the newest version's."""

    @cached_property
    def v1(self) -> TwilioFaxV1:
        """`fax.v1`."""
        resource: TwilioFaxV1 = self._child(
            "fax.v1", "trunkline_generated.twilio_fax_v1.resources", "Resources"
        )
        return resource

    @cached_property
    def faxes(self) -> Faxes:
        """`fax.v1.faxes` (the newest version that has it, v1)."""
        return self.v1.faxes


class AsyncFaxProduct(AsyncAPIResource):
    """`fax`: versions v1; a resource named without a version is the newest version's."""

    @cached_property
    def v1(self) -> AsyncTwilioFaxV1:
        """`fax.v1`."""
        resource: AsyncTwilioFaxV1 = self._child(
            "fax.v1", "trunkline_generated.twilio_fax_v1.resources", "AsyncResources"
        )
        return resource

    @cached_property
    def faxes(self) -> AsyncFaxes:
        """`fax.v1.faxes` (the newest version that has it, v1)."""
        return self.v1.faxes


class InsightsProduct(SyncAPIResource):
    """`insights`: versions v1; a resource named without a version is the newest version's."""

    @cached_property
    def v1(self) -> TwilioInsightsV1:
        """`insights.v1`."""
        resource: TwilioInsightsV1 = self._child(
            "insights.v1", "trunkline_generated.twilio_insights_v1.resources", "Resources"
        )
        return resource

    @cached_property
    def voice(self) -> TwilioInsightsV1Voice:
        """`insights.v1.voice` (the newest version that has it, v1)."""
        return self.v1.voice


class AsyncInsightsProduct(AsyncAPIResource):
    """`insights`: versions v1; a resource named without a version is the newest version's."""

    @cached_property
    def v1(self) -> AsyncTwilioInsightsV1:
        """`insights.v1`."""
        resource: AsyncTwilioInsightsV1 = self._child(
            "insights.v1", "trunkline_generated.twilio_insights_v1.resources", "AsyncResources"
        )
        return resource

    @cached_property
    def voice(self) -> AsyncTwilioInsightsV1Voice:
        """`insights.v1.voice` (the newest version that has it, v1)."""
        return self.v1.voice


class LookupsProduct(SyncAPIResource):
    """`lookups`: versions v1, v2; a resource named without a version is the newest version's."""

    @cached_property
    def v1(self) -> TwilioLookupsV1:
        """`lookups.v1`."""
        resource: TwilioLookupsV1 = self._child(
            "lookups.v1", "trunkline_generated.twilio_lookups_v1.resources", "Resources"
        )
        return resource

    @cached_property
    def v2(self) -> TwilioLookupsV2:
        """`lookups.v2`."""
        resource: TwilioLookupsV2 = self._child(
            "lookups.v2", "trunkline_generated.twilio_lookups_v2.resources", "Resources"
        )
        return resource

    @cached_property
    def phone_numbers(self) -> TwilioLookupsV2PhoneNumbers:
        """`lookups.v2.phone_numbers` (the newest version that has it, v2)."""
        return self.v2.phone_numbers


class AsyncLookupsProduct(AsyncAPIResource):
    """`lookups`: versions v1, v2; a resource named without a version is the newest version's."""

    @cached_property
    def v1(self) -> AsyncTwilioLookupsV1:
        """`lookups.v1`."""
        resource: AsyncTwilioLookupsV1 = self._child(
            "lookups.v1", "trunkline_generated.twilio_lookups_v1.resources", "AsyncResources"
        )
        return resource

    @cached_property
    def v2(self) -> AsyncTwilioLookupsV2:
        """`lookups.v2`."""
        resource: AsyncTwilioLookupsV2 = self._child(
            "lookups.v2", "trunkline_generated.twilio_lookups_v2.resources", "AsyncResources"
        )
        return resource

    @cached_property
    def phone_numbers(self) -> AsyncTwilioLookupsV2PhoneNumbers:
        """`lookups.v2.phone_numbers` (the newest version that has it, v2)."""
        return self.v2.phone_numbers


class MonitorProduct(SyncAPIResource):
    """`monitor`: versions v1; a resource named without a version is the newest version's."""

    @cached_property
    def v1(self) -> TwilioMonitorV1:
        """`monitor.v1`."""
        resource: TwilioMonitorV1 = self._child(
            "monitor.v1", "trunkline_generated.twilio_monitor_v1.resources", "Resources"
        )
        return resource

    @cached_property
    def alerts(self) -> Alerts:
        """`monitor.v1.alerts` (the newest version that has it, v1)."""
        return self.v1.alerts

    @cached_property
    def events(self) -> Events:
        """`monitor.v1.events` (the newest version that has it, v1)."""
        return self.v1.events


class AsyncMonitorProduct(AsyncAPIResource):
    """`monitor`: versions v1; a resource named without a version is the newest version's."""

    @cached_property
    def v1(self) -> AsyncTwilioMonitorV1:
        """`monitor.v1`."""
        resource: AsyncTwilioMonitorV1 = self._child(
            "monitor.v1", "trunkline_generated.twilio_monitor_v1.resources", "AsyncResources"
        )
        return resource

    @cached_property
    def alerts(self) -> AsyncAlerts:
        """`monitor.v1.alerts` (the newest version that has it, v1)."""
        return self.v1.alerts

    @cached_property
    def events(self) -> AsyncEvents:
        """`monitor.v1.events` (the newest version that has it, v1)."""
        return self.v1.events


class PricingProduct(SyncAPIResource):
    """`pricing`: versions v1, v2; a resource named without a version is the newest version's."""

    @cached_property
    def v1(self) -> TwilioPricingV1:
        """`pricing.v1`."""
        resource: TwilioPricingV1 = self._child(
            "pricing.v1", "trunkline_generated.twilio_pricing_v1.resources", "Resources"
        )
        return resource

    @cached_property
    def v2(self) -> TwilioPricingV2:
        """`pricing.v2`."""
        resource: TwilioPricingV2 = self._child(
            "pricing.v2", "trunkline_generated.twilio_pricing_v2.resources", "Resources"
        )
        return resource

    @cached_property
    def messaging(self) -> Messaging:
        """`pricing.v1.messaging` (the newest version that has it, v1)."""
        return self.v1.messaging

    @cached_property
    def phone_numbers(self) -> TwilioPricingV1PhoneNumbers:
        """`pricing.v1.phone_numbers` (the newest version that has it, v1)."""
        return self.v1.phone_numbers

    @cached_property
    def trunking(self) -> Trunking:
        """`pricing.v2.trunking` (the newest version that has it, v2)."""
        return self.v2.trunking

    @cached_property
    def voice(self) -> TwilioPricingV2Voice:
        """`pricing.v2.voice` (the newest version that has it, v2)."""
        return self.v2.voice


class AsyncPricingProduct(AsyncAPIResource):
    """`pricing`: versions v1, v2; a resource named without a version is the newest version's."""

    @cached_property
    def v1(self) -> AsyncTwilioPricingV1:
        """`pricing.v1`."""
        resource: AsyncTwilioPricingV1 = self._child(
            "pricing.v1", "trunkline_generated.twilio_pricing_v1.resources", "AsyncResources"
        )
        return resource

    @cached_property
    def v2(self) -> AsyncTwilioPricingV2:
        """`pricing.v2`."""
        resource: AsyncTwilioPricingV2 = self._child(
            "pricing.v2", "trunkline_generated.twilio_pricing_v2.resources", "AsyncResources"
        )
        return resource

    @cached_property
    def messaging(self) -> AsyncMessaging:
        """`pricing.v1.messaging` (the newest version that has it, v1)."""
        return self.v1.messaging

    @cached_property
    def phone_numbers(self) -> AsyncTwilioPricingV1PhoneNumbers:
        """`pricing.v1.phone_numbers` (the newest version that has it, v1)."""
        return self.v1.phone_numbers

    @cached_property
    def trunking(self) -> AsyncTrunking:
        """`pricing.v2.trunking` (the newest version that has it, v2)."""
        return self.v2.trunking

    @cached_property
    def voice(self) -> AsyncTwilioPricingV2Voice:
        """`pricing.v2.voice` (the newest version that has it, v2)."""
        return self.v2.voice


class TaskrouterProduct(SyncAPIResource):
    """`taskrouter`: versions v1; a resource named without a version is the newest version's."""

    @cached_property
    def v1(self) -> TwilioTaskrouterV1:
        """`taskrouter.v1`."""
        resource: TwilioTaskrouterV1 = self._child(
            "taskrouter.v1", "trunkline_generated.twilio_taskrouter_v1.resources", "Resources"
        )
        return resource

    @cached_property
    def workspaces(self) -> Workspaces:
        """`taskrouter.v1.workspaces` (the newest version that has it, v1)."""
        return self.v1.workspaces


class AsyncTaskrouterProduct(AsyncAPIResource):
    """`taskrouter`: versions v1; a resource named without a version is the newest version's."""

    @cached_property
    def v1(self) -> AsyncTwilioTaskrouterV1:
        """`taskrouter.v1`."""
        resource: AsyncTwilioTaskrouterV1 = self._child(
            "taskrouter.v1", "trunkline_generated.twilio_taskrouter_v1.resources", "AsyncResources"
        )
        return resource

    @cached_property
    def workspaces(self) -> AsyncWorkspaces:
        """`taskrouter.v1.workspaces` (the newest version that has it, v1)."""
        return self.v1.workspaces


class WirelessProduct(SyncAPIResource):
    """`wireless`: versions v1; a resource named without a version is the newest version's."""

    @cached_property
    def v1(self) -> TwilioWirelessV1:
        """`wireless.v1`."""
        resource: TwilioWirelessV1 = self._child(
            "wireless.v1", "trunkline_generated.twilio_wireless_v1.resources", "Resources"
        )
        return resource

    @cached_property
    def commands(self) -> Commands:
        """`wireless.v1.commands` (the newest version that has it, v1)."""
        return self.v1.commands

    @cached_property
    def rate_plans(self) -> RatePlans:
        """`wireless.v1.rate_plans` (the newest version that has it, v1)."""
        return self.v1.rate_plans

    @cached_property
    def sims(self) -> Sims:
        """`wireless.v1.sims` (the newest version that has it, v1)."""
        return self.v1.sims

    @cached_property
    def usage_records(self) -> UsageRecords:
        """`wireless.v1.usage_records` (the newest version that has it, v1)."""
        return self.v1.usage_records


class AsyncWirelessProduct(AsyncAPIResource):
    """`wireless`: versions v1; a resource named without a version is the newest version's."""

    @cached_property
    def v1(self) -> AsyncTwilioWirelessV1:
        """`wireless.v1`."""
        resource: AsyncTwilioWirelessV1 = self._child(
            "wireless.v1", "trunkline_generated.twilio_wireless_v1.resources", "AsyncResources"
        )
        return resource

    @cached_property
    def commands(self) -> AsyncCommands:
        """`wireless.v1.commands` (the newest version that has it, v1)."""
        return self.v1.commands

    @cached_property
    def rate_plans(self) -> AsyncRatePlans:
        """`wireless.v1.rate_plans` (the newest version that has it, v1)."""
        return self.v1.rate_plans

    @cached_property
    def sims(self) -> AsyncSims:
        """`wireless.v1.sims` (the newest version that has it, v1)."""
        return self.v1.sims

    @cached_property
    def usage_records(self) -> AsyncUsageRecords:
        """`wireless.v1.usage_records` (the newest version that has it, v1)."""
        return self.v1.usage_records


class TwilioResources:
    """The resources of twilio's Client."""

    if TYPE_CHECKING:

        def _resource(self, key: str, module: str, name: str) -> Any: ...

    @cached_property
    def accounts(self) -> Accounts:
        """`accounts`."""
        resource: Accounts = self._resource(
            "accounts", "trunkline_generated.twilio_api_v2010.resources.accounts", "Accounts"
        )
        return resource

    @cached_property
    def addresses(self) -> Addresses:
        """`addresses`."""
        resource: Addresses = self._resource(
            "addresses", "trunkline_generated.twilio_api_v2010.resources.addresses", "Addresses"
        )
        return resource

    @cached_property
    def applications(self) -> Applications:
        """`applications`."""
        resource: Applications = self._resource(
            "applications",
            "trunkline_generated.twilio_api_v2010.resources.applications",
            "Applications",
        )
        return resource

    @cached_property
    def available_phone_numbers(self) -> AvailablePhoneNumbers:
        """`available_phone_numbers`."""
        resource: AvailablePhoneNumbers = self._resource(
            "available_phone_numbers",
            "trunkline_generated.twilio_api_v2010.resources.available_phone_numbers",
            "AvailablePhoneNumbers",
        )
        return resource

    @cached_property
    def calls(self) -> Calls:
        """`calls`."""
        resource: Calls = self._resource(
            "calls", "trunkline_generated.twilio_api_v2010.resources.calls", "Calls"
        )
        return resource

    @cached_property
    def conferences(self) -> Conferences:
        """`conferences`."""
        resource: Conferences = self._resource(
            "conferences",
            "trunkline_generated.twilio_api_v2010.resources.conferences",
            "Conferences",
        )
        return resource

    @cached_property
    def incoming_phone_numbers(self) -> IncomingPhoneNumbers:
        """`incoming_phone_numbers`."""
        resource: IncomingPhoneNumbers = self._resource(
            "incoming_phone_numbers",
            "trunkline_generated.twilio_api_v2010.resources.incoming_phone_numbers",
            "IncomingPhoneNumbers",
        )
        return resource

    @cached_property
    def keys(self) -> Keys:
        """`keys`."""
        resource: Keys = self._resource(
            "keys", "trunkline_generated.twilio_api_v2010.resources.keys", "Keys"
        )
        return resource

    @cached_property
    def messages(self) -> Messages:
        """`messages`."""
        resource: Messages = self._resource(
            "messages", "trunkline_generated.twilio_api_v2010.resources.messages", "Messages"
        )
        return resource

    @cached_property
    def notifications(self) -> Notifications:
        """`notifications`."""
        resource: Notifications = self._resource(
            "notifications",
            "trunkline_generated.twilio_api_v2010.resources.notifications",
            "Notifications",
        )
        return resource

    @cached_property
    def outgoing_caller_ids(self) -> OutgoingCallerIds:
        """`outgoing_caller_ids`."""
        resource: OutgoingCallerIds = self._resource(
            "outgoing_caller_ids",
            "trunkline_generated.twilio_api_v2010.resources.outgoing_caller_ids",
            "OutgoingCallerIds",
        )
        return resource

    @cached_property
    def queues(self) -> Queues:
        """`queues`."""
        resource: Queues = self._resource(
            "queues", "trunkline_generated.twilio_api_v2010.resources.queues", "Queues"
        )
        return resource

    @cached_property
    def recordings(self) -> Recordings:
        """`recordings`."""
        resource: Recordings = self._resource(
            "recordings", "trunkline_generated.twilio_api_v2010.resources.recordings", "Recordings"
        )
        return resource

    @cached_property
    def sip(self) -> Sip:
        """`sip`."""
        resource: Sip = self._resource(
            "sip", "trunkline_generated.twilio_api_v2010.resources.sip", "Sip"
        )
        return resource

    @cached_property
    def transcriptions(self) -> Transcriptions:
        """`transcriptions`."""
        resource: Transcriptions = self._resource(
            "transcriptions",
            "trunkline_generated.twilio_api_v2010.resources.transcriptions",
            "Transcriptions",
        )
        return resource

    @cached_property
    def usage(self) -> Usage:
        """`usage`."""
        resource: Usage = self._resource(
            "usage", "trunkline_generated.twilio_api_v2010.resources.usage", "Usage"
        )
        return resource

    @cached_property
    def fax(self) -> FaxProduct:
        """`fax`."""
        resource: FaxProduct = self._resource(
            "fax", "trunkline_generated.clients.twilio", "FaxProduct"
        )
        return resource

    @cached_property
    def insights(self) -> InsightsProduct:
        """`insights`."""
        resource: InsightsProduct = self._resource(
            "insights", "trunkline_generated.clients.twilio", "InsightsProduct"
        )
        return resource

    @cached_property
    def lookups(self) -> LookupsProduct:
        """`lookups`."""
        resource: LookupsProduct = self._resource(
            "lookups", "trunkline_generated.clients.twilio", "LookupsProduct"
        )
        return resource

    @cached_property
    def monitor(self) -> MonitorProduct:
        """`monitor`."""
        resource: MonitorProduct = self._resource(
            "monitor", "trunkline_generated.clients.twilio", "MonitorProduct"
        )
        return resource

    @cached_property
    def pricing(self) -> PricingProduct:
        """`pricing`."""
        resource: PricingProduct = self._resource(
            "pricing", "trunkline_generated.clients.twilio", "PricingProduct"
        )
        return resource

    @cached_property
    def taskrouter(self) -> TaskrouterProduct:
        """`taskrouter`."""
        resource: TaskrouterProduct = self._resource(
            "taskrouter", "trunkline_generated.clients.twilio", "TaskrouterProduct"
        )
        return resource

    @cached_property
    def wireless(self) -> WirelessProduct:
        """`wireless`."""
        resource: WirelessProduct = self._resource(
            "wireless", "trunkline_generated.clients.twilio", "WirelessProduct"
        )
        return resource


class AsyncTwilioResources:
    """The resources of twilio's AsyncClient."""

    if TYPE_CHECKING:

        def _resource(self, key: str, module: str, name: str) -> Any: ...

    @cached_property
    def accounts(self) -> AsyncAccounts:
        """`accounts`."""
        resource: AsyncAccounts = self._resource(
            "accounts", "trunkline_generated.twilio_api_v2010.resources.accounts", "AsyncAccounts"
        )
        return resource

    @cached_property
    def addresses(self) -> AsyncAddresses:
        """`addresses`."""
        resource: AsyncAddresses = self._resource(
            "addresses",
            "trunkline_generated.twilio_api_v2010.resources.addresses",
            "AsyncAddresses",
        )
        return resource

    @cached_property
    def applications(self) -> AsyncApplications:
        """`applications`."""
        resource: AsyncApplications = self._resource(
            "applications",
            "trunkline_generated.twilio_api_v2010.resources.applications",
            "AsyncApplications",
        )
        return resource

    @cached_property
    def available_phone_numbers(self) -> AsyncAvailablePhoneNumbers:
        """`available_phone_numbers`."""
        resource: AsyncAvailablePhoneNumbers = self._resource(
            "available_phone_numbers",
            "trunkline_generated.twilio_api_v2010.resources.available_phone_numbers",
            "AsyncAvailablePhoneNumbers",
        )
        return resource

    @cached_property
    def calls(self) -> AsyncCalls:
        """`calls`."""
        resource: AsyncCalls = self._resource(
            "calls", "trunkline_generated.twilio_api_v2010.resources.calls", "AsyncCalls"
        )
        return resource

    @cached_property
    def conferences(self) -> AsyncConferences:
        """`conferences`."""
        resource: AsyncConferences = self._resource(
            "conferences",
            "trunkline_generated.twilio_api_v2010.resources.conferences",
            "AsyncConferences",
        )
        return resource

    @cached_property
    def incoming_phone_numbers(self) -> AsyncIncomingPhoneNumbers:
        """`incoming_phone_numbers`."""
        resource: AsyncIncomingPhoneNumbers = self._resource(
            "incoming_phone_numbers",
            "trunkline_generated.twilio_api_v2010.resources.incoming_phone_numbers",
            "AsyncIncomingPhoneNumbers",
        )
        return resource

    @cached_property
    def keys(self) -> AsyncKeys:
        """`keys`."""
        resource: AsyncKeys = self._resource(
            "keys", "trunkline_generated.twilio_api_v2010.resources.keys", "AsyncKeys"
        )
        return resource

    @cached_property
    def messages(self) -> AsyncMessages:
        """`messages`."""
        resource: AsyncMessages = self._resource(
            "messages", "trunkline_generated.twilio_api_v2010.resources.messages", "AsyncMessages"
        )
        return resource

    @cached_property
    def notifications(self) -> AsyncNotifications:
        """`notifications`."""
        resource: AsyncNotifications = self._resource(
            "notifications",
            "trunkline_generated.twilio_api_v2010.resources.notifications",
            "AsyncNotifications",
        )
        return resource

    @cached_property
    def outgoing_caller_ids(self) -> AsyncOutgoingCallerIds:
        """`outgoing_caller_ids`."""
        resource: AsyncOutgoingCallerIds = self._resource(
            "outgoing_caller_ids",
            "trunkline_generated.twilio_api_v2010.resources.outgoing_caller_ids",
            "AsyncOutgoingCallerIds",
        )
        return resource

    @cached_property
    def queues(self) -> AsyncQueues:
        """`queues`."""
        resource: AsyncQueues = self._resource(
            "queues", "trunkline_generated.twilio_api_v2010.resources.queues", "AsyncQueues"
        )
        return resource

    @cached_property
    def recordings(self) -> AsyncRecordings:
        """`recordings`."""
        resource: AsyncRecordings = self._resource(
            "recordings",
            "trunkline_generated.twilio_api_v2010.resources.recordings",
            "AsyncRecordings",
        )
        return resource

    @cached_property
    def sip(self) -> AsyncSip:
        """`sip`."""
        resource: AsyncSip = self._resource(
            "sip", "trunkline_generated.twilio_api_v2010.resources.sip", "AsyncSip"
        )
        return resource

    @cached_property
    def transcriptions(self) -> AsyncTranscriptions:
        """`transcriptions`."""
        resource: AsyncTranscriptions = self._resource(
            "transcriptions",
            "trunkline_generated.twilio_api_v2010.resources.transcriptions",
            "AsyncTranscriptions",
        )
        return resource

    @cached_property
    def usage(self) -> AsyncUsage:
        """`usage`."""
        resource: AsyncUsage = self._resource(
            "usage", "trunkline_generated.twilio_api_v2010.resources.usage", "AsyncUsage"
        )
        return resource

    @cached_property
    def fax(self) -> AsyncFaxProduct:
        """`fax`."""
        resource: AsyncFaxProduct = self._resource(
            "fax", "trunkline_generated.clients.twilio", "AsyncFaxProduct"
        )
        return resource

    @cached_property
    def insights(self) -> AsyncInsightsProduct:
        """`insights`."""
        resource: AsyncInsightsProduct = self._resource(
            "insights", "trunkline_generated.clients.twilio", "AsyncInsightsProduct"
        )
        return resource

    @cached_property
    def lookups(self) -> AsyncLookupsProduct:
        """`lookups`."""
        resource: AsyncLookupsProduct = self._resource(
            "lookups", "trunkline_generated.clients.twilio", "AsyncLookupsProduct"
        )
        return resource

    @cached_property
    def monitor(self) -> AsyncMonitorProduct:
        """`monitor`."""
        resource: AsyncMonitorProduct = self._resource(
            "monitor", "trunkline_generated.clients.twilio", "AsyncMonitorProduct"
        )
        return resource

    @cached_property
    def pricing(self) -> AsyncPricingProduct:
        """`pricing`."""
        resource: AsyncPricingProduct = self._resource(
            "pricing", "trunkline_generated.clients.twilio", "AsyncPricingProduct"
        )
        return resource

    @cached_property
    def taskrouter(self) -> AsyncTaskrouterProduct:
        """`taskrouter`."""
        resource: AsyncTaskrouterProduct = self._resource(
            "taskrouter", "trunkline_generated.clients.twilio", "AsyncTaskrouterProduct"
        )
        return resource

    @cached_property
    def wireless(self) -> AsyncWirelessProduct:
        """`wireless`."""
        resource: AsyncWirelessProduct = self._resource(
            "wireless", "trunkline_generated.clients.twilio", "AsyncWirelessProduct"
        )
        return resource
