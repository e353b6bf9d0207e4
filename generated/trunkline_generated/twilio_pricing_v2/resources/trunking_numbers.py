"""Resource `pricing.v2.trunking.numbers`: generated from the spec. Do not edit.

get: FetchTrunkingNumber (GET /v2/Trunking/Numbers/{DestinationNumber})
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline_generated.twilio_pricing_v2.models.trunking_number import TrunkingNumber

__all__ = ["AsyncTrunkingNumbers", "TrunkingNumbers"]


class TrunkingNumbers(SyncAPIResource):
    """`pricing.v2.trunking.numbers` (FetchTrunkingNumber)."""

    _package = "twilio_pricing_v2"

    @_api_method
    def get(
        self,
        destination_number: str,
        *,
        origination_number: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> TrunkingNumber:
        """Fetch the trunking prices for a destination and, optionally, origination phone number.

        Args:
            destination_number: The destination phone number, in
                [E.164](https://www.twilio.com/docs/glossary/what-e164) format, for which to
                fetch the origin-based voice pricing information. E.164 format consists of a
                + followed by the country code and subscriber number.
            origination_number (`OriginationNumber`): The origination phone number, in
                [E.164](https://www.twilio.com/docs/glossary/what-e164) format, for which to
                fetch the origin-based voice pricing information. E.164 format consists of a
                + followed by the country code and subscriber number.
        """
        result: TrunkingNumber = self._request("trunking.fetch_trunking_number", locals())
        return result


class AsyncTrunkingNumbers(AsyncAPIResource):
    """`pricing.v2.trunking.numbers` (FetchTrunkingNumber). Awaitable."""

    _package = "twilio_pricing_v2"

    @_api_method
    async def get(
        self,
        destination_number: str,
        *,
        origination_number: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> TrunkingNumber:
        """Fetch the trunking prices for a destination and, optionally, origination phone number.

        Args:
            destination_number: The destination phone number, in
                [E.164](https://www.twilio.com/docs/glossary/what-e164) format, for which to
                fetch the origin-based voice pricing information. E.164 format consists of a
                + followed by the country code and subscriber number.
            origination_number (`OriginationNumber`): The origination phone number, in
                [E.164](https://www.twilio.com/docs/glossary/what-e164) format, for which to
                fetch the origin-based voice pricing information. E.164 format consists of a
                + followed by the country code and subscriber number.
        """
        result: TrunkingNumber = await self._request("trunking.fetch_trunking_number", locals())
        return result
