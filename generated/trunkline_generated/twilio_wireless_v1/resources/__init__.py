"""Resource `wireless.v1`: generated from the spec. Do not edit."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

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

__all__ = ["AsyncResources", "Resources"]


class Resources(SyncAPIResource):
    """Every resource of this API."""

    _package = "twilio_wireless_v1"

    @cached_property
    def commands(self) -> Commands:
        """`wireless.v1.commands`: create(), delete(), get(), list()"""
        resource: Commands = self._child(
            "wireless.v1.commands",
            "trunkline_generated.twilio_wireless_v1.resources.commands",
            "Commands",
        )
        return resource

    @cached_property
    def rate_plans(self) -> RatePlans:
        """`wireless.v1.rate_plans`: create(), delete(), get(), list(), update()"""
        resource: RatePlans = self._child(
            "wireless.v1.rate_plans",
            "trunkline_generated.twilio_wireless_v1.resources.rate_plans",
            "RatePlans",
        )
        return resource

    @cached_property
    def sims(self) -> Sims:
        """`wireless.v1.sims`: delete(), get(), list(), update(), .data_sessions, .usage_records"""
        resource: Sims = self._child(
            "wireless.v1.sims", "trunkline_generated.twilio_wireless_v1.resources.sims", "Sims"
        )
        return resource

    @cached_property
    def usage_records(self) -> UsageRecords:
        """`wireless.v1.usage_records`: list()"""
        resource: UsageRecords = self._child(
            "wireless.v1.usage_records",
            "trunkline_generated.twilio_wireless_v1.resources.usage_records",
            "UsageRecords",
        )
        return resource


class AsyncResources(AsyncAPIResource):
    """Every resource of this API. Awaitable."""

    _package = "twilio_wireless_v1"

    @cached_property
    def commands(self) -> AsyncCommands:
        """`wireless.v1.commands`: create(), delete(), get(), list()"""
        resource: AsyncCommands = self._child(
            "wireless.v1.commands",
            "trunkline_generated.twilio_wireless_v1.resources.commands",
            "AsyncCommands",
        )
        return resource

    @cached_property
    def rate_plans(self) -> AsyncRatePlans:
        """`wireless.v1.rate_plans`: create(), delete(), get(), list(), update()"""
        resource: AsyncRatePlans = self._child(
            "wireless.v1.rate_plans",
            "trunkline_generated.twilio_wireless_v1.resources.rate_plans",
            "AsyncRatePlans",
        )
        return resource

    @cached_property
    def sims(self) -> AsyncSims:
        """`wireless.v1.sims`: delete(), get(), list(), update(), .data_sessions, .usage_records"""
        resource: AsyncSims = self._child(
            "wireless.v1.sims", "trunkline_generated.twilio_wireless_v1.resources.sims", "AsyncSims"
        )
        return resource

    @cached_property
    def usage_records(self) -> AsyncUsageRecords:
        """`wireless.v1.usage_records`: list()"""
        resource: AsyncUsageRecords = self._child(
            "wireless.v1.usage_records",
            "trunkline_generated.twilio_wireless_v1.resources.usage_records",
            "AsyncUsageRecords",
        )
        return resource
