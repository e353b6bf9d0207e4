"""Resource `applications`: generated from the spec. Do not edit.

create: CreateApplication (POST /)
delete: DeleteApplication (DELETE /{id})
get: GetApplication (GET /{id})
list: ListApplication (GET /)
update: UpdateApplication (PUT /{id})
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline._core._paging import AsyncPager, Pager
    from trunkline_generated.vonage_applications.inputs.application_capabilities import (
        ApplicationCapabilities,
    )
    from trunkline_generated.vonage_applications.inputs.application_keys_input import (
        ApplicationKeysInput,
    )
    from trunkline_generated.vonage_applications.inputs.application_privacy import (
        ApplicationPrivacy,
    )
    from trunkline_generated.vonage_applications.models.application import Application

__all__ = ["AsyncApplications", "Applications"]


class Applications(SyncAPIResource):
    """`applications` (CreateApplication, DeleteApplication, GetApplication, ListApplication, UpdateApplication)."""

    _package = "vonage_applications"

    @_api_method
    def create(
        self,
        *,
        name: str,
        keys: ApplicationKeysInput | Mapping[str, Any] | Unset = UNSET,
        capabilities: ApplicationCapabilities | Mapping[str, Any] | Unset = UNSET,
        privacy: ApplicationPrivacy | Mapping[str, Any] | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Application:
        """Create an application.

        Without `keys.public_key`, Vonage makes a key pair and returns its `private_key` in
        this answer only: keep it.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            name: The application's name (not unique).
            keys: Your own public key, instead of a key pair made by Vonage.
            capabilities: The products the application uses, each with its settings.
            privacy: Privacy settings.
        """
        result: Application = self._request("applications.create_application", locals())
        return result

    @_api_method
    def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Delete an application (this cannot be undone).

        Args:
            id: The id of the application.
        """
        self._request("applications.delete_application", locals())

    @_api_method
    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Application:
        """Get one application.

        Args:
            id: The id of the application.
        """
        result: Application = self._request("applications.get_application", locals())
        return result

    @_api_method
    def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Pager[Application]:
        """List applications, one page at a time.

        Args:
            page_size: How many applications a page holds (1 to 100).
            page: The page to return, 1-based.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[Application] = self._list("applications.list_application", locals())
        return pager

    @_api_method
    def update(
        self,
        id: str,
        *,
        name: str,
        keys: ApplicationKeysInput | Mapping[str, Any] | Unset = UNSET,
        capabilities: ApplicationCapabilities | Mapping[str, Any] | Unset = UNSET,
        privacy: ApplicationPrivacy | Mapping[str, Any] | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Application:
        """Replace an application's settings.

        The whole configuration is replaced; capabilities left out are removed.

        Args:
            id: The id of the application.
            name: The application's name (not unique).
            keys: Your own public key, instead of a key pair made by Vonage.
            capabilities: The products the application uses, each with its settings.
            privacy: Privacy settings.
        """
        result: Application = self._request("applications.update_application", locals())
        return result


class AsyncApplications(AsyncAPIResource):
    """`applications` (CreateApplication, DeleteApplication, GetApplication, ListApplication, UpdateApplication). Awaitable."""

    _package = "vonage_applications"

    @_api_method
    async def create(
        self,
        *,
        name: str,
        keys: ApplicationKeysInput | Mapping[str, Any] | Unset = UNSET,
        capabilities: ApplicationCapabilities | Mapping[str, Any] | Unset = UNSET,
        privacy: ApplicationPrivacy | Mapping[str, Any] | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Application:
        """Create an application.

        Without `keys.public_key`, Vonage makes a key pair and returns its `private_key` in
        this answer only: keep it.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            name: The application's name (not unique).
            keys: Your own public key, instead of a key pair made by Vonage.
            capabilities: The products the application uses, each with its settings.
            privacy: Privacy settings.
        """
        result: Application = await self._request("applications.create_application", locals())
        return result

    @_api_method
    async def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Delete an application (this cannot be undone).

        Args:
            id: The id of the application.
        """
        await self._request("applications.delete_application", locals())

    @_api_method
    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Application:
        """Get one application.

        Args:
            id: The id of the application.
        """
        result: Application = await self._request("applications.get_application", locals())
        return result

    @_api_method
    def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPager[Application]:
        """List applications, one page at a time.

        Args:
            page_size: How many applications a page holds (1 to 100).
            page: The page to return, 1-based.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[Application] = self._list("applications.list_application", locals())
        return pager

    @_api_method
    async def update(
        self,
        id: str,
        *,
        name: str,
        keys: ApplicationKeysInput | Mapping[str, Any] | Unset = UNSET,
        capabilities: ApplicationCapabilities | Mapping[str, Any] | Unset = UNSET,
        privacy: ApplicationPrivacy | Mapping[str, Any] | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Application:
        """Replace an application's settings.

        The whole configuration is replaced; capabilities left out are removed.

        Args:
            id: The id of the application.
            name: The application's name (not unique).
            keys: Your own public key, instead of a key pair made by Vonage.
            capabilities: The products the application uses, each with its settings.
            privacy: Privacy settings.
        """
        result: Application = await self._request("applications.update_application", locals())
        return result
