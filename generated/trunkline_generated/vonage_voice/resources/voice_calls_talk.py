"""Resource `voice.calls.talk`: generated from the spec. Do not edit.

start: StartTalk (PUT /{uuid}/talk)
stop: StopTalk (DELETE /{uuid}/talk)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline_generated.vonage_voice.models.call_command_response import CallCommandResponse
    from trunkline_generated.vonage_voice.models.talk_language import TalkLanguage
    from trunkline_generated.vonage_voice.models.talk_voice_name import TalkVoiceName

__all__ = ["AsyncVoiceCallsTalk", "VoiceCallsTalk"]


class VoiceCallsTalk(SyncAPIResource):
    """`voice.calls.talk` (StartTalk, StopTalk)."""

    _package = "vonage_voice"

    @_api_method
    def start(
        self,
        uuid: str,
        *,
        text: str,
        language: TalkLanguage | str | Unset = UNSET,
        style: int | Unset = UNSET,
        voice_name: TalkVoiceName | str | Unset = UNSET,
        loop: int | Unset = UNSET,
        level: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> CallCommandResponse:
        """Speak text into a call.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            uuid: The UUID of the call (leg).
            text: The text to speak (SSML is accepted).
            language: The language to speak (BCP 47).
            style: The vocal style (range, tessitura, timbre) of `language`.
            voice_name: Deprecated (use `language` and `style`); the voice to speak with.
            loop: How many times to speak the text; 0 loops until stopped.
            level: The volume, from "-1" to "1" in steps of 0.1 (default "0").
        """
        result: CallCommandResponse = self._request("calls.start_talk", locals())
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
        """Stop the speech playing into a call.

        Args:
            uuid: The UUID of the call (leg).
        """
        result: CallCommandResponse = self._request("calls.stop_talk", locals())
        return result


class AsyncVoiceCallsTalk(AsyncAPIResource):
    """`voice.calls.talk` (StartTalk, StopTalk). Awaitable."""

    _package = "vonage_voice"

    @_api_method
    async def start(
        self,
        uuid: str,
        *,
        text: str,
        language: TalkLanguage | str | Unset = UNSET,
        style: int | Unset = UNSET,
        voice_name: TalkVoiceName | str | Unset = UNSET,
        loop: int | Unset = UNSET,
        level: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> CallCommandResponse:
        """Speak text into a call.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            uuid: The UUID of the call (leg).
            text: The text to speak (SSML is accepted).
            language: The language to speak (BCP 47).
            style: The vocal style (range, tessitura, timbre) of `language`.
            voice_name: Deprecated (use `language` and `style`); the voice to speak with.
            loop: How many times to speak the text; 0 loops until stopped.
            level: The volume, from "-1" to "1" in steps of 0.1 (default "0").
        """
        result: CallCommandResponse = await self._request("calls.start_talk", locals())
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
        """Stop the speech playing into a call.

        Args:
            uuid: The UUID of the call (leg).
        """
        result: CallCommandResponse = await self._request("calls.stop_talk", locals())
        return result
