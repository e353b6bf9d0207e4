"""Resource `account`: generated from the spec. Do not edit.

get_balance: GetAccountBalance (GET /account/get-balance)
top_up: TopUpAccountBalance (POST /account/top-up)
update_settings: ChangeAccountSettings (POST /account/settings)
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline_generated.vonage_account.models.account_balance import AccountBalance
    from trunkline_generated.vonage_account.models.account_result import AccountResult
    from trunkline_generated.vonage_account.models.account_settings import AccountSettings
    from trunkline_generated.vonage_account.resources.account_secrets import (
        AccountSecrets,
        AsyncAccountSecrets,
    )

__all__ = ["AsyncAccount", "Account"]


class Account(SyncAPIResource):
    """`account` (ChangeAccountSettings, GetAccountBalance, TopUpAccountBalance)."""

    _package = "vonage_account"

    @cached_property
    def secrets(self) -> AccountSecrets:
        """`account.secrets`: create(), delete(), get(), list()"""
        resource: AccountSecrets = self._child(
            "account.secrets",
            "trunkline_generated.vonage_account.resources.account_secrets",
            "AccountSecrets",
        )
        return resource

    @_api_method
    def get_balance(
        self,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AccountBalance:
        """Get the account balance."""
        result: AccountBalance = self._request("account.get_account_balance", locals())
        return result

    @_api_method
    def top_up(
        self,
        *,
        trx: str,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AccountResult:
        """Top up the account balance.

        Adds the auto-reload amount now (auto-reload must be on); `trx` is the transaction
        that enabled auto-reload.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            trx: The reference of the transaction that enabled auto-reload.
        """
        result: AccountResult = self._request("account.top_up_account_balance", locals())
        return result

    @_api_method
    def update_settings(
        self,
        *,
        mo_call_back_url: str | Unset = UNSET,
        dr_call_back_url: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AccountSettings:
        """Change the account's default SMS webhooks.

        Sets the default webhooks for inbound SMS and delivery receipts (Vonage checks that
        they answer 200 first); with neither given, returns the current settings.

        Args:
            mo_call_back_url (`moCallBackUrl`): The default inbound SMS webhook; an empty
                string unsets it.
            dr_call_back_url (`drCallBackUrl`): The default delivery receipt webhook; an
                empty string unsets it.
        """
        result: AccountSettings = self._request("account.change_account_settings", locals())
        return result


class AsyncAccount(AsyncAPIResource):
    """`account` (ChangeAccountSettings, GetAccountBalance, TopUpAccountBalance). Awaitable."""

    _package = "vonage_account"

    @cached_property
    def secrets(self) -> AsyncAccountSecrets:
        """`account.secrets`: create(), delete(), get(), list()"""
        resource: AsyncAccountSecrets = self._child(
            "account.secrets",
            "trunkline_generated.vonage_account.resources.account_secrets",
            "AsyncAccountSecrets",
        )
        return resource

    @_api_method
    async def get_balance(
        self,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AccountBalance:
        """Get the account balance."""
        result: AccountBalance = await self._request("account.get_account_balance", locals())
        return result

    @_api_method
    async def top_up(
        self,
        *,
        trx: str,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AccountResult:
        """Top up the account balance.

        Adds the auto-reload amount now (auto-reload must be on); `trx` is the transaction
        that enabled auto-reload.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            trx: The reference of the transaction that enabled auto-reload.
        """
        result: AccountResult = await self._request("account.top_up_account_balance", locals())
        return result

    @_api_method
    async def update_settings(
        self,
        *,
        mo_call_back_url: str | Unset = UNSET,
        dr_call_back_url: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AccountSettings:
        """Change the account's default SMS webhooks.

        Sets the default webhooks for inbound SMS and delivery receipts (Vonage checks that
        they answer 200 first); with neither given, returns the current settings.

        Args:
            mo_call_back_url (`moCallBackUrl`): The default inbound SMS webhook; an empty
                string unsets it.
            dr_call_back_url (`drCallBackUrl`): The default delivery receipt webhook; an
                empty string unsets it.
        """
        result: AccountSettings = await self._request("account.change_account_settings", locals())
        return result
