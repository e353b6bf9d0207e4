"""Resource `sms`: generated from the spec. Do not edit.

send: SendSms (POST /{format})
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline_generated.vonage_sms.models.sms_response import SmsResponse
    from trunkline_generated.vonage_sms.models.sms_type import SmsType

__all__ = ["AsyncSms", "Sms"]


class Sms(SyncAPIResource):
    """`sms` (SendSms)."""

    _package = "vonage_sms"

    @_api_method
    def send(
        self,
        *,
        from_: str,
        to: str,
        text: str | Unset = UNSET,
        type_: SmsType | str | Unset = UNSET,
        ttl: int | Unset = UNSET,
        status_report_req: bool | Unset = UNSET,
        callback: str | Unset = UNSET,
        message_class: int | Unset = UNSET,
        body: str | Unset = UNSET,
        udh: str | Unset = UNSET,
        vcard: str | Unset = UNSET,
        vcal: str | Unset = UNSET,
        title: str | Unset = UNSET,
        url: str | Unset = UNSET,
        validity: str | Unset = UNSET,
        protocol_id: int | Unset = UNSET,
        client_ref: str | Unset = UNSET,
        account_ref: str | Unset = UNSET,
        entity_id: str | Unset = UNSET,
        content_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> SmsResponse:
        """Send an SMS.

        Sends a text, unicode or binary SMS. Long text is split into several messages, one
        entry of `messages` each. HTTP 200 does not mean success: check each `status`.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            from_ (`from`): The sender, a number in E.164 without `+` or up to 11
                alphanumerics (spaces are ignored; alphanumeric senders are not allowed in
                every country). A plain string, not normalised as a phone number.
            to: The number to send to, E.164 without a leading `+`.
            text: The message text (for `type` text or unicode).
            type_ (`type`): The message encoding; `unicode` for non-GSM characters.
            ttl: How long Vonage keeps trying to deliver, in milliseconds.
            status_report_req (`status-report-req`): Whether to ask for a delivery receipt.
            callback: The webhook for the delivery receipt.
            message_class (`message-class`): The GSM data coding scheme message class (0 to
                3).
            body: Hex-encoded binary body (for `type` binary).
            udh: Hex-encoded user data header (for `type` binary).
            vcard: A business card in vCard format (for `type` vcard).
            vcal: A calendar event in vCal format (for `type` vcal).
            title: The title of a WAP push (for `type` wappush).
            url: The URL of a WAP push (for `type` wappush).
            validity: How long a WAP push is available, in milliseconds (`"300000"`; for
                `type` wappush).
            protocol_id (`protocol-id`): The value of the protocol identifier to use.
            client_ref (`client-ref`): Your reference for the message, echoed in receipts.
            account_ref (`account-ref`): An optional string used to identify separate
                accounts.
            entity_id (`entity-id`): Entity ID for sending to India.
            content_id (`content-id`): Content ID for sending to India.
        """
        result: SmsResponse = self._request("sms.send_sms", locals())
        return result


class AsyncSms(AsyncAPIResource):
    """`sms` (SendSms). Awaitable."""

    _package = "vonage_sms"

    @_api_method
    async def send(
        self,
        *,
        from_: str,
        to: str,
        text: str | Unset = UNSET,
        type_: SmsType | str | Unset = UNSET,
        ttl: int | Unset = UNSET,
        status_report_req: bool | Unset = UNSET,
        callback: str | Unset = UNSET,
        message_class: int | Unset = UNSET,
        body: str | Unset = UNSET,
        udh: str | Unset = UNSET,
        vcard: str | Unset = UNSET,
        vcal: str | Unset = UNSET,
        title: str | Unset = UNSET,
        url: str | Unset = UNSET,
        validity: str | Unset = UNSET,
        protocol_id: int | Unset = UNSET,
        client_ref: str | Unset = UNSET,
        account_ref: str | Unset = UNSET,
        entity_id: str | Unset = UNSET,
        content_id: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> SmsResponse:
        """Send an SMS.

        Sends a text, unicode or binary SMS. Long text is split into several messages, one
        entry of `messages` each. HTTP 200 does not mean success: check each `status`.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            from_ (`from`): The sender, a number in E.164 without `+` or up to 11
                alphanumerics (spaces are ignored; alphanumeric senders are not allowed in
                every country). A plain string, not normalised as a phone number.
            to: The number to send to, E.164 without a leading `+`.
            text: The message text (for `type` text or unicode).
            type_ (`type`): The message encoding; `unicode` for non-GSM characters.
            ttl: How long Vonage keeps trying to deliver, in milliseconds.
            status_report_req (`status-report-req`): Whether to ask for a delivery receipt.
            callback: The webhook for the delivery receipt.
            message_class (`message-class`): The GSM data coding scheme message class (0 to
                3).
            body: Hex-encoded binary body (for `type` binary).
            udh: Hex-encoded user data header (for `type` binary).
            vcard: A business card in vCard format (for `type` vcard).
            vcal: A calendar event in vCal format (for `type` vcal).
            title: The title of a WAP push (for `type` wappush).
            url: The URL of a WAP push (for `type` wappush).
            validity: How long a WAP push is available, in milliseconds (`"300000"`; for
                `type` wappush).
            protocol_id (`protocol-id`): The value of the protocol identifier to use.
            client_ref (`client-ref`): Your reference for the message, echoed in receipts.
            account_ref (`account-ref`): An optional string used to identify separate
                accounts.
            entity_id (`entity-id`): Entity ID for sending to India.
            content_id (`content-id`): Content ID for sending to India.
        """
        result: SmsResponse = await self._request("sms.send_sms", locals())
        return result
