"""Resource `sip.credential_lists.credentials`: generated from the spec. Do not edit.

create: CreateSipCredential (POST /2010-04-01/Accounts/{AccountSid}/SIP/CredentialLists/{CredentialListSid}/Credentials.json)
delete: DeleteSipCredential (DELETE /2010-04-01/Accounts/{AccountSid}/SIP/CredentialLists/{CredentialListSid}/Credentials/{Sid}.json)
get: FetchSipCredential (GET /2010-04-01/Accounts/{AccountSid}/SIP/CredentialLists/{CredentialListSid}/Credentials/{Sid}.json)
list: ListSipCredential (GET /2010-04-01/Accounts/{AccountSid}/SIP/CredentialLists/{CredentialListSid}/Credentials.json)
update: UpdateSipCredential (POST /2010-04-01/Accounts/{AccountSid}/SIP/CredentialLists/{CredentialListSid}/Credentials/{Sid}.json)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline._core._paging import AsyncPager, Pager
    from trunkline_generated.twilio_api_v2010.models.sip_credential import SipCredential

__all__ = ["AsyncSipCredentialListsCredentials", "SipCredentialListsCredentials"]


class SipCredentialListsCredentials(SyncAPIResource):
    """`sip.credential_lists.credentials` (CreateSipCredential, DeleteSipCredential, FetchSipCredential, ListSipCredential, UpdateSipCredential)."""

    _package = "twilio_api_v2010"

    @_api_method
    def create(
        self,
        credential_list_sid: str,
        *,
        username: str,
        password: str,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> SipCredential:
        """Create a new credential resource.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            credential_list_sid: The SID of the SIP Credential List.
            username (`Username`): The username that will be passed when authenticating SIP
                requests. The username should be sent in response to Twilio's challenge of
                the initial INVITE. It can be up to 32 characters long.
            password (`Password`): The password that the username will use when
                authenticating SIP requests. The password must be a minimum of 12
                characters, contain at least 1 digit, and have mixed case. (eg
                `IWasAtSignal2018`)
        """
        result: SipCredential = self._request("sip.create_sip_credential", locals())
        return result

    @_api_method
    def delete(
        self,
        credential_list_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Delete a credential resource.

        Args:
            credential_list_sid: The SID of the SIP Credential List.
            sid: The SID of the Credential resource.
        """
        self._request("sip.delete_sip_credential", locals())

    @_api_method
    def get(
        self,
        credential_list_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> SipCredential:
        """Fetch a single credential.

        Args:
            credential_list_sid: The SID of the SIP Credential List.
            sid: The SID of the Credential resource.
        """
        result: SipCredential = self._request("sip.fetch_sip_credential", locals())
        return result

    @_api_method
    def list(
        self,
        credential_list_sid: str,
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
    ) -> Pager[SipCredential]:
        """Retrieve a list of credentials.

        Args:
            credential_list_sid: The SID of the SIP Credential List.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[SipCredential] = self._list("sip.list_sip_credential", locals())
        return pager

    @_api_method
    def update(
        self,
        credential_list_sid: str,
        sid: str,
        *,
        password: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> SipCredential:
        """Update a credential resource.

        Args:
            credential_list_sid: The SID of the SIP Credential List.
            sid: The SID of the Credential resource.
            password (`Password`): The password that the username will use when
                authenticating SIP requests. The password must be a minimum of 12
                characters, contain at least 1 digit, and have mixed case. (eg
                `IWasAtSignal2018`)
        """
        result: SipCredential = self._request("sip.update_sip_credential", locals())
        return result


class AsyncSipCredentialListsCredentials(AsyncAPIResource):
    """`sip.credential_lists.credentials` (CreateSipCredential, DeleteSipCredential, FetchSipCredential, ListSipCredential, UpdateSipCredential). Awaitable."""

    _package = "twilio_api_v2010"

    @_api_method
    async def create(
        self,
        credential_list_sid: str,
        *,
        username: str,
        password: str,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> SipCredential:
        """Create a new credential resource.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            credential_list_sid: The SID of the SIP Credential List.
            username (`Username`): The username that will be passed when authenticating SIP
                requests. The username should be sent in response to Twilio's challenge of
                the initial INVITE. It can be up to 32 characters long.
            password (`Password`): The password that the username will use when
                authenticating SIP requests. The password must be a minimum of 12
                characters, contain at least 1 digit, and have mixed case. (eg
                `IWasAtSignal2018`)
        """
        result: SipCredential = await self._request("sip.create_sip_credential", locals())
        return result

    @_api_method
    async def delete(
        self,
        credential_list_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Delete a credential resource.

        Args:
            credential_list_sid: The SID of the SIP Credential List.
            sid: The SID of the Credential resource.
        """
        await self._request("sip.delete_sip_credential", locals())

    @_api_method
    async def get(
        self,
        credential_list_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> SipCredential:
        """Fetch a single credential.

        Args:
            credential_list_sid: The SID of the SIP Credential List.
            sid: The SID of the Credential resource.
        """
        result: SipCredential = await self._request("sip.fetch_sip_credential", locals())
        return result

    @_api_method
    def list(
        self,
        credential_list_sid: str,
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
    ) -> AsyncPager[SipCredential]:
        """Retrieve a list of credentials.

        Args:
            credential_list_sid: The SID of the SIP Credential List.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[SipCredential] = self._list("sip.list_sip_credential", locals())
        return pager

    @_api_method
    async def update(
        self,
        credential_list_sid: str,
        sid: str,
        *,
        password: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> SipCredential:
        """Update a credential resource.

        Args:
            credential_list_sid: The SID of the SIP Credential List.
            sid: The SID of the Credential resource.
            password (`Password`): The password that the username will use when
                authenticating SIP requests. The password must be a minimum of 12
                characters, contain at least 1 digit, and have mixed case. (eg
                `IWasAtSignal2018`)
        """
        result: SipCredential = await self._request("sip.update_sip_credential", locals())
        return result
