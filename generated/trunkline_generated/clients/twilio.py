"""twilio's client tree: every resource its clients have, generated from the specs.

Do not edit. The overlay's `Client` mixes in `TwilioResources`, its
`AsyncClient` `AsyncTwilioResources`. Each attribute is built on first use;
its module (and the generated code behind it) loads only then.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from trunkline_generated.twilio_api_v2010.resources.calls import AsyncCalls, Calls
    from trunkline_generated.twilio_api_v2010.resources.messages import AsyncMessages, Messages

__all__ = ["AsyncTwilioResources", "TwilioResources"]


class TwilioResources:
    """The resources of twilio's Client."""

    if TYPE_CHECKING:

        def _resource(self, key: str, module: str, name: str) -> Any: ...

    @cached_property
    def calls(self) -> Calls:
        """`calls`."""
        resource: Calls = self._resource(
            "calls", "trunkline_generated.twilio_api_v2010.resources.calls", "Calls"
        )
        return resource

    @cached_property
    def messages(self) -> Messages:
        """`messages`."""
        resource: Messages = self._resource(
            "messages", "trunkline_generated.twilio_api_v2010.resources.messages", "Messages"
        )
        return resource


class AsyncTwilioResources:
    """The resources of twilio's AsyncClient."""

    if TYPE_CHECKING:

        def _resource(self, key: str, module: str, name: str) -> Any: ...

    @cached_property
    def calls(self) -> AsyncCalls:
        """`calls`."""
        resource: AsyncCalls = self._resource(
            "calls", "trunkline_generated.twilio_api_v2010.resources.calls", "AsyncCalls"
        )
        return resource

    @cached_property
    def messages(self) -> AsyncMessages:
        """`messages`."""
        resource: AsyncMessages = self._resource(
            "messages", "trunkline_generated.twilio_api_v2010.resources.messages", "AsyncMessages"
        )
        return resource
