"""Resource `fax.v1`: generated from the spec. Do not edit."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline_generated.twilio_fax_v1.resources.faxes import AsyncFaxes, Faxes

__all__ = ["AsyncResources", "Resources"]


class Resources(SyncAPIResource):
    """Every resource of this API."""

    _package = "twilio_fax_v1"

    @cached_property
    def faxes(self) -> Faxes:
        """`fax.v1.faxes`: create(), delete(), get(), list(), update(), .media"""
        resource: Faxes = self._child(
            "fax.v1.faxes", "trunkline_generated.twilio_fax_v1.resources.faxes", "Faxes"
        )
        return resource


class AsyncResources(AsyncAPIResource):
    """Every resource of this API. Awaitable."""

    _package = "twilio_fax_v1"

    @cached_property
    def faxes(self) -> AsyncFaxes:
        """`fax.v1.faxes`: create(), delete(), get(), list(), update(), .media"""
        resource: AsyncFaxes = self._child(
            "fax.v1.faxes", "trunkline_generated.twilio_fax_v1.resources.faxes", "AsyncFaxes"
        )
        return resource
