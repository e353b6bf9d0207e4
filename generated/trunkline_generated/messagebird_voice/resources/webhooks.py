"""Resource `webhooks`: generated from the spec. Do not edit.

create: CreateWebhook (POST /webhooks)
delete: DeleteWebhook (DELETE /webhooks/{webhookId})
get: FetchWebhook (GET /webhooks/{webhookId})
list: ListWebhooks (GET /webhooks)
update: UpdateWebhook (PUT /webhooks/{webhookId})
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline._core._paging import AsyncPager, Pager
    from trunkline_generated.messagebird_voice.models.webhook import Webhook

__all__ = ["AsyncWebhooks", "Webhooks"]


class Webhooks(SyncAPIResource):
    """`webhooks` (CreateWebhook, DeleteWebhook, FetchWebhook, ListWebhooks, UpdateWebhook)."""

    _package = "messagebird_voice"

    @_api_method
    def create(
        self,
        *,
        url: str,
        token: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Webhook | None:
        """Create a webhook.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            url: The URL MessageBird sends call events to.
            token: The secret MessageBird signs the requests to `url` with; go treats it as
                optional (section 2).
        """
        result: Webhook | None = self._request("webhooks.create_webhook", locals())
        return result

    @_api_method
    def delete(
        self,
        webhook_id: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Delete a webhook.

        Args:
            webhook_id: The `id` of the webhook.
        """
        self._request("webhooks.delete_webhook", locals())

    @_api_method
    def get(
        self,
        webhook_id: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Webhook | None:
        """Get one webhook.

        Args:
            webhook_id: The `id` of the webhook.
        """
        result: Webhook | None = self._request("webhooks.fetch_webhook", locals())
        return result

    @_api_method
    def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Pager[Webhook]:
        """List Voice webhooks, one page at a time.

        Args:
            page: The page to return, 1-based.
            page_size (`perPage`): How many items a page holds (no SDK or document states
                the largest).
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[Webhook] = self._list("webhooks.list_webhooks", locals())
        return pager

    @_api_method
    def update(
        self,
        webhook_id: str,
        *,
        url: str | Unset = UNSET,
        token: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Webhook | None:
        """Update a webhook.

        node sends only `token`, go the whole object (section 2); both are optional here.

        Args:
            webhook_id: The `id` of the webhook.
            url: The URL MessageBird sends call events to.
            token: The secret MessageBird signs the requests to `url` with.
        """
        result: Webhook | None = self._request("webhooks.update_webhook", locals())
        return result


class AsyncWebhooks(AsyncAPIResource):
    """`webhooks` (CreateWebhook, DeleteWebhook, FetchWebhook, ListWebhooks, UpdateWebhook). Awaitable."""

    _package = "messagebird_voice"

    @_api_method
    async def create(
        self,
        *,
        url: str,
        token: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Webhook | None:
        """Create a webhook.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            url: The URL MessageBird sends call events to.
            token: The secret MessageBird signs the requests to `url` with; go treats it as
                optional (section 2).
        """
        result: Webhook | None = await self._request("webhooks.create_webhook", locals())
        return result

    @_api_method
    async def delete(
        self,
        webhook_id: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Delete a webhook.

        Args:
            webhook_id: The `id` of the webhook.
        """
        await self._request("webhooks.delete_webhook", locals())

    @_api_method
    async def get(
        self,
        webhook_id: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Webhook | None:
        """Get one webhook.

        Args:
            webhook_id: The `id` of the webhook.
        """
        result: Webhook | None = await self._request("webhooks.fetch_webhook", locals())
        return result

    @_api_method
    def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPager[Webhook]:
        """List Voice webhooks, one page at a time.

        Args:
            page: The page to return, 1-based.
            page_size (`perPage`): How many items a page holds (no SDK or document states
                the largest).
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[Webhook] = self._list("webhooks.list_webhooks", locals())
        return pager

    @_api_method
    async def update(
        self,
        webhook_id: str,
        *,
        url: str | Unset = UNSET,
        token: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Webhook | None:
        """Update a webhook.

        node sends only `token`, go the whole object (section 2); both are optional here.

        Args:
            webhook_id: The `id` of the webhook.
            url: The URL MessageBird sends call events to.
            token: The secret MessageBird signs the requests to `url` with.
        """
        result: Webhook | None = await self._request("webhooks.update_webhook", locals())
        return result
