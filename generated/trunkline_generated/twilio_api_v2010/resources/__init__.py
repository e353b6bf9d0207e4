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

    from trunkline_generated.twilio_api_v2010.resources.calls import AsyncCalls, Calls
    from trunkline_generated.twilio_api_v2010.resources.messages import AsyncMessages, Messages

__all__ = ["AsyncResources", "Resources"]


class Resources(SyncAPIResource):
    """Every resource of this API."""

    _package = "twilio_api_v2010"

    @cached_property
    def calls(self) -> Calls:
        """`calls`: create(), delete(), get(), list(), update()"""
        resource: Calls = self._child(
            "calls", "trunkline_generated.twilio_api_v2010.resources.calls", "Calls"
        )
        return resource

    @cached_property
    def messages(self) -> Messages:
        """`messages`: create(), delete(), get(), list(), update()"""
        resource: Messages = self._child(
            "messages", "trunkline_generated.twilio_api_v2010.resources.messages", "Messages"
        )
        return resource


class AsyncResources(AsyncAPIResource):
    """Every resource of this API. Awaitable."""

    _package = "twilio_api_v2010"

    @cached_property
    def calls(self) -> AsyncCalls:
        """`calls`: create(), delete(), get(), list(), update()"""
        resource: AsyncCalls = self._child(
            "calls", "trunkline_generated.twilio_api_v2010.resources.calls", "AsyncCalls"
        )
        return resource

    @cached_property
    def messages(self) -> AsyncMessages:
        """`messages`: create(), delete(), get(), list(), update()"""
        resource: AsyncMessages = self._child(
            "messages", "trunkline_generated.twilio_api_v2010.resources.messages", "AsyncMessages"
        )
        return resource
