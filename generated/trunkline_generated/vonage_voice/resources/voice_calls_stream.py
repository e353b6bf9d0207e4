"""Resource `voice.calls.stream`: generated from the spec. Do not edit.

start: StartStream (PUT /{uuid}/stream)
stop: StopStream (DELETE /{uuid}/stream)
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline_generated.vonage_voice.models.call_command_response import CallCommandResponse

__all__ = ["AsyncVoiceCallsStream", "VoiceCallsStream"]


class VoiceCallsStream(SyncAPIResource):
    """`voice.calls.stream` (StartStream, StopStream)."""

    _package = "vonage_voice"

    @_api_method
    def start(
        self,
        uuid: str,
        *,
        stream_url: builtins.list[str],
        loop: int | Unset = UNSET,
        level: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> CallCommandResponse:
        """Play an audio file into a call.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            uuid: The UUID of the call (leg).
            stream_url: The URL of the audio file (MP3 or 16-bit WAV).
            loop: How many times to play the file; 0 loops until stopped.
            level: The volume, from "-1" to "1" in steps of 0.1 (default "0").
        """
        result: CallCommandResponse = self._request("calls.start_stream", locals())
        return result

    @_api_method
    def stop(
        self,
        uuid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> CallCommandResponse:
        """Stop the audio playing into a call.

        Args:
            uuid: The UUID of the call (leg).
        """
        result: CallCommandResponse = self._request("calls.stop_stream", locals())
        return result


class AsyncVoiceCallsStream(AsyncAPIResource):
    """`voice.calls.stream` (StartStream, StopStream). Awaitable."""

    _package = "vonage_voice"

    @_api_method
    async def start(
        self,
        uuid: str,
        *,
        stream_url: builtins.list[str],
        loop: int | Unset = UNSET,
        level: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> CallCommandResponse:
        """Play an audio file into a call.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            uuid: The UUID of the call (leg).
            stream_url: The URL of the audio file (MP3 or 16-bit WAV).
            loop: How many times to play the file; 0 loops until stopped.
            level: The volume, from "-1" to "1" in steps of 0.1 (default "0").
        """
        result: CallCommandResponse = await self._request("calls.start_stream", locals())
        return result

    @_api_method
    async def stop(
        self,
        uuid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> CallCommandResponse:
        """Stop the audio playing into a call.

        Args:
            uuid: The UUID of the call (leg).
        """
        result: CallCommandResponse = await self._request("calls.stop_stream", locals())
        return result
