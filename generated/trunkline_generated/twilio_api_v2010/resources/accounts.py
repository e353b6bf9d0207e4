"""Resource `accounts`: generated from the spec. Do not edit.

create: CreateAccount (POST /2010-04-01/Accounts.json)
get: FetchAccount (GET /2010-04-01/Accounts/{Sid}.json)
list: ListAccount (GET /2010-04-01/Accounts.json)
update: UpdateAccount (POST /2010-04-01/Accounts/{Sid}.json)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline._core._paging import AsyncPager, Pager
    from trunkline_generated.twilio_api_v2010.models.account import Account
    from trunkline_generated.twilio_api_v2010.models.account_status import AccountStatus

__all__ = ["AsyncAccounts", "Accounts"]


class Accounts(SyncAPIResource):
    """`accounts` (CreateAccount, FetchAccount, ListAccount, UpdateAccount)."""

    _package = "twilio_api_v2010"

    @_api_method
    def create(
        self,
        *,
        friendly_name: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Account:
        """Create a new Twilio Subaccount from the account making the request.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            friendly_name (`FriendlyName`): A human readable description of the account to
                create, defaults to `SubAccount Created at {YYYY-MM-DD HH:MM meridian}`
        """
        result: Account = self._request("accounts.create_account", locals())
        return result

    @_api_method
    def get(
        self,
        sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Account:
        """Fetch the account specified by the provided Account Sid.

        Args:
            sid: The SID of the Account: the main account or one of its subaccounts.
        """
        result: Account = self._request("accounts.fetch_account", locals())
        return result

    @_api_method
    def list(
        self,
        *,
        friendly_name: str | Unset = UNSET,
        status: AccountStatus | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Pager[Account]:
        """Retrieves a collection of Accounts belonging to the account used to make the request.

        Args:
            friendly_name (`FriendlyName`): Only return the Account resources with friendly
                names that exactly match this name.
            status (`Status`): The status of this account. Usually `active`, but can be
                `suspended` or `closed`.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[Account] = self._list("accounts.list_account", locals())
        return pager

    @_api_method
    def update(
        self,
        sid: str,
        *,
        friendly_name: str | Unset = UNSET,
        status: AccountStatus | str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Account:
        """Modify the properties of a given Account.

        Args:
            sid: The SID of the Account: the main account or one of its subaccounts.
            friendly_name (`FriendlyName`): Update the human-readable description of this
                Account
            status (`Status`): The status of this account. Usually `active`, but can be
                `suspended` or `closed`.
        """
        result: Account = self._request("accounts.update_account", locals())
        return result


class AsyncAccounts(AsyncAPIResource):
    """`accounts` (CreateAccount, FetchAccount, ListAccount, UpdateAccount). Awaitable."""

    _package = "twilio_api_v2010"

    @_api_method
    async def create(
        self,
        *,
        friendly_name: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Account:
        """Create a new Twilio Subaccount from the account making the request.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            friendly_name (`FriendlyName`): A human readable description of the account to
                create, defaults to `SubAccount Created at {YYYY-MM-DD HH:MM meridian}`
        """
        result: Account = await self._request("accounts.create_account", locals())
        return result

    @_api_method
    async def get(
        self,
        sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Account:
        """Fetch the account specified by the provided Account Sid.

        Args:
            sid: The SID of the Account: the main account or one of its subaccounts.
        """
        result: Account = await self._request("accounts.fetch_account", locals())
        return result

    @_api_method
    def list(
        self,
        *,
        friendly_name: str | Unset = UNSET,
        status: AccountStatus | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPager[Account]:
        """Retrieves a collection of Accounts belonging to the account used to make the request.

        Args:
            friendly_name (`FriendlyName`): Only return the Account resources with friendly
                names that exactly match this name.
            status (`Status`): The status of this account. Usually `active`, but can be
                `suspended` or `closed`.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[Account] = self._list("accounts.list_account", locals())
        return pager

    @_api_method
    async def update(
        self,
        sid: str,
        *,
        friendly_name: str | Unset = UNSET,
        status: AccountStatus | str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Account:
        """Modify the properties of a given Account.

        Args:
            sid: The SID of the Account: the main account or one of its subaccounts.
            friendly_name (`FriendlyName`): Update the human-readable description of this
                Account
            status (`Status`): The status of this account. Usually `active`, but can be
                `suspended` or `closed`.
        """
        result: Account = await self._request("accounts.update_account", locals())
        return result
