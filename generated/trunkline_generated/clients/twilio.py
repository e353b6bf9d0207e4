"""twilio's client tree: every resource its clients have, generated from the specs.

Do not edit. The overlay's `Client` mixes in `TwilioResources`, its
`AsyncClient` `AsyncTwilioResources`. Each attribute is built on first use;
its module (and the generated code behind it) loads only then.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

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

__all__ = ["AsyncTwilioResources", "TwilioResources"]


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
