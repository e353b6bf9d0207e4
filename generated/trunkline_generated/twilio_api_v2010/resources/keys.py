"""Resource `keys`: generated from the spec. Do not edit.

create: CreateNewKey (POST /2010-04-01/Accounts/{AccountSid}/Keys.json)
delete: DeleteKey (DELETE /2010-04-01/Accounts/{AccountSid}/Keys/{Sid}.json)
get: FetchKey (GET /2010-04-01/Accounts/{AccountSid}/Keys/{Sid}.json)
list: ListKey (GET /2010-04-01/Accounts/{AccountSid}/Keys.json)
update: UpdateKey (POST /2010-04-01/Accounts/{AccountSid}/Keys/{Sid}.json)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline._core._paging import AsyncPager, Pager
    from trunkline_generated.twilio_api_v2010.models.key import Key
    from trunkline_generated.twilio_api_v2010.models.new_key import NewKey

__all__ = ["AsyncKeys", "Keys"]


class Keys(SyncAPIResource):
    """`keys` (CreateNewKey, DeleteKey, FetchKey, ListKey, UpdateKey)."""

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
    ) -> NewKey:
        """Create an API key (its secret is returned only once).

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            friendly_name (`FriendlyName`): A descriptive string that you create to describe
                the resource. It can be up to 64 characters long.
        """
        result: NewKey = self._request("keys.create_new_key", locals())
        return result

    @_api_method
    def delete(
        self,
        sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Delete an API key.

        Args:
            sid: The SID of the Key resource.
        """
        self._request("keys.delete_key", locals())

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
    ) -> Key:
        """Fetch an API key.

        Args:
            sid: The SID of the Key resource.
        """
        result: Key = self._request("keys.fetch_key", locals())
        return result

    @_api_method
    def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Pager[Key]:
        """Retrieve a list of the API keys of the account.

        Args:
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[Key] = self._list("keys.list_key", locals())
        return pager

    @_api_method
    def update(
        self,
        sid: str,
        *,
        friendly_name: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Key:
        """Update an API key.

        Args:
            sid: The SID of the Key resource.
            friendly_name (`FriendlyName`): A descriptive string that you create to describe
                the resource. It can be up to 64 characters long.
        """
        result: Key = self._request("keys.update_key", locals())
        return result


class AsyncKeys(AsyncAPIResource):
    """`keys` (CreateNewKey, DeleteKey, FetchKey, ListKey, UpdateKey). Awaitable."""

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
    ) -> NewKey:
        """Create an API key (its secret is returned only once).

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            friendly_name (`FriendlyName`): A descriptive string that you create to describe
                the resource. It can be up to 64 characters long.
        """
        result: NewKey = await self._request("keys.create_new_key", locals())
        return result

    @_api_method
    async def delete(
        self,
        sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Delete an API key.

        Args:
            sid: The SID of the Key resource.
        """
        await self._request("keys.delete_key", locals())

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
    ) -> Key:
        """Fetch an API key.

        Args:
            sid: The SID of the Key resource.
        """
        result: Key = await self._request("keys.fetch_key", locals())
        return result

    @_api_method
    def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPager[Key]:
        """Retrieve a list of the API keys of the account.

        Args:
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[Key] = self._list("keys.list_key", locals())
        return pager

    @_api_method
    async def update(
        self,
        sid: str,
        *,
        friendly_name: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Key:
        """Update an API key.

        Args:
            sid: The SID of the Key resource.
            friendly_name (`FriendlyName`): A descriptive string that you create to describe
                the resource. It can be up to 64 characters long.
        """
        result: Key = await self._request("keys.update_key", locals())
        return result
