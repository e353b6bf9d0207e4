"""Resource `wireless.v1.sims`: generated from the spec. Do not edit.

delete: DeleteSim (DELETE /v1/Sims/{Sid})
get: FetchSim (GET /v1/Sims/{Sid})
list: ListSim (GET /v1/Sims)
update: UpdateSim (POST /v1/Sims/{Sid})
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
    from trunkline_generated.twilio_wireless_v1.models.http_method import HttpMethod
    from trunkline_generated.twilio_wireless_v1.models.sim import Sim
    from trunkline_generated.twilio_wireless_v1.models.sim_reset_status import SimResetStatus
    from trunkline_generated.twilio_wireless_v1.models.sim_status import SimStatus
    from trunkline_generated.twilio_wireless_v1.resources.sims_data_sessions import (
        AsyncSimsDataSessions,
        SimsDataSessions,
    )
    from trunkline_generated.twilio_wireless_v1.resources.sims_usage_records import (
        AsyncSimsUsageRecords,
        SimsUsageRecords,
    )

__all__ = ["AsyncSims", "Sims"]


class Sims(SyncAPIResource):
    """`wireless.v1.sims` (DeleteSim, FetchSim, ListSim, UpdateSim)."""

    _package = "twilio_wireless_v1"

    @cached_property
    def data_sessions(self) -> SimsDataSessions:
        """`wireless.v1.sims.data_sessions`: list()"""
        resource: SimsDataSessions = self._child(
            "wireless.v1.sims.data_sessions",
            "trunkline_generated.twilio_wireless_v1.resources.sims_data_sessions",
            "SimsDataSessions",
        )
        return resource

    @cached_property
    def usage_records(self) -> SimsUsageRecords:
        """`wireless.v1.sims.usage_records`: list()"""
        resource: SimsUsageRecords = self._child(
            "wireless.v1.sims.usage_records",
            "trunkline_generated.twilio_wireless_v1.resources.sims_usage_records",
            "SimsUsageRecords",
        )
        return resource

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
        """Delete a Sim resource on your Account.

        Args:
            sid: The SID or the `unique_name` of the Sim resource.
        """
        self._request("sims.delete_sim", locals())

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
    ) -> Sim:
        """Fetch a Sim resource on your Account.

        Args:
            sid: The SID or the `unique_name` of the Sim resource.
        """
        result: Sim = self._request("sims.fetch_sim", locals())
        return result

    @_api_method
    def list(
        self,
        *,
        status: SimStatus | str | Unset = UNSET,
        iccid: str | Unset = UNSET,
        rate_plan: str | Unset = UNSET,
        e_id: str | Unset = UNSET,
        sim_registration_code: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Pager[Sim]:
        """Retrieve a list of Sim resources on your Account.

        Args:
            status (`Status`): The status of the Sim resource. Can be: `new`, `ready`,
                `active`, `deactivated`, `canceled`, `deleted`, `scheduled`, or `updating`.
                See [Status Values](https://www.twilio.com/docs/iot/wireless/api/sim-
                resource#status-values) for the description of each status.
            iccid (`Iccid`): Only return Sim resources with this ICCID. This will return a
                list with a maximum size of 1.
            rate_plan (`RatePlan`): The SID or unique name of a [RatePlan
                resource](https://www.twilio.com/docs/iot/wireless/api/rateplan-resource).
                Only return Sim resources assigned to this RatePlan resource.
            e_id (`EId`): Deprecated.
            sim_registration_code (`SimRegistrationCode`): Only return Sim resources with
                this registration code. This will return a list with a maximum size of 1.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[Sim] = self._list("sims.list_sim", locals())
        return pager

    @_api_method
    def update(
        self,
        sid: str,
        *,
        unique_name: str | Unset = UNSET,
        callback_method: HttpMethod | str | Unset = UNSET,
        callback_url: str | Unset = UNSET,
        friendly_name: str | Unset = UNSET,
        rate_plan: str | Unset = UNSET,
        status: SimStatus | str | Unset = UNSET,
        commands_callback_method: HttpMethod | str | Unset = UNSET,
        commands_callback_url: str | Unset = UNSET,
        sms_fallback_method: HttpMethod | str | Unset = UNSET,
        sms_fallback_url: str | Unset = UNSET,
        sms_method: HttpMethod | str | Unset = UNSET,
        sms_url: str | Unset = UNSET,
        voice_fallback_method: HttpMethod | str | Unset = UNSET,
        voice_fallback_url: str | Unset = UNSET,
        voice_method: HttpMethod | str | Unset = UNSET,
        voice_url: str | Unset = UNSET,
        reset_status: SimResetStatus | str | Unset = UNSET,
        account_sid: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Sim:
        """Updates the given properties of a Sim resource on your Account.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            sid: The SID or the `unique_name` of the Sim resource.
            unique_name (`UniqueName`): An application-defined string that uniquely
                identifies the resource. It can be used in place of the `sid` in the URL
                path to address the resource.
            callback_method (`CallbackMethod`): The HTTP method Twilio uses to request a
                callback URL.
            callback_url (`CallbackUrl`): The URL we should call using the `callback_url`
                when the SIM has finished updating. When the SIM transitions from `new` to
                `ready` or from any status to `deactivated`, we call this URL when the
                status changes to an intermediate status (`ready` or `deactivated`) and
                again when the status changes to its final status (`active` or `canceled`).
            friendly_name (`FriendlyName`): A descriptive string that you create to describe
                the Sim resource. It does not need to be unique.
            rate_plan (`RatePlan`): The SID or unique name of the [RatePlan
                resource](https://www.twilio.com/docs/iot/wireless/api/rateplan-resource) to
                which the Sim resource should be assigned.
            status (`Status`): The status of the Sim resource. Can be: `new`, `ready`,
                `active`, `deactivated`, `canceled`, `deleted`, `scheduled`, or `updating`.
                See [Status Values](https://www.twilio.com/docs/iot/wireless/api/sim-
                resource#status-values) for the description of each status.
            commands_callback_method (`CommandsCallbackMethod`): The HTTP method Twilio uses
                to request a callback URL.
            commands_callback_url (`CommandsCallbackUrl`): The URL we should call using the
                `commands_callback_method` when the SIM sends a
                [Command](https://www.twilio.com/docs/iot/wireless/api/command-resource).
                Your server should respond with an HTTP status code in the 200 range; any
                response body is ignored.
            sms_fallback_method (`SmsFallbackMethod`): The HTTP method Twilio uses to
                request a callback URL.
            sms_fallback_url (`SmsFallbackUrl`): The URL we should call using the
                `sms_fallback_method` when an error occurs while retrieving or executing the
                TwiML requested from `sms_url`.
            sms_method (`SmsMethod`): The HTTP method Twilio uses to request a callback URL.
            sms_url (`SmsUrl`): The URL we should call using the `sms_method` when the SIM-
                connected device sends an SMS message that is not a
                [Command](https://www.twilio.com/docs/iot/wireless/api/command-resource).
            voice_fallback_method (`VoiceFallbackMethod`): The HTTP method Twilio uses to
                request a callback URL.
            voice_fallback_url (`VoiceFallbackUrl`): Deprecated.
            voice_method (`VoiceMethod`): The HTTP method Twilio uses to request a callback
                URL.
            voice_url (`VoiceUrl`): Deprecated.
            reset_status (`ResetStatus`): The connectivity reset status of the SIM. Can be:
                null or `resetting`. When a connectivity reset is initiated on a SIM, this
                property is `resetting`. After the reset completes, it is null.
            account_sid (`AccountSid`): The SID of the
                [Account](https://www.twilio.com/docs/iam/api/account) to which the Sim
                resource should belong. The Account SID can only be that of the requesting
                Account or that of a
                [Subaccount](https://www.twilio.com/docs/iam/api/subaccounts) of the
                requesting Account. Only valid when the Sim resource's status is `new`. For
                more information, see the [Move SIMs between Subaccounts
                documentation](https://www.twilio.com/docs/iot/wireless/api/sim-
                resource#move-sims-between-subaccounts).
        """
        result: Sim = self._request("sims.update_sim", locals())
        return result


class AsyncSims(AsyncAPIResource):
    """`wireless.v1.sims` (DeleteSim, FetchSim, ListSim, UpdateSim). Awaitable."""

    _package = "twilio_wireless_v1"

    @cached_property
    def data_sessions(self) -> AsyncSimsDataSessions:
        """`wireless.v1.sims.data_sessions`: list()"""
        resource: AsyncSimsDataSessions = self._child(
            "wireless.v1.sims.data_sessions",
            "trunkline_generated.twilio_wireless_v1.resources.sims_data_sessions",
            "AsyncSimsDataSessions",
        )
        return resource

    @cached_property
    def usage_records(self) -> AsyncSimsUsageRecords:
        """`wireless.v1.sims.usage_records`: list()"""
        resource: AsyncSimsUsageRecords = self._child(
            "wireless.v1.sims.usage_records",
            "trunkline_generated.twilio_wireless_v1.resources.sims_usage_records",
            "AsyncSimsUsageRecords",
        )
        return resource

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
        """Delete a Sim resource on your Account.

        Args:
            sid: The SID or the `unique_name` of the Sim resource.
        """
        await self._request("sims.delete_sim", locals())

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
    ) -> Sim:
        """Fetch a Sim resource on your Account.

        Args:
            sid: The SID or the `unique_name` of the Sim resource.
        """
        result: Sim = await self._request("sims.fetch_sim", locals())
        return result

    @_api_method
    def list(
        self,
        *,
        status: SimStatus | str | Unset = UNSET,
        iccid: str | Unset = UNSET,
        rate_plan: str | Unset = UNSET,
        e_id: str | Unset = UNSET,
        sim_registration_code: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPager[Sim]:
        """Retrieve a list of Sim resources on your Account.

        Args:
            status (`Status`): The status of the Sim resource. Can be: `new`, `ready`,
                `active`, `deactivated`, `canceled`, `deleted`, `scheduled`, or `updating`.
                See [Status Values](https://www.twilio.com/docs/iot/wireless/api/sim-
                resource#status-values) for the description of each status.
            iccid (`Iccid`): Only return Sim resources with this ICCID. This will return a
                list with a maximum size of 1.
            rate_plan (`RatePlan`): The SID or unique name of a [RatePlan
                resource](https://www.twilio.com/docs/iot/wireless/api/rateplan-resource).
                Only return Sim resources assigned to this RatePlan resource.
            e_id (`EId`): Deprecated.
            sim_registration_code (`SimRegistrationCode`): Only return Sim resources with
                this registration code. This will return a list with a maximum size of 1.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[Sim] = self._list("sims.list_sim", locals())
        return pager

    @_api_method
    async def update(
        self,
        sid: str,
        *,
        unique_name: str | Unset = UNSET,
        callback_method: HttpMethod | str | Unset = UNSET,
        callback_url: str | Unset = UNSET,
        friendly_name: str | Unset = UNSET,
        rate_plan: str | Unset = UNSET,
        status: SimStatus | str | Unset = UNSET,
        commands_callback_method: HttpMethod | str | Unset = UNSET,
        commands_callback_url: str | Unset = UNSET,
        sms_fallback_method: HttpMethod | str | Unset = UNSET,
        sms_fallback_url: str | Unset = UNSET,
        sms_method: HttpMethod | str | Unset = UNSET,
        sms_url: str | Unset = UNSET,
        voice_fallback_method: HttpMethod | str | Unset = UNSET,
        voice_fallback_url: str | Unset = UNSET,
        voice_method: HttpMethod | str | Unset = UNSET,
        voice_url: str | Unset = UNSET,
        reset_status: SimResetStatus | str | Unset = UNSET,
        account_sid: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Sim:
        """Updates the given properties of a Sim resource on your Account.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            sid: The SID or the `unique_name` of the Sim resource.
            unique_name (`UniqueName`): An application-defined string that uniquely
                identifies the resource. It can be used in place of the `sid` in the URL
                path to address the resource.
            callback_method (`CallbackMethod`): The HTTP method Twilio uses to request a
                callback URL.
            callback_url (`CallbackUrl`): The URL we should call using the `callback_url`
                when the SIM has finished updating. When the SIM transitions from `new` to
                `ready` or from any status to `deactivated`, we call this URL when the
                status changes to an intermediate status (`ready` or `deactivated`) and
                again when the status changes to its final status (`active` or `canceled`).
            friendly_name (`FriendlyName`): A descriptive string that you create to describe
                the Sim resource. It does not need to be unique.
            rate_plan (`RatePlan`): The SID or unique name of the [RatePlan
                resource](https://www.twilio.com/docs/iot/wireless/api/rateplan-resource) to
                which the Sim resource should be assigned.
            status (`Status`): The status of the Sim resource. Can be: `new`, `ready`,
                `active`, `deactivated`, `canceled`, `deleted`, `scheduled`, or `updating`.
                See [Status Values](https://www.twilio.com/docs/iot/wireless/api/sim-
                resource#status-values) for the description of each status.
            commands_callback_method (`CommandsCallbackMethod`): The HTTP method Twilio uses
                to request a callback URL.
            commands_callback_url (`CommandsCallbackUrl`): The URL we should call using the
                `commands_callback_method` when the SIM sends a
                [Command](https://www.twilio.com/docs/iot/wireless/api/command-resource).
                Your server should respond with an HTTP status code in the 200 range; any
                response body is ignored.
            sms_fallback_method (`SmsFallbackMethod`): The HTTP method Twilio uses to
                request a callback URL.
            sms_fallback_url (`SmsFallbackUrl`): The URL we should call using the
                `sms_fallback_method` when an error occurs while retrieving or executing the
                TwiML requested from `sms_url`.
            sms_method (`SmsMethod`): The HTTP method Twilio uses to request a callback URL.
            sms_url (`SmsUrl`): The URL we should call using the `sms_method` when the SIM-
                connected device sends an SMS message that is not a
                [Command](https://www.twilio.com/docs/iot/wireless/api/command-resource).
            voice_fallback_method (`VoiceFallbackMethod`): The HTTP method Twilio uses to
                request a callback URL.
            voice_fallback_url (`VoiceFallbackUrl`): Deprecated.
            voice_method (`VoiceMethod`): The HTTP method Twilio uses to request a callback
                URL.
            voice_url (`VoiceUrl`): Deprecated.
            reset_status (`ResetStatus`): The connectivity reset status of the SIM. Can be:
                null or `resetting`. When a connectivity reset is initiated on a SIM, this
                property is `resetting`. After the reset completes, it is null.
            account_sid (`AccountSid`): The SID of the
                [Account](https://www.twilio.com/docs/iam/api/account) to which the Sim
                resource should belong. The Account SID can only be that of the requesting
                Account or that of a
                [Subaccount](https://www.twilio.com/docs/iam/api/subaccounts) of the
                requesting Account. Only valid when the Sim resource's status is `new`. For
                more information, see the [Move SIMs between Subaccounts
                documentation](https://www.twilio.com/docs/iot/wireless/api/sim-
                resource#move-sims-between-subaccounts).
        """
        result: Sim = await self._request("sims.update_sim", locals())
        return result
