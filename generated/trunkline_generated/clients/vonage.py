"""vonage's client tree: every resource its clients have, generated from the specs.

Do not edit. The overlay's `Client` mixes in `VonageResources`, its
`AsyncClient` `AsyncVonageResources`. Each attribute is built on first use;
its module (and the generated code behind it) loads only then.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from trunkline_generated.vonage_sms.resources.sms import AsyncSms, Sms

__all__ = ["AsyncVonageResources", "VonageResources"]


class VonageResources:
    """The resources of vonage's Client."""

    if TYPE_CHECKING:

        def _resource(self, key: str, module: str, name: str) -> Any: ...

    @cached_property
    def sms(self) -> Sms:
        """`sms`."""
        resource: Sms = self._resource("sms", "trunkline_generated.vonage_sms.resources.sms", "Sms")
        return resource


class AsyncVonageResources:
    """The resources of vonage's AsyncClient."""

    if TYPE_CHECKING:

        def _resource(self, key: str, module: str, name: str) -> Any: ...

    @cached_property
    def sms(self) -> AsyncSms:
        """`sms`."""
        resource: AsyncSms = self._resource(
            "sms", "trunkline_generated.vonage_sms.resources.sms", "AsyncSms"
        )
        return resource
