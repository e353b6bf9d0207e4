"""Resource `voice.calls.dtmf`: generated from the spec. Do not edit.

send: StartDTMF (PUT /{uuid}/dtmf)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline_generated.vonage_voice.models.call_command_response import CallCommandResponse

__all__ = ["AsyncVoiceCallsDtmf", "VoiceCallsDtmf"]


class VoiceCallsDtmf(SyncAPIResource):
    """`voice.calls.dtmf` (StartDTMF)."""

    _package = "vonage_voice"

    @_api_method
    def send(
        self,
        uuid: str,
        *,
        digits: str,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> CallCommandResponse:
        """Play DTMF tones into a call.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            uuid: The UUID of the call (leg).
            digits: The digits to send (0-9, `*`, `#`; `p` pauses half a second).
        """
        result: CallCommandResponse = self._request("calls.start_dtmf", locals())
        return result


class AsyncVoiceCallsDtmf(AsyncAPIResource):
    """`voice.calls.dtmf` (StartDTMF). Awaitable."""

    _package = "vonage_voice"

    @_api_method
    async def send(
        self,
        uuid: str,
        *,
        digits: str,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> CallCommandResponse:
        """Play DTMF tones into a call.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            uuid: The UUID of the call (leg).
            digits: The digits to send (0-9, `*`, `#`; `p` pauses half a second).
        """
        result: CallCommandResponse = await self._request("calls.start_dtmf", locals())
        return result
