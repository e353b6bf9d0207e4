"""Resource `pricing.v1.voice.numbers`: generated from the spec. Do not edit.

get: FetchVoiceNumber (GET /v1/Voice/Numbers/{Number})
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline_generated.twilio_pricing_v1.models.voice_number import VoiceNumber

__all__ = ["AsyncVoiceNumbers", "VoiceNumbers"]


class VoiceNumbers(SyncAPIResource):
    """`pricing.v1.voice.numbers` (FetchVoiceNumber)."""

    _package = "twilio_pricing_v1"

    @_api_method
    def get(
        self,
        number: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> VoiceNumber:
        """Fetch the prices to call one phone number.

        Args:
            number: The phone number to fetch, in
                [E.164](https://www.twilio.com/docs/glossary/what-e164) format.
        """
        result: VoiceNumber = self._request("voice.fetch_voice_number", locals())
        return result


class AsyncVoiceNumbers(AsyncAPIResource):
    """`pricing.v1.voice.numbers` (FetchVoiceNumber). Awaitable."""

    _package = "twilio_pricing_v1"

    @_api_method
    async def get(
        self,
        number: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> VoiceNumber:
        """Fetch the prices to call one phone number.

        Args:
            number: The phone number to fetch, in
                [E.164](https://www.twilio.com/docs/glossary/what-e164) format.
        """
        result: VoiceNumber = await self._request("voice.fetch_voice_number", locals())
        return result
