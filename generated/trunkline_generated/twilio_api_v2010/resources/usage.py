"""Resource `usage`: generated from the spec. Do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from trunkline_generated.twilio_api_v2010.resources.usage_records import (
        AsyncUsageRecords,
        UsageRecords,
    )
    from trunkline_generated.twilio_api_v2010.resources.usage_triggers import (
        AsyncUsageTriggers,
        UsageTriggers,
    )

__all__ = ["AsyncUsage", "Usage"]


class Usage(SyncAPIResource):
    """`usage`: records, triggers."""

    _package = "twilio_api_v2010"

    @cached_property
    def records(self) -> UsageRecords:
        """`usage.records`: list(), .all_time, .daily, .last_month, .monthly, .this_month, .today, .yearly, .yesterday"""
        resource: UsageRecords = self._child(
            "usage.records",
            "trunkline_generated.twilio_api_v2010.resources.usage_records",
            "UsageRecords",
        )
        return resource

    @cached_property
    def triggers(self) -> UsageTriggers:
        """`usage.triggers`: create(), delete(), get(), list(), update()"""
        resource: UsageTriggers = self._child(
            "usage.triggers",
            "trunkline_generated.twilio_api_v2010.resources.usage_triggers",
            "UsageTriggers",
        )
        return resource


class AsyncUsage(AsyncAPIResource):
    """`usage`: records, triggers. Awaitable."""

    _package = "twilio_api_v2010"

    @cached_property
    def records(self) -> AsyncUsageRecords:
        """`usage.records`: list(), .all_time, .daily, .last_month, .monthly, .this_month, .today, .yearly, .yesterday"""
        resource: AsyncUsageRecords = self._child(
            "usage.records",
            "trunkline_generated.twilio_api_v2010.resources.usage_records",
            "AsyncUsageRecords",
        )
        return resource

    @cached_property
    def triggers(self) -> AsyncUsageTriggers:
        """`usage.triggers`: create(), delete(), get(), list(), update()"""
        resource: AsyncUsageTriggers = self._child(
            "usage.triggers",
            "trunkline_generated.twilio_api_v2010.resources.usage_triggers",
            "AsyncUsageTriggers",
        )
        return resource
