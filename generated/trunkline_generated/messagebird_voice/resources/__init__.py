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

    from trunkline_generated.messagebird_voice.resources.call_flows import AsyncCallFlows, CallFlows
    from trunkline_generated.messagebird_voice.resources.calls import AsyncCalls, Calls
    from trunkline_generated.messagebird_voice.resources.legs import AsyncLegs, Legs
    from trunkline_generated.messagebird_voice.resources.recordings import (
        AsyncRecordings,
        Recordings,
    )
    from trunkline_generated.messagebird_voice.resources.transcriptions import (
        AsyncTranscriptions,
        Transcriptions,
    )
    from trunkline_generated.messagebird_voice.resources.webhooks import AsyncWebhooks, Webhooks

__all__ = ["AsyncResources", "Resources"]


class Resources(SyncAPIResource):
    """Every resource of this API."""

    _package = "messagebird_voice"

    @cached_property
    def call_flows(self) -> CallFlows:
        """`call_flows`: create(), delete(), get(), list(), update(), .numbers"""
        resource: CallFlows = self._child(
            "call_flows", "trunkline_generated.messagebird_voice.resources.call_flows", "CallFlows"
        )
        return resource

    @cached_property
    def calls(self) -> Calls:
        """`calls`: create(), delete(), get(), list()"""
        resource: Calls = self._child(
            "calls", "trunkline_generated.messagebird_voice.resources.calls", "Calls"
        )
        return resource

    @cached_property
    def legs(self) -> Legs:
        """`legs`: get(), list()"""
        resource: Legs = self._child(
            "legs", "trunkline_generated.messagebird_voice.resources.legs", "Legs"
        )
        return resource

    @cached_property
    def recordings(self) -> Recordings:
        """`recordings`: delete(), download(), get(), list()"""
        resource: Recordings = self._child(
            "recordings", "trunkline_generated.messagebird_voice.resources.recordings", "Recordings"
        )
        return resource

    @cached_property
    def transcriptions(self) -> Transcriptions:
        """`transcriptions`: create(), download(), get(), list()"""
        resource: Transcriptions = self._child(
            "transcriptions",
            "trunkline_generated.messagebird_voice.resources.transcriptions",
            "Transcriptions",
        )
        return resource

    @cached_property
    def webhooks(self) -> Webhooks:
        """`webhooks`: create(), delete(), get(), list(), update()"""
        resource: Webhooks = self._child(
            "webhooks", "trunkline_generated.messagebird_voice.resources.webhooks", "Webhooks"
        )
        return resource


class AsyncResources(AsyncAPIResource):
    """Every resource of this API. Awaitable."""

    _package = "messagebird_voice"

    @cached_property
    def call_flows(self) -> AsyncCallFlows:
        """`call_flows`: create(), delete(), get(), list(), update(), .numbers"""
        resource: AsyncCallFlows = self._child(
            "call_flows",
            "trunkline_generated.messagebird_voice.resources.call_flows",
            "AsyncCallFlows",
        )
        return resource

    @cached_property
    def calls(self) -> AsyncCalls:
        """`calls`: create(), delete(), get(), list()"""
        resource: AsyncCalls = self._child(
            "calls", "trunkline_generated.messagebird_voice.resources.calls", "AsyncCalls"
        )
        return resource

    @cached_property
    def legs(self) -> AsyncLegs:
        """`legs`: get(), list()"""
        resource: AsyncLegs = self._child(
            "legs", "trunkline_generated.messagebird_voice.resources.legs", "AsyncLegs"
        )
        return resource

    @cached_property
    def recordings(self) -> AsyncRecordings:
        """`recordings`: delete(), download(), get(), list()"""
        resource: AsyncRecordings = self._child(
            "recordings",
            "trunkline_generated.messagebird_voice.resources.recordings",
            "AsyncRecordings",
        )
        return resource

    @cached_property
    def transcriptions(self) -> AsyncTranscriptions:
        """`transcriptions`: create(), download(), get(), list()"""
        resource: AsyncTranscriptions = self._child(
            "transcriptions",
            "trunkline_generated.messagebird_voice.resources.transcriptions",
            "AsyncTranscriptions",
        )
        return resource

    @cached_property
    def webhooks(self) -> AsyncWebhooks:
        """`webhooks`: create(), delete(), get(), list(), update()"""
        resource: AsyncWebhooks = self._child(
            "webhooks", "trunkline_generated.messagebird_voice.resources.webhooks", "AsyncWebhooks"
        )
        return resource
