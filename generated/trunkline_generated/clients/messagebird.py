"""messagebird's client tree: every resource its clients have, generated from the specs.

Do not edit. The overlay's `Client` mixes in `MessagebirdResources`, its
`AsyncClient` `AsyncMessagebirdResources`. Each attribute is built on first use;
its module (and the generated code behind it) loads only then.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

__all__ = ["AsyncMessagebirdResources", "MessagebirdResources"]


class MessagebirdResources:
    """The resources of messagebird's Client."""

    if TYPE_CHECKING:

        def _resource(self, key: str, module: str, name: str) -> Any: ...

    @cached_property
    def call_flows(self) -> CallFlows:
        """`call_flows`."""
        resource: CallFlows = self._resource(
            "call_flows", "trunkline_generated.messagebird_voice.resources.call_flows", "CallFlows"
        )
        return resource

    @cached_property
    def calls(self) -> Calls:
        """`calls`."""
        resource: Calls = self._resource(
            "calls", "trunkline_generated.messagebird_voice.resources.calls", "Calls"
        )
        return resource

    @cached_property
    def legs(self) -> Legs:
        """`legs`."""
        resource: Legs = self._resource(
            "legs", "trunkline_generated.messagebird_voice.resources.legs", "Legs"
        )
        return resource

    @cached_property
    def recordings(self) -> Recordings:
        """`recordings`."""
        resource: Recordings = self._resource(
            "recordings", "trunkline_generated.messagebird_voice.resources.recordings", "Recordings"
        )
        return resource

    @cached_property
    def transcriptions(self) -> Transcriptions:
        """`transcriptions`."""
        resource: Transcriptions = self._resource(
            "transcriptions",
            "trunkline_generated.messagebird_voice.resources.transcriptions",
            "Transcriptions",
        )
        return resource

    @cached_property
    def webhooks(self) -> Webhooks:
        """`webhooks`."""
        resource: Webhooks = self._resource(
            "webhooks", "trunkline_generated.messagebird_voice.resources.webhooks", "Webhooks"
        )
        return resource


class AsyncMessagebirdResources:
    """The resources of messagebird's AsyncClient."""

    if TYPE_CHECKING:

        def _resource(self, key: str, module: str, name: str) -> Any: ...

    @cached_property
    def call_flows(self) -> AsyncCallFlows:
        """`call_flows`."""
        resource: AsyncCallFlows = self._resource(
            "call_flows",
            "trunkline_generated.messagebird_voice.resources.call_flows",
            "AsyncCallFlows",
        )
        return resource

    @cached_property
    def calls(self) -> AsyncCalls:
        """`calls`."""
        resource: AsyncCalls = self._resource(
            "calls", "trunkline_generated.messagebird_voice.resources.calls", "AsyncCalls"
        )
        return resource

    @cached_property
    def legs(self) -> AsyncLegs:
        """`legs`."""
        resource: AsyncLegs = self._resource(
            "legs", "trunkline_generated.messagebird_voice.resources.legs", "AsyncLegs"
        )
        return resource

    @cached_property
    def recordings(self) -> AsyncRecordings:
        """`recordings`."""
        resource: AsyncRecordings = self._resource(
            "recordings",
            "trunkline_generated.messagebird_voice.resources.recordings",
            "AsyncRecordings",
        )
        return resource

    @cached_property
    def transcriptions(self) -> AsyncTranscriptions:
        """`transcriptions`."""
        resource: AsyncTranscriptions = self._resource(
            "transcriptions",
            "trunkline_generated.messagebird_voice.resources.transcriptions",
            "AsyncTranscriptions",
        )
        return resource

    @cached_property
    def webhooks(self) -> AsyncWebhooks:
        """`webhooks`."""
        resource: AsyncWebhooks = self._resource(
            "webhooks", "trunkline_generated.messagebird_voice.resources.webhooks", "AsyncWebhooks"
        )
        return resource
