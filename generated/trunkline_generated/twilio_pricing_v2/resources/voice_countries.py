"""Resource `pricing.v2.voice.countries`: generated from the spec. Do not edit.

get: FetchVoiceCountry (GET /v2/Voice/Countries/{IsoCountry})
list: ListVoiceCountry (GET /v2/Voice/Countries)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline._core._paging import AsyncPager, Pager
    from trunkline_generated.twilio_pricing_v2.models.country import Country
    from trunkline_generated.twilio_pricing_v2.models.voice_country import VoiceCountry

__all__ = ["AsyncVoiceCountries", "VoiceCountries"]


class VoiceCountries(SyncAPIResource):
    """`pricing.v2.voice.countries` (FetchVoiceCountry, ListVoiceCountry)."""

    _package = "twilio_pricing_v2"

    @_api_method
    def get(
        self,
        iso_country: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> VoiceCountry:
        """Fetch the voice prices of one country.

        Args:
            iso_country: The [ISO country
                code](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2) of the origin-based
                voice pricing information to fetch.
        """
        result: VoiceCountry = self._request("voice.fetch_voice_country", locals())
        return result

    @_api_method
    def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Pager[Country]:
        """List the countries with voice prices.

        Args:
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[Country] = self._list("voice.list_voice_country", locals())
        return pager


class AsyncVoiceCountries(AsyncAPIResource):
    """`pricing.v2.voice.countries` (FetchVoiceCountry, ListVoiceCountry). Awaitable."""

    _package = "twilio_pricing_v2"

    @_api_method
    async def get(
        self,
        iso_country: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> VoiceCountry:
        """Fetch the voice prices of one country.

        Args:
            iso_country: The [ISO country
                code](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2) of the origin-based
                voice pricing information to fetch.
        """
        result: VoiceCountry = await self._request("voice.fetch_voice_country", locals())
        return result

    @_api_method
    def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPager[Country]:
        """List the countries with voice prices.

        Args:
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[Country] = self._list("voice.list_voice_country", locals())
        return pager
