"""Resource `pricing`: generated from the spec. Do not edit.

get_all_countries: RetrievePricingAllCountries (GET /get-full-pricing/outbound/{type})
get_country: RetrievePricingCountry (GET /get-pricing/outbound/{type})
get_phone: GetPhoneOutboundPricing (GET /get-phone-pricing/outbound/{type})
get_prefix: RetrievePrefixPricing (GET /get-prefix-pricing/outbound/{type})
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline_generated.vonage_pricing.models.phone_pricing import PhonePricing
    from trunkline_generated.vonage_pricing.models.phone_pricing_product import PhonePricingProduct
    from trunkline_generated.vonage_pricing.models.pricing_countries import PricingCountries
    from trunkline_generated.vonage_pricing.models.pricing_country import PricingCountry
    from trunkline_generated.vonage_pricing.models.pricing_product import PricingProduct

__all__ = ["AsyncPricing", "Pricing"]


class Pricing(SyncAPIResource):
    """`pricing` (GetPhoneOutboundPricing, RetrievePrefixPricing, RetrievePricingAllCountries, RetrievePricingCountry)."""

    _package = "vonage_pricing"

    @_api_method
    def get_all_countries(
        self,
        product: PricingProduct | str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> PricingCountries:
        """Outbound prices for every country.

        Args:
            product: Outbound SMS, transit SMS, or outbound voice calls.
        """
        result: PricingCountries = self._request("pricing.retrieve_pricing_all_countries", locals())
        return result

    @_api_method
    def get_country(
        self,
        product: PricingProduct | str,
        *,
        country: str,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> PricingCountry:
        """Outbound prices for one country.

        Args:
            product: Outbound SMS, transit SMS, or outbound voice calls.
            country: The country, ISO 3166-1 alpha-2 (`CA`).
        """
        result: PricingCountry = self._request("pricing.retrieve_pricing_country", locals())
        return result

    @_api_method
    def get_phone(
        self,
        product: PhonePricingProduct | str,
        *,
        phone: str,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> PhonePricing:
        """The outbound price for one phone number.

        Not in Vonage's published spec; nexmo-go's `GetPhoneOutboundPricing`.

        Args:
            product: Outbound SMS or outbound voice calls.
            phone: The number to price, E.164.
        """
        result: PhonePricing = self._request("pricing.get_phone_outbound_pricing", locals())
        return result

    @_api_method
    def get_prefix(
        self,
        product: PricingProduct | str,
        *,
        prefix: str,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> PricingCountries:
        """Outbound prices for a dialling prefix.

        Args:
            product: Outbound SMS, transit SMS, or outbound voice calls.
            prefix: The dialling prefix (`44`, `1`), without `+`.
        """
        result: PricingCountries = self._request("pricing.retrieve_prefix_pricing", locals())
        return result


class AsyncPricing(AsyncAPIResource):
    """`pricing` (GetPhoneOutboundPricing, RetrievePrefixPricing, RetrievePricingAllCountries, RetrievePricingCountry). Awaitable."""

    _package = "vonage_pricing"

    @_api_method
    async def get_all_countries(
        self,
        product: PricingProduct | str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> PricingCountries:
        """Outbound prices for every country.

        Args:
            product: Outbound SMS, transit SMS, or outbound voice calls.
        """
        result: PricingCountries = await self._request(
            "pricing.retrieve_pricing_all_countries", locals()
        )
        return result

    @_api_method
    async def get_country(
        self,
        product: PricingProduct | str,
        *,
        country: str,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> PricingCountry:
        """Outbound prices for one country.

        Args:
            product: Outbound SMS, transit SMS, or outbound voice calls.
            country: The country, ISO 3166-1 alpha-2 (`CA`).
        """
        result: PricingCountry = await self._request("pricing.retrieve_pricing_country", locals())
        return result

    @_api_method
    async def get_phone(
        self,
        product: PhonePricingProduct | str,
        *,
        phone: str,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> PhonePricing:
        """The outbound price for one phone number.

        Not in Vonage's published spec; nexmo-go's `GetPhoneOutboundPricing`.

        Args:
            product: Outbound SMS or outbound voice calls.
            phone: The number to price, E.164.
        """
        result: PhonePricing = await self._request("pricing.get_phone_outbound_pricing", locals())
        return result

    @_api_method
    async def get_prefix(
        self,
        product: PricingProduct | str,
        *,
        prefix: str,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> PricingCountries:
        """Outbound prices for a dialling prefix.

        Args:
            product: Outbound SMS, transit SMS, or outbound voice calls.
            prefix: The dialling prefix (`44`, `1`), without `+`.
        """
        result: PricingCountries = await self._request("pricing.retrieve_prefix_pricing", locals())
        return result
