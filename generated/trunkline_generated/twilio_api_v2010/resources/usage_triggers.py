"""Resource `usage.triggers`: generated from the spec. Do not edit.

create: CreateUsageTrigger (POST /2010-04-01/Accounts/{AccountSid}/Usage/Triggers.json)
delete: DeleteUsageTrigger (DELETE /2010-04-01/Accounts/{AccountSid}/Usage/Triggers/{Sid}.json)
get: FetchUsageTrigger (GET /2010-04-01/Accounts/{AccountSid}/Usage/Triggers/{Sid}.json)
list: ListUsageTrigger (GET /2010-04-01/Accounts/{AccountSid}/Usage/Triggers.json)
update: UpdateUsageTrigger (POST /2010-04-01/Accounts/{AccountSid}/Usage/Triggers/{Sid}.json)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline._core._paging import AsyncPager, Pager
    from trunkline_generated.twilio_api_v2010.models.http_method import HttpMethod
    from trunkline_generated.twilio_api_v2010.models.usage_trigger import UsageTrigger
    from trunkline_generated.twilio_api_v2010.models.usage_trigger_field import UsageTriggerField
    from trunkline_generated.twilio_api_v2010.models.usage_trigger_recurring import (
        UsageTriggerRecurring,
    )

__all__ = ["AsyncUsageTriggers", "UsageTriggers"]


class UsageTriggers(SyncAPIResource):
    """`usage.triggers` (CreateUsageTrigger, DeleteUsageTrigger, FetchUsageTrigger, ListUsageTrigger, UpdateUsageTrigger)."""

    _package = "twilio_api_v2010"

    @_api_method
    def create(
        self,
        *,
        callback_url: str,
        trigger_value: str,
        usage_category: str,
        callback_method: HttpMethod | str | Unset = UNSET,
        friendly_name: str | Unset = UNSET,
        recurring: UsageTriggerRecurring | str | Unset = UNSET,
        trigger_by: UsageTriggerField | str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> UsageTrigger:
        """Create a new UsageTrigger.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            callback_url (`CallbackUrl`): The URL we should call using `callback_method`
                when the trigger fires.
            trigger_value (`TriggerValue`): The usage value at which the trigger should
                fire. For convenience, you can use an offset value such as `+30` to specify
                a trigger_value that is 30 units more than the current usage value. Be sure
                to urlencode a `+` as `%2B`.
            usage_category (`UsageCategory`): The usage category that the trigger should
                watch. Use one of the supported [usage
                categories](https://www.twilio.com/docs/usage/api/usage-record#usage-
                categories) for this value.
            callback_method (`CallbackMethod`): The HTTP method Twilio uses to request a
                callback URL.
            friendly_name (`FriendlyName`): A descriptive string that you create to describe
                the resource. It can be up to 64 characters long.
            recurring (`Recurring`): The frequency of a recurring UsageTrigger. Can be:
                `daily`, `monthly`, or `yearly` for recurring triggers or empty for non-
                recurring triggers. A trigger will only fire once during each period.
                Recurring times are in GMT.
            trigger_by (`TriggerBy`): The field in the
                [UsageRecord](https://www.twilio.com/docs/usage/api/usage-record) resource
                that fires the trigger. Can be: `count`, `usage`, or `price`, as described
                in the [UsageRecords
                documentation](https://www.twilio.com/docs/usage/api/usage-record#usage-
                count-price).
        """
        result: UsageTrigger = self._request("usage.create_usage_trigger", locals())
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
        """Delete a usage trigger.

        Args:
            sid: The SID of the UsageTrigger resource.
        """
        self._request("usage.delete_usage_trigger", locals())

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
    ) -> UsageTrigger:
        """Fetch and instance of a usage-trigger.

        Args:
            sid: The SID of the UsageTrigger resource.
        """
        result: UsageTrigger = self._request("usage.fetch_usage_trigger", locals())
        return result

    @_api_method
    def list(
        self,
        *,
        recurring: UsageTriggerRecurring | str | Unset = UNSET,
        trigger_by: UsageTriggerField | str | Unset = UNSET,
        usage_category: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Pager[UsageTrigger]:
        """Retrieve a list of usage-triggers belonging to the account used to make the request.

        Args:
            recurring (`Recurring`): The frequency of a recurring UsageTrigger. Can be:
                `daily`, `monthly`, or `yearly` for recurring triggers or empty for non-
                recurring triggers. A trigger will only fire once during each period.
                Recurring times are in GMT.
            trigger_by (`TriggerBy`): The field in the
                [UsageRecord](https://www.twilio.com/docs/usage/api/usage-record) resource
                that fires the trigger. Can be: `count`, `usage`, or `price`, as described
                in the [UsageRecords
                documentation](https://www.twilio.com/docs/usage/api/usage-record#usage-
                count-price).
            usage_category (`UsageCategory`): The usage category of the UsageTriggers to
                read. Must be a supported [usage
                categories](https://www.twilio.com/docs/usage/api/usage-record#usage-
                categories).
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[UsageTrigger] = self._list("usage.list_usage_trigger", locals())
        return pager

    @_api_method
    def update(
        self,
        sid: str,
        *,
        callback_method: HttpMethod | str | Unset = UNSET,
        callback_url: str | Unset = UNSET,
        friendly_name: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> UsageTrigger:
        """Update an instance of a usage trigger.

        Args:
            sid: The SID of the UsageTrigger resource.
            callback_method (`CallbackMethod`): The HTTP method Twilio uses to request a
                callback URL.
            callback_url (`CallbackUrl`): The URL we should call using `callback_method`
                when the trigger fires.
            friendly_name (`FriendlyName`): A descriptive string that you create to describe
                the resource. It can be up to 64 characters long.
        """
        result: UsageTrigger = self._request("usage.update_usage_trigger", locals())
        return result


class AsyncUsageTriggers(AsyncAPIResource):
    """`usage.triggers` (CreateUsageTrigger, DeleteUsageTrigger, FetchUsageTrigger, ListUsageTrigger, UpdateUsageTrigger). Awaitable."""

    _package = "twilio_api_v2010"

    @_api_method
    async def create(
        self,
        *,
        callback_url: str,
        trigger_value: str,
        usage_category: str,
        callback_method: HttpMethod | str | Unset = UNSET,
        friendly_name: str | Unset = UNSET,
        recurring: UsageTriggerRecurring | str | Unset = UNSET,
        trigger_by: UsageTriggerField | str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> UsageTrigger:
        """Create a new UsageTrigger.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            callback_url (`CallbackUrl`): The URL we should call using `callback_method`
                when the trigger fires.
            trigger_value (`TriggerValue`): The usage value at which the trigger should
                fire. For convenience, you can use an offset value such as `+30` to specify
                a trigger_value that is 30 units more than the current usage value. Be sure
                to urlencode a `+` as `%2B`.
            usage_category (`UsageCategory`): The usage category that the trigger should
                watch. Use one of the supported [usage
                categories](https://www.twilio.com/docs/usage/api/usage-record#usage-
                categories) for this value.
            callback_method (`CallbackMethod`): The HTTP method Twilio uses to request a
                callback URL.
            friendly_name (`FriendlyName`): A descriptive string that you create to describe
                the resource. It can be up to 64 characters long.
            recurring (`Recurring`): The frequency of a recurring UsageTrigger. Can be:
                `daily`, `monthly`, or `yearly` for recurring triggers or empty for non-
                recurring triggers. A trigger will only fire once during each period.
                Recurring times are in GMT.
            trigger_by (`TriggerBy`): The field in the
                [UsageRecord](https://www.twilio.com/docs/usage/api/usage-record) resource
                that fires the trigger. Can be: `count`, `usage`, or `price`, as described
                in the [UsageRecords
                documentation](https://www.twilio.com/docs/usage/api/usage-record#usage-
                count-price).
        """
        result: UsageTrigger = await self._request("usage.create_usage_trigger", locals())
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
        """Delete a usage trigger.

        Args:
            sid: The SID of the UsageTrigger resource.
        """
        await self._request("usage.delete_usage_trigger", locals())

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
    ) -> UsageTrigger:
        """Fetch and instance of a usage-trigger.

        Args:
            sid: The SID of the UsageTrigger resource.
        """
        result: UsageTrigger = await self._request("usage.fetch_usage_trigger", locals())
        return result

    @_api_method
    def list(
        self,
        *,
        recurring: UsageTriggerRecurring | str | Unset = UNSET,
        trigger_by: UsageTriggerField | str | Unset = UNSET,
        usage_category: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPager[UsageTrigger]:
        """Retrieve a list of usage-triggers belonging to the account used to make the request.

        Args:
            recurring (`Recurring`): The frequency of a recurring UsageTrigger. Can be:
                `daily`, `monthly`, or `yearly` for recurring triggers or empty for non-
                recurring triggers. A trigger will only fire once during each period.
                Recurring times are in GMT.
            trigger_by (`TriggerBy`): The field in the
                [UsageRecord](https://www.twilio.com/docs/usage/api/usage-record) resource
                that fires the trigger. Can be: `count`, `usage`, or `price`, as described
                in the [UsageRecords
                documentation](https://www.twilio.com/docs/usage/api/usage-record#usage-
                count-price).
            usage_category (`UsageCategory`): The usage category of the UsageTriggers to
                read. Must be a supported [usage
                categories](https://www.twilio.com/docs/usage/api/usage-record#usage-
                categories).
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[UsageTrigger] = self._list("usage.list_usage_trigger", locals())
        return pager

    @_api_method
    async def update(
        self,
        sid: str,
        *,
        callback_method: HttpMethod | str | Unset = UNSET,
        callback_url: str | Unset = UNSET,
        friendly_name: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> UsageTrigger:
        """Update an instance of a usage trigger.

        Args:
            sid: The SID of the UsageTrigger resource.
            callback_method (`CallbackMethod`): The HTTP method Twilio uses to request a
                callback URL.
            callback_url (`CallbackUrl`): The URL we should call using `callback_method`
                when the trigger fires.
            friendly_name (`FriendlyName`): A descriptive string that you create to describe
                the resource. It can be up to 64 characters long.
        """
        result: UsageTrigger = await self._request("usage.update_usage_trigger", locals())
        return result
