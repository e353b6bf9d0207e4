"""Resource `lookups.v2`: generated from the spec. Do not edit."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline_generated.twilio_lookups_v2.resources.phone_numbers import (
        AsyncPhoneNumbers,
        PhoneNumbers,
    )

__all__ = ["AsyncResources", "Resources"]


class Resources(SyncAPIResource):
    """Every resource of this API."""

    _package = "twilio_lookups_v2"

    @cached_property
    def phone_numbers(self) -> PhoneNumbers:
        """`lookups.v2.phone_numbers`: get()"""
        resource: PhoneNumbers = self._child(
            "lookups.v2.phone_numbers",
            "trunkline_generated.twilio_lookups_v2.resources.phone_numbers",
            "PhoneNumbers",
        )
        return resource


class AsyncResources(AsyncAPIResource):
    """Every resource of this API. Awaitable."""

    _package = "twilio_lookups_v2"

    @cached_property
    def phone_numbers(self) -> AsyncPhoneNumbers:
        """`lookups.v2.phone_numbers`: get()"""
        resource: AsyncPhoneNumbers = self._child(
            "lookups.v2.phone_numbers",
            "trunkline_generated.twilio_lookups_v2.resources.phone_numbers",
            "AsyncPhoneNumbers",
        )
        return resource
