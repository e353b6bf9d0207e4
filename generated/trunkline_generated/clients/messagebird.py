"""messagebird's client tree: every resource its clients have, generated from the specs.

Do not edit. The overlay's `Client` mixes in `MessagebirdResources`, its
`AsyncClient` `AsyncMessagebirdResources`. Each attribute is built on first use;
its module (and the generated code behind it) loads only then.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from trunkline_generated.messagebird_voice.resources.calls import AsyncCalls, Calls

__all__ = ["AsyncMessagebirdResources", "MessagebirdResources"]


class MessagebirdResources:
    """The resources of messagebird's Client."""

    if TYPE_CHECKING:

        def _resource(self, key: str, module: str, name: str) -> Any: ...

    @cached_property
    def calls(self) -> Calls:
        """`calls`."""
        resource: Calls = self._resource(
            "calls", "trunkline_generated.messagebird_voice.resources.calls", "Calls"
        )
        return resource


class AsyncMessagebirdResources:
    """The resources of messagebird's AsyncClient."""

    if TYPE_CHECKING:

        def _resource(self, key: str, module: str, name: str) -> Any: ...

    @cached_property
    def calls(self) -> AsyncCalls:
        """`calls`."""
        resource: AsyncCalls = self._resource(
            "calls", "trunkline_generated.messagebird_voice.resources.calls", "AsyncCalls"
        )
        return resource
