"""Resource `wireless.v1.rate_plans`: generated from the spec. Do not edit.

create: CreateRatePlan (POST /v1/RatePlans)
delete: DeleteRatePlan (DELETE /v1/RatePlans/{Sid})
get: FetchRatePlan (GET /v1/RatePlans/{Sid})
list: ListRatePlan (GET /v1/RatePlans)
update: UpdateRatePlan (POST /v1/RatePlans/{Sid})
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline._core._paging import AsyncPager, Pager
    from trunkline_generated.twilio_wireless_v1.models.data_limit_strategy import DataLimitStrategy
    from trunkline_generated.twilio_wireless_v1.models.rate_plan import RatePlan

__all__ = ["AsyncRatePlans", "RatePlans"]


class RatePlans(SyncAPIResource):
    """`wireless.v1.rate_plans` (CreateRatePlan, DeleteRatePlan, FetchRatePlan, ListRatePlan, UpdateRatePlan)."""

    _package = "twilio_wireless_v1"

    @_api_method
    def create(
        self,
        *,
        unique_name: str | Unset = UNSET,
        friendly_name: str | Unset = UNSET,
        data_enabled: bool | Unset = UNSET,
        data_limit: int | Unset = UNSET,
        data_metering: str | Unset = UNSET,
        messaging_enabled: bool | Unset = UNSET,
        voice_enabled: bool | Unset = UNSET,
        national_roaming_enabled: bool | Unset = UNSET,
        international_roaming: builtins.list[str] | Unset = UNSET,
        national_roaming_data_limit: int | Unset = UNSET,
        international_roaming_data_limit: int | Unset = UNSET,
        data_limit_strategy: DataLimitStrategy | str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RatePlan:
        """Create a Rate Plan.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            unique_name (`UniqueName`): An application-defined string that uniquely
                identifies the resource. It can be used in place of the resource's `sid` in
                the URL to address the resource.
            friendly_name (`FriendlyName`): A descriptive string that you create to describe
                the resource. It does not have to be unique.
            data_enabled (`DataEnabled`): Whether SIMs can use GPRS/3G/4G/LTE data
                connectivity.
            data_limit (`DataLimit`): The total data usage (download and upload combined) in
                Megabytes that the Network allows during one month on the home network
                (T-Mobile USA). The metering period begins the day of activation and ends on
                the same day in the following month. Can be up to 2TB and the default value
                is `1000`.
            data_metering (`DataMetering`): The model used to meter data usage. Can be:
                `payg` and `quota-1`, `quota-10`, and `quota-50`. Learn more about the
                available [data metering
                models](https://www.twilio.com/docs/iot/wireless/api/rateplan-resource#payg-
                vs-quota-data-plans).
            messaging_enabled (`MessagingEnabled`): Whether SIMs can make, send, and receive
                SMS using [Commands](https://www.twilio.com/docs/iot/wireless/api/command-
                resource).
            voice_enabled (`VoiceEnabled`): Deprecated.
            national_roaming_enabled (`NationalRoamingEnabled`): Whether SIMs can roam on
                networks other than the home network (T-Mobile USA) in the United States.
                See [national
                roaming](https://www.twilio.com/docs/iot/wireless/api/rateplan-
                resource#national-roaming).
            international_roaming (`InternationalRoaming`): The list of services that SIMs
                capable of using GPRS/3G/4G/LTE data connectivity can use outside of the
                United States. Can contain: `data` and `messaging`.
            national_roaming_data_limit (`NationalRoamingDataLimit`): The total data usage
                (download and upload combined) in Megabytes that the Network allows during
                one month on non-home networks in the United States. The metering period
                begins the day of activation and ends on the same day in the following
                month. Can be up to 2TB. See [national
                roaming](https://www.twilio.com/docs/iot/wireless/api/rateplan-
                resource#national-roaming) for more info.
            international_roaming_data_limit (`InternationalRoamingDataLimit`): The total
                data usage (download and upload combined) in Megabytes that the Network
                allows during one month when roaming outside the United States. Can be up to
                2TB.
            data_limit_strategy (`DataLimitStrategy`): The way the home network (T-Mobile
                USA) will behave after a SIM's usage exceeds its `data_limit`. Can be either
                `block` or `throttle`. Default is `block`.
        """
        result: RatePlan = self._request("rate_plans.create_rate_plan", locals())
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
        """Delete a Rate Plan.

        Args:
            sid: The SID or the `unique_name` of the RatePlan resource.
        """
        self._request("rate_plans.delete_rate_plan", locals())

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
    ) -> RatePlan:
        """Fetch a Rate Plan.

        Args:
            sid: The SID or the `unique_name` of the RatePlan resource.
        """
        result: RatePlan = self._request("rate_plans.fetch_rate_plan", locals())
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
    ) -> Pager[RatePlan]:
        """Retrieve a list of Rate Plans from your account.

        Args:
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[RatePlan] = self._list("rate_plans.list_rate_plan", locals())
        return pager

    @_api_method
    def update(
        self,
        sid: str,
        *,
        unique_name: str | Unset = UNSET,
        friendly_name: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RatePlan:
        """Update a Rate Plan.

        Args:
            sid: The SID or the `unique_name` of the RatePlan resource.
            unique_name (`UniqueName`): An application-defined string that uniquely
                identifies the resource. It can be used in place of the resource's `sid` in
                the URL to address the resource.
            friendly_name (`FriendlyName`): A descriptive string that you create to describe
                the resource. It does not have to be unique.
        """
        result: RatePlan = self._request("rate_plans.update_rate_plan", locals())
        return result


class AsyncRatePlans(AsyncAPIResource):
    """`wireless.v1.rate_plans` (CreateRatePlan, DeleteRatePlan, FetchRatePlan, ListRatePlan, UpdateRatePlan). Awaitable."""

    _package = "twilio_wireless_v1"

    @_api_method
    async def create(
        self,
        *,
        unique_name: str | Unset = UNSET,
        friendly_name: str | Unset = UNSET,
        data_enabled: bool | Unset = UNSET,
        data_limit: int | Unset = UNSET,
        data_metering: str | Unset = UNSET,
        messaging_enabled: bool | Unset = UNSET,
        voice_enabled: bool | Unset = UNSET,
        national_roaming_enabled: bool | Unset = UNSET,
        international_roaming: builtins.list[str] | Unset = UNSET,
        national_roaming_data_limit: int | Unset = UNSET,
        international_roaming_data_limit: int | Unset = UNSET,
        data_limit_strategy: DataLimitStrategy | str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RatePlan:
        """Create a Rate Plan.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            unique_name (`UniqueName`): An application-defined string that uniquely
                identifies the resource. It can be used in place of the resource's `sid` in
                the URL to address the resource.
            friendly_name (`FriendlyName`): A descriptive string that you create to describe
                the resource. It does not have to be unique.
            data_enabled (`DataEnabled`): Whether SIMs can use GPRS/3G/4G/LTE data
                connectivity.
            data_limit (`DataLimit`): The total data usage (download and upload combined) in
                Megabytes that the Network allows during one month on the home network
                (T-Mobile USA). The metering period begins the day of activation and ends on
                the same day in the following month. Can be up to 2TB and the default value
                is `1000`.
            data_metering (`DataMetering`): The model used to meter data usage. Can be:
                `payg` and `quota-1`, `quota-10`, and `quota-50`. Learn more about the
                available [data metering
                models](https://www.twilio.com/docs/iot/wireless/api/rateplan-resource#payg-
                vs-quota-data-plans).
            messaging_enabled (`MessagingEnabled`): Whether SIMs can make, send, and receive
                SMS using [Commands](https://www.twilio.com/docs/iot/wireless/api/command-
                resource).
            voice_enabled (`VoiceEnabled`): Deprecated.
            national_roaming_enabled (`NationalRoamingEnabled`): Whether SIMs can roam on
                networks other than the home network (T-Mobile USA) in the United States.
                See [national
                roaming](https://www.twilio.com/docs/iot/wireless/api/rateplan-
                resource#national-roaming).
            international_roaming (`InternationalRoaming`): The list of services that SIMs
                capable of using GPRS/3G/4G/LTE data connectivity can use outside of the
                United States. Can contain: `data` and `messaging`.
            national_roaming_data_limit (`NationalRoamingDataLimit`): The total data usage
                (download and upload combined) in Megabytes that the Network allows during
                one month on non-home networks in the United States. The metering period
                begins the day of activation and ends on the same day in the following
                month. Can be up to 2TB. See [national
                roaming](https://www.twilio.com/docs/iot/wireless/api/rateplan-
                resource#national-roaming) for more info.
            international_roaming_data_limit (`InternationalRoamingDataLimit`): The total
                data usage (download and upload combined) in Megabytes that the Network
                allows during one month when roaming outside the United States. Can be up to
                2TB.
            data_limit_strategy (`DataLimitStrategy`): The way the home network (T-Mobile
                USA) will behave after a SIM's usage exceeds its `data_limit`. Can be either
                `block` or `throttle`. Default is `block`.
        """
        result: RatePlan = await self._request("rate_plans.create_rate_plan", locals())
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
        """Delete a Rate Plan.

        Args:
            sid: The SID or the `unique_name` of the RatePlan resource.
        """
        await self._request("rate_plans.delete_rate_plan", locals())

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
    ) -> RatePlan:
        """Fetch a Rate Plan.

        Args:
            sid: The SID or the `unique_name` of the RatePlan resource.
        """
        result: RatePlan = await self._request("rate_plans.fetch_rate_plan", locals())
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
    ) -> AsyncPager[RatePlan]:
        """Retrieve a list of Rate Plans from your account.

        Args:
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[RatePlan] = self._list("rate_plans.list_rate_plan", locals())
        return pager

    @_api_method
    async def update(
        self,
        sid: str,
        *,
        unique_name: str | Unset = UNSET,
        friendly_name: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> RatePlan:
        """Update a Rate Plan.

        Args:
            sid: The SID or the `unique_name` of the RatePlan resource.
            unique_name (`UniqueName`): An application-defined string that uniquely
                identifies the resource. It can be used in place of the resource's `sid` in
                the URL to address the resource.
            friendly_name (`FriendlyName`): A descriptive string that you create to describe
                the resource. It does not have to be unique.
        """
        result: RatePlan = await self._request("rate_plans.update_rate_plan", locals())
        return result
