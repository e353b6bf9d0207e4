"""Resource `wireless.v1.commands`: generated from the spec. Do not edit.

create: CreateCommand (POST /v1/Commands)
delete: DeleteCommand (DELETE /v1/Commands/{Sid})
get: FetchCommand (GET /v1/Commands/{Sid})
list: ListCommand (GET /v1/Commands)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline._core._paging import AsyncPager, Pager
    from trunkline_generated.twilio_wireless_v1.models.command import Command
    from trunkline_generated.twilio_wireless_v1.models.command_direction import CommandDirection
    from trunkline_generated.twilio_wireless_v1.models.command_mode import CommandMode
    from trunkline_generated.twilio_wireless_v1.models.command_status import CommandStatus
    from trunkline_generated.twilio_wireless_v1.models.command_transport import CommandTransport
    from trunkline_generated.twilio_wireless_v1.models.http_method import HttpMethod

__all__ = ["AsyncCommands", "Commands"]


class Commands(SyncAPIResource):
    """`wireless.v1.commands` (CreateCommand, DeleteCommand, FetchCommand, ListCommand)."""

    _package = "twilio_wireless_v1"

    @_api_method
    def create(
        self,
        *,
        command: str,
        sim: str | Unset = UNSET,
        callback_method: HttpMethod | str | Unset = UNSET,
        callback_url: str | Unset = UNSET,
        command_mode: CommandMode | str | Unset = UNSET,
        include_sid: str | Unset = UNSET,
        delivery_receipt_requested: bool | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Command:
        """Send a Command to a Sim.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            command (`Command`): The message body of the Command. Can be plain text in text
                mode or a Base64 encoded byte string in binary mode.
            sim (`Sim`): The `sid` or `unique_name` of the
                [SIM](https://www.twilio.com/docs/iot/wireless/api/sim-resource) to send the
                Command to.
            callback_method (`CallbackMethod`): The HTTP method Twilio uses to request a
                callback URL.
            callback_url (`CallbackUrl`): The URL we call using the `callback_url` when the
                Command has finished sending, whether the command was delivered or it
                failed.
            command_mode (`CommandMode`): The mode used to send the SMS message. Can be:
                `text` or `binary`. The default SMS mode is `text`.
            include_sid (`IncludeSid`): Whether to include the SID of the command in the
                message body. Can be: `none`, `start`, or `end`, and the default behavior is
                `none`. When sending a Command to a SIM in text mode, we can automatically
                include the SID of the Command in the message body, which could be used to
                ensure that the device does not process the same Command more than once. A
                value of `start` will prepend the message with the Command SID, and `end`
                will append it to the end, separating the Command SID from the message body
                with a space. The length of the Command SID is included in the 160 character
                limit so the SMS body must be 128 characters or less before the Command SID
                is included.
            delivery_receipt_requested (`DeliveryReceiptRequested`): Whether to request
                delivery receipt from the recipient. For Commands that request delivery
                receipt, the Command state transitions to 'delivered' once the server has
                received a delivery receipt from the device. The default value is `true`.
        """
        result: Command = self._request("commands.create_command", locals())
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
        """Delete a Command instance from your account.

        Args:
            sid: The SID of the Command resource.
        """
        self._request("commands.delete_command", locals())

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
    ) -> Command:
        """Fetch a Command instance from your account.

        Args:
            sid: The SID of the Command resource.
        """
        result: Command = self._request("commands.fetch_command", locals())
        return result

    @_api_method
    def list(
        self,
        *,
        sim: str | Unset = UNSET,
        status: CommandStatus | str | Unset = UNSET,
        direction: CommandDirection | str | Unset = UNSET,
        transport: CommandTransport | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Pager[Command]:
        """Retrieve a list of Commands from your account.

        Args:
            sim (`Sim`): The `sid` or `unique_name` of the [Sim
                resources](https://www.twilio.com/docs/iot/wireless/api/sim-resource) to
                read.
            status (`Status`): The status of the Command. Can be: `queued`, `sent`,
                `delivered`, `received`, or `failed`. See [Status
                Values](https://www.twilio.com/docs/iot/wireless/api/command-
                resource#status-values) for a description of each state.
            direction (`Direction`): The direction of the Command. Can be `to_sim` or
                `from_sim`. The value of `to_sim` is synonymous with the term `mobile
                terminated`, and `from_sim` is synonymous with the term `mobile originated`.
            transport (`Transport`): The type of transport used. Can be: `sms` or `ip`.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[Command] = self._list("commands.list_command", locals())
        return pager


class AsyncCommands(AsyncAPIResource):
    """`wireless.v1.commands` (CreateCommand, DeleteCommand, FetchCommand, ListCommand). Awaitable."""

    _package = "twilio_wireless_v1"

    @_api_method
    async def create(
        self,
        *,
        command: str,
        sim: str | Unset = UNSET,
        callback_method: HttpMethod | str | Unset = UNSET,
        callback_url: str | Unset = UNSET,
        command_mode: CommandMode | str | Unset = UNSET,
        include_sid: str | Unset = UNSET,
        delivery_receipt_requested: bool | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Command:
        """Send a Command to a Sim.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            command (`Command`): The message body of the Command. Can be plain text in text
                mode or a Base64 encoded byte string in binary mode.
            sim (`Sim`): The `sid` or `unique_name` of the
                [SIM](https://www.twilio.com/docs/iot/wireless/api/sim-resource) to send the
                Command to.
            callback_method (`CallbackMethod`): The HTTP method Twilio uses to request a
                callback URL.
            callback_url (`CallbackUrl`): The URL we call using the `callback_url` when the
                Command has finished sending, whether the command was delivered or it
                failed.
            command_mode (`CommandMode`): The mode used to send the SMS message. Can be:
                `text` or `binary`. The default SMS mode is `text`.
            include_sid (`IncludeSid`): Whether to include the SID of the command in the
                message body. Can be: `none`, `start`, or `end`, and the default behavior is
                `none`. When sending a Command to a SIM in text mode, we can automatically
                include the SID of the Command in the message body, which could be used to
                ensure that the device does not process the same Command more than once. A
                value of `start` will prepend the message with the Command SID, and `end`
                will append it to the end, separating the Command SID from the message body
                with a space. The length of the Command SID is included in the 160 character
                limit so the SMS body must be 128 characters or less before the Command SID
                is included.
            delivery_receipt_requested (`DeliveryReceiptRequested`): Whether to request
                delivery receipt from the recipient. For Commands that request delivery
                receipt, the Command state transitions to 'delivered' once the server has
                received a delivery receipt from the device. The default value is `true`.
        """
        result: Command = await self._request("commands.create_command", locals())
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
        """Delete a Command instance from your account.

        Args:
            sid: The SID of the Command resource.
        """
        await self._request("commands.delete_command", locals())

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
    ) -> Command:
        """Fetch a Command instance from your account.

        Args:
            sid: The SID of the Command resource.
        """
        result: Command = await self._request("commands.fetch_command", locals())
        return result

    @_api_method
    def list(
        self,
        *,
        sim: str | Unset = UNSET,
        status: CommandStatus | str | Unset = UNSET,
        direction: CommandDirection | str | Unset = UNSET,
        transport: CommandTransport | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPager[Command]:
        """Retrieve a list of Commands from your account.

        Args:
            sim (`Sim`): The `sid` or `unique_name` of the [Sim
                resources](https://www.twilio.com/docs/iot/wireless/api/sim-resource) to
                read.
            status (`Status`): The status of the Command. Can be: `queued`, `sent`,
                `delivered`, `received`, or `failed`. See [Status
                Values](https://www.twilio.com/docs/iot/wireless/api/command-
                resource#status-values) for a description of each state.
            direction (`Direction`): The direction of the Command. Can be `to_sim` or
                `from_sim`. The value of `to_sim` is synonymous with the term `mobile
                terminated`, and `from_sim` is synonymous with the term `mobile originated`.
            transport (`Transport`): The type of transport used. Can be: `sms` or `ip`.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[Command] = self._list("commands.list_command", locals())
        return pager
