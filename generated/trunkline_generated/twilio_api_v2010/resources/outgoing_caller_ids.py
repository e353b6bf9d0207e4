"""Resource `outgoing_caller_ids`: generated from the spec. Do not edit.

create: CreateValidationRequest (POST /2010-04-01/Accounts/{AccountSid}/OutgoingCallerIds.json)
delete: DeleteOutgoingCallerId (DELETE /2010-04-01/Accounts/{AccountSid}/OutgoingCallerIds/{Sid}.json)
get: FetchOutgoingCallerId (GET /2010-04-01/Accounts/{AccountSid}/OutgoingCallerIds/{Sid}.json)
list: ListOutgoingCallerId (GET /2010-04-01/Accounts/{AccountSid}/OutgoingCallerIds.json)
update: UpdateOutgoingCallerId (POST /2010-04-01/Accounts/{AccountSid}/OutgoingCallerIds/{Sid}.json)
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
    from trunkline_generated.twilio_api_v2010.models.outgoing_caller_id import OutgoingCallerId
    from trunkline_generated.twilio_api_v2010.models.validation_request import ValidationRequest

__all__ = ["AsyncOutgoingCallerIds", "OutgoingCallerIds"]


class OutgoingCallerIds(SyncAPIResource):
    """`outgoing_caller_ids` (CreateValidationRequest, DeleteOutgoingCallerId, FetchOutgoingCallerId, ListOutgoingCallerId, UpdateOutgoingCallerId)."""

    _package = "twilio_api_v2010"

    @_api_method
    def create(
        self,
        *,
        phone_number: str,
        friendly_name: str | Unset = UNSET,
        call_delay: int | Unset = UNSET,
        extension: str | Unset = UNSET,
        status_callback: str | Unset = UNSET,
        status_callback_method: HttpMethod | str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ValidationRequest:
        """Start verifying a caller id: Twilio calls the number and asks for the validation code.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            phone_number (`PhoneNumber`): The phone number to verify in
                [E.164](https://www.twilio.com/docs/glossary/what-e164) format, which
                consists of a + followed by the country code and subscriber number.
            friendly_name (`FriendlyName`): A descriptive string that you create to describe
                the new caller ID resource. It can be up to 64 characters long. The default
                value is a formatted version of the phone number.
            call_delay (`CallDelay`): The number of seconds to delay before initiating the
                verification call. Can be an integer between `0` and `60`, inclusive. The
                default is `0`.
            extension (`Extension`): The digits to dial after connecting the verification
                call.
            status_callback (`StatusCallback`): The URL we should call using the
                `status_callback_method` to send status information about the verification
                process to your application.
            status_callback_method (`StatusCallbackMethod`): The HTTP method Twilio uses to
                request a callback URL.
        """
        result: ValidationRequest = self._request(
            "outgoing_caller_ids.create_validation_request", locals()
        )
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
        """Delete the caller-id specified from the account.

        Args:
            sid: The SID of the OutgoingCallerId resource.
        """
        self._request("outgoing_caller_ids.delete_outgoing_caller_id", locals())

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
    ) -> OutgoingCallerId:
        """Fetch an outgoing-caller-id belonging to the account used to make the request.

        Args:
            sid: The SID of the OutgoingCallerId resource.
        """
        result: OutgoingCallerId = self._request(
            "outgoing_caller_ids.fetch_outgoing_caller_id", locals()
        )
        return result

    @_api_method
    def list(
        self,
        *,
        phone_number: str | Unset = UNSET,
        friendly_name: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Pager[OutgoingCallerId]:
        """Retrieve a list of outgoing-caller-ids belonging to the account used to make the request.

        Args:
            phone_number (`PhoneNumber`): The phone number of the OutgoingCallerId resources
                to read.
            friendly_name (`FriendlyName`): The string that identifies the OutgoingCallerId
                resources to read.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[OutgoingCallerId] = self._list(
            "outgoing_caller_ids.list_outgoing_caller_id", locals()
        )
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
    ) -> OutgoingCallerId:
        """Updates the caller-id.

        Args:
            sid: The SID of the OutgoingCallerId resource.
            friendly_name (`FriendlyName`): A descriptive string that you create to describe
                the resource. It can be up to 64 characters long.
        """
        result: OutgoingCallerId = self._request(
            "outgoing_caller_ids.update_outgoing_caller_id", locals()
        )
        return result


class AsyncOutgoingCallerIds(AsyncAPIResource):
    """`outgoing_caller_ids` (CreateValidationRequest, DeleteOutgoingCallerId, FetchOutgoingCallerId, ListOutgoingCallerId, UpdateOutgoingCallerId). Awaitable."""

    _package = "twilio_api_v2010"

    @_api_method
    async def create(
        self,
        *,
        phone_number: str,
        friendly_name: str | Unset = UNSET,
        call_delay: int | Unset = UNSET,
        extension: str | Unset = UNSET,
        status_callback: str | Unset = UNSET,
        status_callback_method: HttpMethod | str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ValidationRequest:
        """Start verifying a caller id: Twilio calls the number and asks for the validation code.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            phone_number (`PhoneNumber`): The phone number to verify in
                [E.164](https://www.twilio.com/docs/glossary/what-e164) format, which
                consists of a + followed by the country code and subscriber number.
            friendly_name (`FriendlyName`): A descriptive string that you create to describe
                the new caller ID resource. It can be up to 64 characters long. The default
                value is a formatted version of the phone number.
            call_delay (`CallDelay`): The number of seconds to delay before initiating the
                verification call. Can be an integer between `0` and `60`, inclusive. The
                default is `0`.
            extension (`Extension`): The digits to dial after connecting the verification
                call.
            status_callback (`StatusCallback`): The URL we should call using the
                `status_callback_method` to send status information about the verification
                process to your application.
            status_callback_method (`StatusCallbackMethod`): The HTTP method Twilio uses to
                request a callback URL.
        """
        result: ValidationRequest = await self._request(
            "outgoing_caller_ids.create_validation_request", locals()
        )
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
        """Delete the caller-id specified from the account.

        Args:
            sid: The SID of the OutgoingCallerId resource.
        """
        await self._request("outgoing_caller_ids.delete_outgoing_caller_id", locals())

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
    ) -> OutgoingCallerId:
        """Fetch an outgoing-caller-id belonging to the account used to make the request.

        Args:
            sid: The SID of the OutgoingCallerId resource.
        """
        result: OutgoingCallerId = await self._request(
            "outgoing_caller_ids.fetch_outgoing_caller_id", locals()
        )
        return result

    @_api_method
    def list(
        self,
        *,
        phone_number: str | Unset = UNSET,
        friendly_name: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPager[OutgoingCallerId]:
        """Retrieve a list of outgoing-caller-ids belonging to the account used to make the request.

        Args:
            phone_number (`PhoneNumber`): The phone number of the OutgoingCallerId resources
                to read.
            friendly_name (`FriendlyName`): The string that identifies the OutgoingCallerId
                resources to read.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[OutgoingCallerId] = self._list(
            "outgoing_caller_ids.list_outgoing_caller_id", locals()
        )
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
    ) -> OutgoingCallerId:
        """Updates the caller-id.

        Args:
            sid: The SID of the OutgoingCallerId resource.
            friendly_name (`FriendlyName`): A descriptive string that you create to describe
                the resource. It can be up to 64 characters long.
        """
        result: OutgoingCallerId = await self._request(
            "outgoing_caller_ids.update_outgoing_caller_id", locals()
        )
        return result
