"""Resource `(root)`: generated from the spec. Do not edit."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline_generated.vonage_sms.resources.sms import AsyncSms, Sms

__all__ = ["AsyncResources", "Resources"]


class Resources(SyncAPIResource):
    """Every resource of this API."""

    _package = "vonage_sms"

    @cached_property
    def sms(self) -> Sms:
        """`sms`: send()"""
        resource: Sms = self._child("sms", "trunkline_generated.vonage_sms.resources.sms", "Sms")
        return resource


class AsyncResources(AsyncAPIResource):
    """Every resource of this API. Awaitable."""

    _package = "vonage_sms"

    @cached_property
    def sms(self) -> AsyncSms:
        """`sms`: send()"""
        resource: AsyncSms = self._child(
            "sms", "trunkline_generated.vonage_sms.resources.sms", "AsyncSms"
        )
        return resource
