"""Resource `account.secrets`: generated from the spec. Do not edit.

create: CreateAPISecret (POST /accounts/{api_key}/secrets)
delete: RevokeAPISecret (DELETE /accounts/{api_key}/secrets/{secret_id})
get: RetrieveAPISecret (GET /accounts/{api_key}/secrets/{secret_id})
list: RetrieveAPISecrets (GET /accounts/{api_key}/secrets)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline._core._paging import AsyncPager, Pager
    from trunkline_generated.vonage_account.models.secret import Secret

__all__ = ["AsyncAccountSecrets", "AccountSecrets"]


class AccountSecrets(SyncAPIResource):
    """`account.secrets` (CreateAPISecret, RetrieveAPISecret, RetrieveAPISecrets, RevokeAPISecret)."""

    _package = "vonage_account"

    @_api_method
    def create(
        self,
        api_key: str,
        *,
        secret: str,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Secret:
        """Create an API secret.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            api_key: The API key whose secrets to manage (yours, or a secondary account's).
            secret: The new secret: 8 to 25 characters, with at least one lower case letter,
                one upper case letter and one digit.
        """
        result: Secret = self._request("account.create_api_secret", locals())
        return result

    @_api_method
    def delete(
        self,
        api_key: str,
        secret_id: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Revoke an API secret.

        An account keeps at least one secret; revoking the last one is refused (403).

        Args:
            api_key: The API key whose secrets to manage (yours, or a secondary account's).
            secret_id: The id of the secret.
        """
        self._request("account.revoke_api_secret", locals())

    @_api_method
    def get(
        self,
        api_key: str,
        secret_id: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Secret:
        """Get one API secret.

        Args:
            api_key: The API key whose secrets to manage (yours, or a secondary account's).
            secret_id: The id of the secret.
        """
        result: Secret = self._request("account.retrieve_api_secret", locals())
        return result

    @_api_method
    def list(
        self,
        api_key: str,
        *,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Pager[Secret]:
        """List the API secrets of an account.

        Args:
            api_key: The API key whose secrets to manage (yours, or a secondary account's).
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[Secret] = self._list("account.retrieve_api_secrets", locals())
        return pager


class AsyncAccountSecrets(AsyncAPIResource):
    """`account.secrets` (CreateAPISecret, RetrieveAPISecret, RetrieveAPISecrets, RevokeAPISecret). Awaitable."""

    _package = "vonage_account"

    @_api_method
    async def create(
        self,
        api_key: str,
        *,
        secret: str,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Secret:
        """Create an API secret.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            api_key: The API key whose secrets to manage (yours, or a secondary account's).
            secret: The new secret: 8 to 25 characters, with at least one lower case letter,
                one upper case letter and one digit.
        """
        result: Secret = await self._request("account.create_api_secret", locals())
        return result

    @_api_method
    async def delete(
        self,
        api_key: str,
        secret_id: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Revoke an API secret.

        An account keeps at least one secret; revoking the last one is refused (403).

        Args:
            api_key: The API key whose secrets to manage (yours, or a secondary account's).
            secret_id: The id of the secret.
        """
        await self._request("account.revoke_api_secret", locals())

    @_api_method
    async def get(
        self,
        api_key: str,
        secret_id: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Secret:
        """Get one API secret.

        Args:
            api_key: The API key whose secrets to manage (yours, or a secondary account's).
            secret_id: The id of the secret.
        """
        result: Secret = await self._request("account.retrieve_api_secret", locals())
        return result

    @_api_method
    def list(
        self,
        api_key: str,
        *,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPager[Secret]:
        """List the API secrets of an account.

        Args:
            api_key: The API key whose secrets to manage (yours, or a secondary account's).
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[Secret] = self._list("account.retrieve_api_secrets", locals())
        return pager
