"""Resource `insights.v1.voice`: generated from the spec. Do not edit.

get: FetchCall (GET /v1/Voice/{Sid})
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline_generated.twilio_insights_v1.models.call import Call
    from trunkline_generated.twilio_insights_v1.resources.voice_events import (
        AsyncVoiceEvents,
        VoiceEvents,
    )
    from trunkline_generated.twilio_insights_v1.resources.voice_metrics import (
        AsyncVoiceMetrics,
        VoiceMetrics,
    )
    from trunkline_generated.twilio_insights_v1.resources.voice_summaries import (
        AsyncVoiceSummaries,
        VoiceSummaries,
    )
    from trunkline_generated.twilio_insights_v1.resources.voice_summary import (
        AsyncVoiceSummary,
        VoiceSummary,
    )

__all__ = ["AsyncVoice", "Voice"]


class Voice(SyncAPIResource):
    """`insights.v1.voice` (FetchCall)."""

    _package = "twilio_insights_v1"

    @cached_property
    def events(self) -> VoiceEvents:
        """`insights.v1.voice.events`: list()"""
        resource: VoiceEvents = self._child(
            "insights.v1.voice.events",
            "trunkline_generated.twilio_insights_v1.resources.voice_events",
            "VoiceEvents",
        )
        return resource

    @cached_property
    def metrics(self) -> VoiceMetrics:
        """`insights.v1.voice.metrics`: list()"""
        resource: VoiceMetrics = self._child(
            "insights.v1.voice.metrics",
            "trunkline_generated.twilio_insights_v1.resources.voice_metrics",
            "VoiceMetrics",
        )
        return resource

    @cached_property
    def summaries(self) -> VoiceSummaries:
        """`insights.v1.voice.summaries`: list()"""
        resource: VoiceSummaries = self._child(
            "insights.v1.voice.summaries",
            "trunkline_generated.twilio_insights_v1.resources.voice_summaries",
            "VoiceSummaries",
        )
        return resource

    @cached_property
    def summary(self) -> VoiceSummary:
        """`insights.v1.voice.summary`: get()"""
        resource: VoiceSummary = self._child(
            "insights.v1.voice.summary",
            "trunkline_generated.twilio_insights_v1.resources.voice_summary",
            "VoiceSummary",
        )
        return resource

    @_api_method
    def get(
        self,
        sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Call:
        """Get a Call's Voice Insights resource: links to its summary, events and metrics.

        Args:
            sid: The SID of the Call.
        """
        result: Call = self._request("voice.fetch_call", locals())
        return result


class AsyncVoice(AsyncAPIResource):
    """`insights.v1.voice` (FetchCall). Awaitable."""

    _package = "twilio_insights_v1"

    @cached_property
    def events(self) -> AsyncVoiceEvents:
        """`insights.v1.voice.events`: list()"""
        resource: AsyncVoiceEvents = self._child(
            "insights.v1.voice.events",
            "trunkline_generated.twilio_insights_v1.resources.voice_events",
            "AsyncVoiceEvents",
        )
        return resource

    @cached_property
    def metrics(self) -> AsyncVoiceMetrics:
        """`insights.v1.voice.metrics`: list()"""
        resource: AsyncVoiceMetrics = self._child(
            "insights.v1.voice.metrics",
            "trunkline_generated.twilio_insights_v1.resources.voice_metrics",
            "AsyncVoiceMetrics",
        )
        return resource

    @cached_property
    def summaries(self) -> AsyncVoiceSummaries:
        """`insights.v1.voice.summaries`: list()"""
        resource: AsyncVoiceSummaries = self._child(
            "insights.v1.voice.summaries",
            "trunkline_generated.twilio_insights_v1.resources.voice_summaries",
            "AsyncVoiceSummaries",
        )
        return resource

    @cached_property
    def summary(self) -> AsyncVoiceSummary:
        """`insights.v1.voice.summary`: get()"""
        resource: AsyncVoiceSummary = self._child(
            "insights.v1.voice.summary",
            "trunkline_generated.twilio_insights_v1.resources.voice_summary",
            "AsyncVoiceSummary",
        )
        return resource

    @_api_method
    async def get(
        self,
        sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Call:
        """Get a Call's Voice Insights resource: links to its summary, events and metrics.

        Args:
            sid: The SID of the Call.
        """
        result: Call = await self._request("voice.fetch_call", locals())
        return result
