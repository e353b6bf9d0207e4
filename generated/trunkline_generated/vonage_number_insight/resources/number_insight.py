"""Resource `number_insight`: generated from the spec. Do not edit.

advanced: GetNumberInsightAdvanced (GET /advanced/{format})
advanced_async: GetNumberInsightAsync (GET /advanced/async/{format})
basic: GetNumberInsightBasic (GET /basic/{format})
standard: GetNumberInsightStandard (GET /standard/{format})
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline_generated.vonage_number_insight.models.ni_advanced_response import (
        NiAdvancedResponse,
    )
    from trunkline_generated.vonage_number_insight.models.ni_async_response import NiAsyncResponse
    from trunkline_generated.vonage_number_insight.models.ni_basic_response import NiBasicResponse
    from trunkline_generated.vonage_number_insight.models.ni_standard_response import (
        NiStandardResponse,
    )

__all__ = ["AsyncNumberInsight", "NumberInsight"]


class NumberInsight(SyncAPIResource):
    """`number_insight` (GetNumberInsightAdvanced, GetNumberInsightAsync, GetNumberInsightBasic, GetNumberInsightStandard)."""

    _package = "vonage_number_insight"

    @_api_method
    def advanced(
        self,
        *,
        number: str,
        country: str | Unset = UNSET,
        cnam: bool | Unset = UNSET,
        ip: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> NiAdvancedResponse:
        """Advanced Number Insight, answered synchronously.

        The standard information plus validity, reachability and roaming of mobile numbers.
        Charged per request; Vonage recommends `advanced_async` to avoid timeouts.

        Args:
            number: The phone number to look up, in international or (with `country`)
                national format.
            country: The number's country (ISO 3166-1 alpha-2, upper case) when `number` is
                national or uncertain. With an E.164 `number`, it must match the number's
                country code.
            cnam: Whether to look up the owner's name (US numbers only, charged extra).
            ip: Deprecated; Vonage no longer matches IP addresses.
        """
        result: NiAdvancedResponse = self._request(
            "number_insight.get_number_insight_advanced", locals()
        )
        return result

    @_api_method
    def advanced_async(
        self,
        *,
        callback: str,
        number: str,
        country: str | Unset = UNSET,
        cnam: bool | Unset = UNSET,
        ip: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> NiAsyncResponse:
        """Advanced Number Insight, answered at a callback URL.

        Accepts an advanced lookup and sends its result to `callback` when ready (Vonage
        recommends this over the synchronous call, to avoid timeouts). The answer here only
        says whether the request was accepted.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            callback: The URL Vonage sends the lookup result to (a POST with a JSON body).
            number: The phone number to look up, in international or (with `country`)
                national format.
            country: The number's country (ISO 3166-1 alpha-2, upper case) when `number` is
                national or uncertain. With an E.164 `number`, it must match the number's
                country code.
            cnam: Whether to look up the owner's name (US numbers only, charged extra).
            ip: Deprecated; Vonage no longer matches IP addresses.
        """
        result: NiAsyncResponse = self._request("number_insight.get_number_insight_async", locals())
        return result

    @_api_method
    def basic(
        self,
        *,
        number: str,
        country: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> NiBasicResponse:
        """Basic Number Insight.

        The number's international and national format and its country. Free of charge. HTTP
        200 does not mean success: check `status`.

        Args:
            number: The phone number to look up, in international or (with `country`)
                national format.
            country: The number's country (ISO 3166-1 alpha-2, upper case) when `number` is
                national or uncertain. With an E.164 `number`, it must match the number's
                country code.
        """
        result: NiBasicResponse = self._request("number_insight.get_number_insight_basic", locals())
        return result

    @_api_method
    def standard(
        self,
        *,
        number: str,
        country: str | Unset = UNSET,
        cnam: bool | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> NiStandardResponse:
        """Standard Number Insight.

        The basic information plus the number's current and original carrier, porting and,
        with `cnam=true` (US numbers), the owner's name. Charged per request.

        Args:
            number: The phone number to look up, in international or (with `country`)
                national format.
            country: The number's country (ISO 3166-1 alpha-2, upper case) when `number` is
                national or uncertain. With an E.164 `number`, it must match the number's
                country code.
            cnam: Whether to look up the owner's name (US numbers only, charged extra).
        """
        result: NiStandardResponse = self._request(
            "number_insight.get_number_insight_standard", locals()
        )
        return result


class AsyncNumberInsight(AsyncAPIResource):
    """`number_insight` (GetNumberInsightAdvanced, GetNumberInsightAsync, GetNumberInsightBasic, GetNumberInsightStandard). Awaitable."""

    _package = "vonage_number_insight"

    @_api_method
    async def advanced(
        self,
        *,
        number: str,
        country: str | Unset = UNSET,
        cnam: bool | Unset = UNSET,
        ip: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> NiAdvancedResponse:
        """Advanced Number Insight, answered synchronously.

        The standard information plus validity, reachability and roaming of mobile numbers.
        Charged per request; Vonage recommends `advanced_async` to avoid timeouts.

        Args:
            number: The phone number to look up, in international or (with `country`)
                national format.
            country: The number's country (ISO 3166-1 alpha-2, upper case) when `number` is
                national or uncertain. With an E.164 `number`, it must match the number's
                country code.
            cnam: Whether to look up the owner's name (US numbers only, charged extra).
            ip: Deprecated; Vonage no longer matches IP addresses.
        """
        result: NiAdvancedResponse = await self._request(
            "number_insight.get_number_insight_advanced", locals()
        )
        return result

    @_api_method
    async def advanced_async(
        self,
        *,
        callback: str,
        number: str,
        country: str | Unset = UNSET,
        cnam: bool | Unset = UNSET,
        ip: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> NiAsyncResponse:
        """Advanced Number Insight, answered at a callback URL.

        Accepts an advanced lookup and sends its result to `callback` when ready (Vonage
        recommends this over the synchronous call, to avoid timeouts). The answer here only
        says whether the request was accepted.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            callback: The URL Vonage sends the lookup result to (a POST with a JSON body).
            number: The phone number to look up, in international or (with `country`)
                national format.
            country: The number's country (ISO 3166-1 alpha-2, upper case) when `number` is
                national or uncertain. With an E.164 `number`, it must match the number's
                country code.
            cnam: Whether to look up the owner's name (US numbers only, charged extra).
            ip: Deprecated; Vonage no longer matches IP addresses.
        """
        result: NiAsyncResponse = await self._request(
            "number_insight.get_number_insight_async", locals()
        )
        return result

    @_api_method
    async def basic(
        self,
        *,
        number: str,
        country: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> NiBasicResponse:
        """Basic Number Insight.

        The number's international and national format and its country. Free of charge. HTTP
        200 does not mean success: check `status`.

        Args:
            number: The phone number to look up, in international or (with `country`)
                national format.
            country: The number's country (ISO 3166-1 alpha-2, upper case) when `number` is
                national or uncertain. With an E.164 `number`, it must match the number's
                country code.
        """
        result: NiBasicResponse = await self._request(
            "number_insight.get_number_insight_basic", locals()
        )
        return result

    @_api_method
    async def standard(
        self,
        *,
        number: str,
        country: str | Unset = UNSET,
        cnam: bool | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> NiStandardResponse:
        """Standard Number Insight.

        The basic information plus the number's current and original carrier, porting and,
        with `cnam=true` (US numbers), the owner's name. Charged per request.

        Args:
            number: The phone number to look up, in international or (with `country`)
                national format.
            country: The number's country (ISO 3166-1 alpha-2, upper case) when `number` is
                national or uncertain. With an E.164 `number`, it must match the number's
                country code.
            cnam: Whether to look up the owner's name (US numbers only, charged extra).
        """
        result: NiStandardResponse = await self._request(
            "number_insight.get_number_insight_standard", locals()
        )
        return result
