"""Resource `insights.v1.voice.summary`: generated from the spec. Do not edit.

get: FetchSummary (GET /v1/Voice/{CallSid}/Summary)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline_generated.twilio_insights_v1.models.call_summary import CallSummary
    from trunkline_generated.twilio_insights_v1.models.processing_state import ProcessingState

__all__ = ["AsyncVoiceSummary", "VoiceSummary"]


class VoiceSummary(SyncAPIResource):
    """`insights.v1.voice.summary` (FetchSummary)."""

    _package = "twilio_insights_v1"

    @_api_method
    def get(
        self,
        call_sid: str,
        *,
        processing_state: ProcessingState | str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> CallSummary:
        """Get a specific Call Summary.

        Args:
            call_sid: The unique SID identifier of the Call.
            processing_state (`ProcessingState`): Whether a Call Summary is final
                (`complete`) or may still change (`partial`).
        """
        result: CallSummary = self._request("voice.fetch_summary", locals())
        return result


class AsyncVoiceSummary(AsyncAPIResource):
    """`insights.v1.voice.summary` (FetchSummary). Awaitable."""

    _package = "twilio_insights_v1"

    @_api_method
    async def get(
        self,
        call_sid: str,
        *,
        processing_state: ProcessingState | str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> CallSummary:
        """Get a specific Call Summary.

        Args:
            call_sid: The unique SID identifier of the Call.
            processing_state (`ProcessingState`): Whether a Call Summary is final
                (`complete`) or may still change (`partial`).
        """
        result: CallSummary = await self._request("voice.fetch_summary", locals())
        return result
