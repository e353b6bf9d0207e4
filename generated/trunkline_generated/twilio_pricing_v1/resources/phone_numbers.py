"""Resource `pricing.v1.phone_numbers`: generated from the spec. Do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from trunkline_generated.twilio_pricing_v1.resources.phone_numbers_countries import (
        AsyncPhoneNumbersCountries,
        PhoneNumbersCountries,
    )

__all__ = ["AsyncPhoneNumbers", "PhoneNumbers"]


class PhoneNumbers(SyncAPIResource):
    """`pricing.v1.phone_numbers`: countries."""

    _package = "twilio_pricing_v1"

    @cached_property
    def countries(self) -> PhoneNumbersCountries:
        """`pricing.v1.phone_numbers.countries`: get(), list()"""
        resource: PhoneNumbersCountries = self._child(
            "pricing.v1.phone_numbers.countries",
            "trunkline_generated.twilio_pricing_v1.resources.phone_numbers_countries",
            "PhoneNumbersCountries",
        )
        return resource


class AsyncPhoneNumbers(AsyncAPIResource):
    """`pricing.v1.phone_numbers`: countries. Awaitable."""

    _package = "twilio_pricing_v1"

    @cached_property
    def countries(self) -> AsyncPhoneNumbersCountries:
        """`pricing.v1.phone_numbers.countries`: get(), list()"""
        resource: AsyncPhoneNumbersCountries = self._child(
            "pricing.v1.phone_numbers.countries",
            "trunkline_generated.twilio_pricing_v1.resources.phone_numbers_countries",
            "AsyncPhoneNumbersCountries",
        )
        return resource
