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

    from trunkline_generated.vonage_account.resources.account import Account, AsyncAccount

__all__ = ["AsyncResources", "Resources"]


class Resources(SyncAPIResource):
    """Every resource of this API."""

    _package = "vonage_account"

    @cached_property
    def account(self) -> Account:
        """`account`: get_balance(), top_up(), update_settings(), .secrets"""
        resource: Account = self._child(
            "account", "trunkline_generated.vonage_account.resources.account", "Account"
        )
        return resource


class AsyncResources(AsyncAPIResource):
    """Every resource of this API. Awaitable."""

    _package = "vonage_account"

    @cached_property
    def account(self) -> AsyncAccount:
        """`account`: get_balance(), top_up(), update_settings(), .secrets"""
        resource: AsyncAccount = self._child(
            "account", "trunkline_generated.vonage_account.resources.account", "AsyncAccount"
        )
        return resource
