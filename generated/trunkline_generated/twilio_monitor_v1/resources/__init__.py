"""Resource `monitor.v1`: generated from the spec. Do not edit."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline_generated.twilio_monitor_v1.resources.alerts import Alerts, AsyncAlerts
    from trunkline_generated.twilio_monitor_v1.resources.events import AsyncEvents, Events

__all__ = ["AsyncResources", "Resources"]


class Resources(SyncAPIResource):
    """Every resource of this API."""

    _package = "twilio_monitor_v1"

    @cached_property
    def alerts(self) -> Alerts:
        """`monitor.v1.alerts`: get(), list()"""
        resource: Alerts = self._child(
            "monitor.v1.alerts", "trunkline_generated.twilio_monitor_v1.resources.alerts", "Alerts"
        )
        return resource

    @cached_property
    def events(self) -> Events:
        """`monitor.v1.events`: get(), list()"""
        resource: Events = self._child(
            "monitor.v1.events", "trunkline_generated.twilio_monitor_v1.resources.events", "Events"
        )
        return resource


class AsyncResources(AsyncAPIResource):
    """Every resource of this API. Awaitable."""

    _package = "twilio_monitor_v1"

    @cached_property
    def alerts(self) -> AsyncAlerts:
        """`monitor.v1.alerts`: get(), list()"""
        resource: AsyncAlerts = self._child(
            "monitor.v1.alerts",
            "trunkline_generated.twilio_monitor_v1.resources.alerts",
            "AsyncAlerts",
        )
        return resource

    @cached_property
    def events(self) -> AsyncEvents:
        """`monitor.v1.events`: get(), list()"""
        resource: AsyncEvents = self._child(
            "monitor.v1.events",
            "trunkline_generated.twilio_monitor_v1.resources.events",
            "AsyncEvents",
        )
        return resource
