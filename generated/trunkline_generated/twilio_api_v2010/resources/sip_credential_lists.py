"""Resource `sip.credential_lists`: generated from the spec. Do not edit.

create: CreateSipCredentialList (POST /2010-04-01/Accounts/{AccountSid}/SIP/CredentialLists.json)
delete: DeleteSipCredentialList (DELETE /2010-04-01/Accounts/{AccountSid}/SIP/CredentialLists/{Sid}.json)
get: FetchSipCredentialList (GET /2010-04-01/Accounts/{AccountSid}/SIP/CredentialLists/{Sid}.json)
list: ListSipCredentialList (GET /2010-04-01/Accounts/{AccountSid}/SIP/CredentialLists.json)
update: UpdateSipCredentialList (POST /2010-04-01/Accounts/{AccountSid}/SIP/CredentialLists/{Sid}.json)
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline._core._paging import AsyncPager, Pager
    from trunkline_generated.twilio_api_v2010.models.sip_credential_list import SipCredentialList
    from trunkline_generated.twilio_api_v2010.resources.sip_credential_lists_credentials import (
        AsyncSipCredentialListsCredentials,
        SipCredentialListsCredentials,
    )

__all__ = ["AsyncSipCredentialLists", "SipCredentialLists"]


class SipCredentialLists(SyncAPIResource):
    """`sip.credential_lists` (CreateSipCredentialList, DeleteSipCredentialList, FetchSipCredentialList, ListSipCredentialList, UpdateSipCredentialList)."""

    _package = "twilio_api_v2010"

    @cached_property
    def credentials(self) -> SipCredentialListsCredentials:
        """`sip.credential_lists.credentials`: create(), delete(), get(), list(), update()"""
        resource: SipCredentialListsCredentials = self._child(
            "sip.credential_lists.credentials",
            "trunkline_generated.twilio_api_v2010.resources.sip_credential_lists_credentials",
            "SipCredentialListsCredentials",
        )
        return resource

    @_api_method
    def create(
        self,
        *,
        friendly_name: str,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> SipCredentialList:
        """Create a Credential List.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            friendly_name (`FriendlyName`): A human readable descriptive text that describes
                the CredentialList, up to 64 characters long.
        """
        result: SipCredentialList = self._request("sip.create_sip_credential_list", locals())
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
        """Delete a Credential List.

        Args:
            sid: The SID of the Credential List resource.
        """
        self._request("sip.delete_sip_credential_list", locals())

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
    ) -> SipCredentialList:
        """Get a Credential List.

        Args:
            sid: The SID of the Credential List resource.
        """
        result: SipCredentialList = self._request("sip.fetch_sip_credential_list", locals())
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
    ) -> Pager[SipCredentialList]:
        """Get All Credential Lists.

        Args:
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[SipCredentialList] = self._list("sip.list_sip_credential_list", locals())
        return pager

    @_api_method
    def update(
        self,
        sid: str,
        *,
        friendly_name: str,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> SipCredentialList:
        """Update a Credential List.

        Args:
            sid: The SID of the Credential List resource.
            friendly_name (`FriendlyName`): A human readable descriptive text for a
                CredentialList, up to 64 characters long.
        """
        result: SipCredentialList = self._request("sip.update_sip_credential_list", locals())
        return result


class AsyncSipCredentialLists(AsyncAPIResource):
    """`sip.credential_lists` (CreateSipCredentialList, DeleteSipCredentialList, FetchSipCredentialList, ListSipCredentialList, UpdateSipCredentialList). Awaitable."""

    _package = "twilio_api_v2010"

    @cached_property
    def credentials(self) -> AsyncSipCredentialListsCredentials:
        """`sip.credential_lists.credentials`: create(), delete(), get(), list(), update()"""
        resource: AsyncSipCredentialListsCredentials = self._child(
            "sip.credential_lists.credentials",
            "trunkline_generated.twilio_api_v2010.resources.sip_credential_lists_credentials",
            "AsyncSipCredentialListsCredentials",
        )
        return resource

    @_api_method
    async def create(
        self,
        *,
        friendly_name: str,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> SipCredentialList:
        """Create a Credential List.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            friendly_name (`FriendlyName`): A human readable descriptive text that describes
                the CredentialList, up to 64 characters long.
        """
        result: SipCredentialList = await self._request("sip.create_sip_credential_list", locals())
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
        """Delete a Credential List.

        Args:
            sid: The SID of the Credential List resource.
        """
        await self._request("sip.delete_sip_credential_list", locals())

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
    ) -> SipCredentialList:
        """Get a Credential List.

        Args:
            sid: The SID of the Credential List resource.
        """
        result: SipCredentialList = await self._request("sip.fetch_sip_credential_list", locals())
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
    ) -> AsyncPager[SipCredentialList]:
        """Get All Credential Lists.

        Args:
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[SipCredentialList] = self._list("sip.list_sip_credential_list", locals())
        return pager

    @_api_method
    async def update(
        self,
        sid: str,
        *,
        friendly_name: str,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> SipCredentialList:
        """Update a Credential List.

        Args:
            sid: The SID of the Credential List resource.
            friendly_name (`FriendlyName`): A human readable descriptive text for a
                CredentialList, up to 64 characters long.
        """
        result: SipCredentialList = await self._request("sip.update_sip_credential_list", locals())
        return result
