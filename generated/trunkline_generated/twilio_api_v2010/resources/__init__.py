"""Resource `(root)`: generated from the spec. Do not edit."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

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

__all__ = ["AsyncResources", "Resources"]


class Resources(SyncAPIResource):
    """Every resource of this API."""

    _package = "twilio_api_v2010"

    @cached_property
    def accounts(self) -> Accounts:
        """`accounts`: create(), get(), list(), update()"""
        resource: Accounts = self._child(
            "accounts", "trunkline_generated.twilio_api_v2010.resources.accounts", "Accounts"
        )
        return resource

    @cached_property
    def addresses(self) -> Addresses:
        """`addresses`: create(), delete(), get(), list(), update(), .dependent_phone_numbers"""
        resource: Addresses = self._child(
            "addresses", "trunkline_generated.twilio_api_v2010.resources.addresses", "Addresses"
        )
        return resource

    @cached_property
    def applications(self) -> Applications:
        """`applications`: create(), delete(), get(), list(), update()"""
        resource: Applications = self._child(
            "applications",
            "trunkline_generated.twilio_api_v2010.resources.applications",
            "Applications",
        )
        return resource

    @cached_property
    def available_phone_numbers(self) -> AvailablePhoneNumbers:
        """`available_phone_numbers`: get(), list(), .local, .machine_to_machine, .mobile, .national, .shared_cost, .toll_free, .voip"""
        resource: AvailablePhoneNumbers = self._child(
            "available_phone_numbers",
            "trunkline_generated.twilio_api_v2010.resources.available_phone_numbers",
            "AvailablePhoneNumbers",
        )
        return resource

    @cached_property
    def calls(self) -> Calls:
        """`calls`: create(), delete(), get(), list(), update(), .events, .notifications, .recordings"""
        resource: Calls = self._child(
            "calls", "trunkline_generated.twilio_api_v2010.resources.calls", "Calls"
        )
        return resource

    @cached_property
    def conferences(self) -> Conferences:
        """`conferences`: get(), list(), update(), .participants, .recordings"""
        resource: Conferences = self._child(
            "conferences",
            "trunkline_generated.twilio_api_v2010.resources.conferences",
            "Conferences",
        )
        return resource

    @cached_property
    def incoming_phone_numbers(self) -> IncomingPhoneNumbers:
        """`incoming_phone_numbers`: create(), delete(), get(), list(), update(), .local, .mobile, .toll_free"""
        resource: IncomingPhoneNumbers = self._child(
            "incoming_phone_numbers",
            "trunkline_generated.twilio_api_v2010.resources.incoming_phone_numbers",
            "IncomingPhoneNumbers",
        )
        return resource

    @cached_property
    def keys(self) -> Keys:
        """`keys`: create(), delete(), get(), list(), update()"""
        resource: Keys = self._child(
            "keys", "trunkline_generated.twilio_api_v2010.resources.keys", "Keys"
        )
        return resource

    @cached_property
    def messages(self) -> Messages:
        """`messages`: create(), delete(), get(), list(), update(), .feedback, .media"""
        resource: Messages = self._child(
            "messages", "trunkline_generated.twilio_api_v2010.resources.messages", "Messages"
        )
        return resource

    @cached_property
    def notifications(self) -> Notifications:
        """`notifications`: get(), list()"""
        resource: Notifications = self._child(
            "notifications",
            "trunkline_generated.twilio_api_v2010.resources.notifications",
            "Notifications",
        )
        return resource

    @cached_property
    def outgoing_caller_ids(self) -> OutgoingCallerIds:
        """`outgoing_caller_ids`: create(), delete(), get(), list(), update()"""
        resource: OutgoingCallerIds = self._child(
            "outgoing_caller_ids",
            "trunkline_generated.twilio_api_v2010.resources.outgoing_caller_ids",
            "OutgoingCallerIds",
        )
        return resource

    @cached_property
    def queues(self) -> Queues:
        """`queues`: create(), delete(), get(), list(), update(), .members"""
        resource: Queues = self._child(
            "queues", "trunkline_generated.twilio_api_v2010.resources.queues", "Queues"
        )
        return resource

    @cached_property
    def recordings(self) -> Recordings:
        """`recordings`: delete(), get(), list(), .transcriptions"""
        resource: Recordings = self._child(
            "recordings", "trunkline_generated.twilio_api_v2010.resources.recordings", "Recordings"
        )
        return resource

    @cached_property
    def sip(self) -> Sip:
        """`sip`: .credential_lists, .domains, .ip_access_control_lists"""
        resource: Sip = self._child(
            "sip", "trunkline_generated.twilio_api_v2010.resources.sip", "Sip"
        )
        return resource

    @cached_property
    def transcriptions(self) -> Transcriptions:
        """`transcriptions`: delete(), get(), list()"""
        resource: Transcriptions = self._child(
            "transcriptions",
            "trunkline_generated.twilio_api_v2010.resources.transcriptions",
            "Transcriptions",
        )
        return resource

    @cached_property
    def usage(self) -> Usage:
        """`usage`: .records, .triggers"""
        resource: Usage = self._child(
            "usage", "trunkline_generated.twilio_api_v2010.resources.usage", "Usage"
        )
        return resource


class AsyncResources(AsyncAPIResource):
    """Every resource of this API. Awaitable."""

    _package = "twilio_api_v2010"

    @cached_property
    def accounts(self) -> AsyncAccounts:
        """`accounts`: create(), get(), list(), update()"""
        resource: AsyncAccounts = self._child(
            "accounts", "trunkline_generated.twilio_api_v2010.resources.accounts", "AsyncAccounts"
        )
        return resource

    @cached_property
    def addresses(self) -> AsyncAddresses:
        """`addresses`: create(), delete(), get(), list(), update(), .dependent_phone_numbers"""
        resource: AsyncAddresses = self._child(
            "addresses",
            "trunkline_generated.twilio_api_v2010.resources.addresses",
            "AsyncAddresses",
        )
        return resource

    @cached_property
    def applications(self) -> AsyncApplications:
        """`applications`: create(), delete(), get(), list(), update()"""
        resource: AsyncApplications = self._child(
            "applications",
            "trunkline_generated.twilio_api_v2010.resources.applications",
            "AsyncApplications",
        )
        return resource

    @cached_property
    def available_phone_numbers(self) -> AsyncAvailablePhoneNumbers:
        """`available_phone_numbers`: get(), list(), .local, .machine_to_machine, .mobile, .national, .shared_cost, .toll_free, .voip"""
        resource: AsyncAvailablePhoneNumbers = self._child(
            "available_phone_numbers",
            "trunkline_generated.twilio_api_v2010.resources.available_phone_numbers",
            "AsyncAvailablePhoneNumbers",
        )
        return resource

    @cached_property
    def calls(self) -> AsyncCalls:
        """`calls`: create(), delete(), get(), list(), update(), .events, .notifications, .recordings"""
        resource: AsyncCalls = self._child(
            "calls", "trunkline_generated.twilio_api_v2010.resources.calls", "AsyncCalls"
        )
        return resource

    @cached_property
    def conferences(self) -> AsyncConferences:
        """`conferences`: get(), list(), update(), .participants, .recordings"""
        resource: AsyncConferences = self._child(
            "conferences",
            "trunkline_generated.twilio_api_v2010.resources.conferences",
            "AsyncConferences",
        )
        return resource

    @cached_property
    def incoming_phone_numbers(self) -> AsyncIncomingPhoneNumbers:
        """`incoming_phone_numbers`: create(), delete(), get(), list(), update(), .local, .mobile, .toll_free"""
        resource: AsyncIncomingPhoneNumbers = self._child(
            "incoming_phone_numbers",
            "trunkline_generated.twilio_api_v2010.resources.incoming_phone_numbers",
            "AsyncIncomingPhoneNumbers",
        )
        return resource

    @cached_property
    def keys(self) -> AsyncKeys:
        """`keys`: create(), delete(), get(), list(), update()"""
        resource: AsyncKeys = self._child(
            "keys", "trunkline_generated.twilio_api_v2010.resources.keys", "AsyncKeys"
        )
        return resource

    @cached_property
    def messages(self) -> AsyncMessages:
        """`messages`: create(), delete(), get(), list(), update(), .feedback, .media"""
        resource: AsyncMessages = self._child(
            "messages", "trunkline_generated.twilio_api_v2010.resources.messages", "AsyncMessages"
        )
        return resource

    @cached_property
    def notifications(self) -> AsyncNotifications:
        """`notifications`: get(), list()"""
        resource: AsyncNotifications = self._child(
            "notifications",
            "trunkline_generated.twilio_api_v2010.resources.notifications",
            "AsyncNotifications",
        )
        return resource

    @cached_property
    def outgoing_caller_ids(self) -> AsyncOutgoingCallerIds:
        """`outgoing_caller_ids`: create(), delete(), get(), list(), update()"""
        resource: AsyncOutgoingCallerIds = self._child(
            "outgoing_caller_ids",
            "trunkline_generated.twilio_api_v2010.resources.outgoing_caller_ids",
            "AsyncOutgoingCallerIds",
        )
        return resource

    @cached_property
    def queues(self) -> AsyncQueues:
        """`queues`: create(), delete(), get(), list(), update(), .members"""
        resource: AsyncQueues = self._child(
            "queues", "trunkline_generated.twilio_api_v2010.resources.queues", "AsyncQueues"
        )
        return resource

    @cached_property
    def recordings(self) -> AsyncRecordings:
        """`recordings`: delete(), get(), list(), .transcriptions"""
        resource: AsyncRecordings = self._child(
            "recordings",
            "trunkline_generated.twilio_api_v2010.resources.recordings",
            "AsyncRecordings",
        )
        return resource

    @cached_property
    def sip(self) -> AsyncSip:
        """`sip`: .credential_lists, .domains, .ip_access_control_lists"""
        resource: AsyncSip = self._child(
            "sip", "trunkline_generated.twilio_api_v2010.resources.sip", "AsyncSip"
        )
        return resource

    @cached_property
    def transcriptions(self) -> AsyncTranscriptions:
        """`transcriptions`: delete(), get(), list()"""
        resource: AsyncTranscriptions = self._child(
            "transcriptions",
            "trunkline_generated.twilio_api_v2010.resources.transcriptions",
            "AsyncTranscriptions",
        )
        return resource

    @cached_property
    def usage(self) -> AsyncUsage:
        """`usage`: .records, .triggers"""
        resource: AsyncUsage = self._child(
            "usage", "trunkline_generated.twilio_api_v2010.resources.usage", "AsyncUsage"
        )
        return resource
