"""Resource `messages`: generated from the spec. Do not edit.

create: CreateMessage (POST /2010-04-01/Accounts/{AccountSid}/Messages.json)
delete: DeleteMessage (DELETE /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json)
get: FetchMessage (GET /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json)
list: ListMessage (GET /2010-04-01/Accounts/{AccountSid}/Messages.json)
update: UpdateMessage (POST /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json)
"""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from trunkline._core._paging import AsyncPager, Pager
    from trunkline_generated.twilio_api_v2010.models.message import Message
    from trunkline_generated.twilio_api_v2010.models.message_address_retention import (
        MessageAddressRetention,
    )
    from trunkline_generated.twilio_api_v2010.models.message_content_retention import (
        MessageContentRetention,
    )
    from trunkline_generated.twilio_api_v2010.models.message_risk_check import MessageRiskCheck
    from trunkline_generated.twilio_api_v2010.models.message_schedule_type import (
        MessageScheduleType,
    )
    from trunkline_generated.twilio_api_v2010.models.message_traffic_type import MessageTrafficType
    from trunkline_generated.twilio_api_v2010.models.message_update_status import (
        MessageUpdateStatus,
    )
    from trunkline_generated.twilio_api_v2010.resources.messages_feedback import (
        AsyncMessagesFeedback,
        MessagesFeedback,
    )
    from trunkline_generated.twilio_api_v2010.resources.messages_media import (
        AsyncMessagesMedia,
        MessagesMedia,
    )

__all__ = ["AsyncMessages", "Messages"]


class Messages(SyncAPIResource):
    """`messages` (CreateMessage, DeleteMessage, FetchMessage, ListMessage, UpdateMessage)."""

    _package = "twilio_api_v2010"

    @cached_property
    def feedback(self) -> MessagesFeedback:
        """`messages.feedback`: create()"""
        resource: MessagesFeedback = self._child(
            "messages.feedback",
            "trunkline_generated.twilio_api_v2010.resources.messages_feedback",
            "MessagesFeedback",
        )
        return resource

    @cached_property
    def media(self) -> MessagesMedia:
        """`messages.media`: delete(), download(), get(), list()"""
        resource: MessagesMedia = self._child(
            "messages.media",
            "trunkline_generated.twilio_api_v2010.resources.messages_media",
            "MessagesMedia",
        )
        return resource

    @_api_method
    def create(
        self,
        *,
        to: str,
        status_callback: str | Unset = UNSET,
        application_sid: str | Unset = UNSET,
        max_price: float | Unset = UNSET,
        provide_feedback: bool | Unset = UNSET,
        attempt: int | Unset = UNSET,
        validity_period: int | Unset = UNSET,
        force_delivery: bool | Unset = UNSET,
        content_retention: MessageContentRetention | str | Unset = UNSET,
        address_retention: MessageAddressRetention | str | Unset = UNSET,
        smart_encoded: bool | Unset = UNSET,
        persistent_action: builtins.list[str] | Unset = UNSET,
        traffic_type: MessageTrafficType | str | Unset = UNSET,
        shorten_urls: bool | Unset = UNSET,
        schedule_type: MessageScheduleType | str | Unset = UNSET,
        send_at: datetime.datetime | Unset = UNSET,
        send_as_mms: bool | Unset = UNSET,
        content_variables: str | Unset = UNSET,
        risk_check: MessageRiskCheck | str | Unset = UNSET,
        from_: str | Unset = UNSET,
        fallback_from: str | Unset = UNSET,
        messaging_service_sid: str | Unset = UNSET,
        body: str | Unset = UNSET,
        media_url: builtins.list[str] | Unset = UNSET,
        content_sid: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Message:
        """Send a message.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            to (`To`): The recipient's phone number in
                [E.164](https://www.twilio.com/docs/glossary/what-e164) format (for SMS/MMS)
                or [channel address](https://www.twilio.com/docs/messaging/channels), e.g.
                `whatsapp:+15552229999`.
            status_callback (`StatusCallback`): The URL of the endpoint to which Twilio
                sends [Message status callback
                requests](https://www.twilio.com/docs/sms/api/message-resource#twilios-
                request-to-the-statuscallback-url). URL must contain a valid hostname and
                underscores are not allowed. If you include this parameter with the
                `messaging_service_sid`, Twilio uses this URL instead of the Status Callback
                URL of the [Messaging
                Service](https://www.twilio.com/docs/messaging/api/service-resource).
            application_sid (`ApplicationSid`): The SID of the associated [TwiML
                Application](https://www.twilio.com/docs/usage/api/applications). [Message
                status callback requests](https://www.twilio.com/docs/sms/api/message-
                resource#twilios-request-to-the-statuscallback-url) are sent to the TwiML
                App's `message_status_callback` URL. Note that the `status_callback`
                parameter of a request takes priority over the `application_sid` parameter;
                if both are included `application_sid` is ignored.
            max_price (`MaxPrice`): [OBSOLETE] This parameter will no longer have any effect
                as of 2024-06-03.
            provide_feedback (`ProvideFeedback`): Boolean indicating whether or not you
                intend to provide delivery confirmation feedback to Twilio (used in
                conjunction with the [Message Feedback
                subresource](https://www.twilio.com/docs/sms/api/message-feedback-
                resource)). Default value is `false`.
            attempt (`Attempt`): Total number of attempts made (including this request) to
                send the message regardless of the provider used
            validity_period (`ValidityPeriod`): The maximum length in seconds that the
                Message can remain in Twilio's outgoing message queue. If a queued Message
                exceeds the `validity_period`, the Message is not sent. Accepted values are
                integers from `1` to `36000`. Default value is `36000`. A `validity_period`
                greater than `5` is recommended. [Learn more about the validity
                period](https://www.twilio.com/blog/take-more-control-of-outbound-messages-
                using-validity-period-html)
            force_delivery (`ForceDelivery`): Reserved
            content_retention (`ContentRetention`): Determines if the message content can be
                stored or redacted based on privacy settings
            address_retention (`AddressRetention`): Determines if the address can be stored
                or obfuscated based on privacy settings
            smart_encoded (`SmartEncoded`): Whether to detect Unicode characters that have a
                similar GSM-7 character and replace them. Can be: `true` or `false`.
            persistent_action (`PersistentAction`): Rich actions for non-SMS/MMS channels.
                Used for [sending location in WhatsApp
                messages](https://www.twilio.com/docs/whatsapp/message-features#location-
                messages-with-whatsapp).
            traffic_type (`TrafficType`): `TrafficType`.
            shorten_urls (`ShortenUrls`): For Messaging Services with [Link Shortening
                configured](https://www.twilio.com/docs/messaging/features/link-shortening)
                only: A Boolean indicating whether or not Twilio should shorten links in the
                `body` of the Message. Default value is `false`. If `true`, the
                `messaging_service_sid` parameter must also be provided.
            schedule_type (`ScheduleType`): For Messaging Services only: Include this
                parameter with a value of `fixed` in conjuction with the `send_time`
                parameter in order to [schedule a
                Message](https://www.twilio.com/docs/messaging/features/message-scheduling).
            send_at (`SendAt`): The time that Twilio will send the message. Must be in ISO
                8601 format.
            send_as_mms (`SendAsMms`): If set to `true`, Twilio delivers the message as a
                single MMS message, regardless of the presence of media.
            content_variables (`ContentVariables`): For [Content
                Editor/API](https://www.twilio.com/docs/content) only: Key-value pairs of
                [Template variables](https://www.twilio.com/docs/content/using-variables-
                with-content-api) and their substitution values. `content_sid` parameter
                must also be provided. If values are not defined in the `content_variables`
                parameter, the [Template's default placeholder
                values](https://www.twilio.com/docs/content/content-api-resources#create-
                templates) are used.
            risk_check (`RiskCheck`): Include this parameter with a value of `disable` to
                skip any kind of risk check on the respective message request.
            from_ (`From`): The sender's Twilio phone number (in
                [E.164](https://en.wikipedia.org/wiki/E.164) format), [alphanumeric sender
                ID](https://www.twilio.com/docs/sms/quickstart), [Wireless
                SIM](https://www.twilio.com/docs/iot/wireless/programmable-wireless-send-
                machine-machine-sms-commands), [short code](https://www.twilio.com/en-
                us/messaging/channels/sms/short-codes), or [channel
                address](https://www.twilio.com/docs/messaging/channels) (e.g.,
                `whatsapp:+15554449999`). The value of the `from` parameter must be a sender
                that is hosted within Twilio and belongs to the Account creating the
                Message. If you are using `messaging_service_sid`, this parameter can be
                empty (Twilio assigns a `from` value from the Messaging Service's Sender
                Pool) or you can provide a specific sender from your Sender Pool.
            fallback_from (`FallbackFrom`): A fallback SMS sender to use when the recipient
                cannot be reached over RCS. This parameter may only be used when also
                providing a [Messaging Service](https://twilio.com/docs/messaging/services)
                containing an RCS sender. The fallback SMS sender must be either a Twilio
                phone number (in [E.164](https://en.wikipedia.org/wiki/E.164) format),
                [alphanumeric sender ID](https://www.twilio.com/docs/sms/quickstart), or
                [short code](https://www.twilio.com/en-us/messaging/channels/sms/short-
                codes), hosted within Twilio and belong to the Account creating the Message.
            messaging_service_sid (`MessagingServiceSid`): The SID of the [Messaging
                Service](https://www.twilio.com/docs/messaging/services) you want to
                associate with the Message. When this parameter is provided and the `from`
                parameter is omitted, Twilio selects the optimal sender from the Messaging
                Service's Sender Pool. You may also provide a `from` parameter if you want
                to use a specific Sender from the Sender Pool.
            body (`Body`): The text content of the outgoing message. Can be up to 1,600
                characters in length. SMS only: If the `body` contains more than 160
                [GSM-7](https://www.twilio.com/docs/glossary/what-is-gsm-7-character-
                encoding) characters (or 70
                [UCS-2](https://www.twilio.com/docs/glossary/what-is-ucs-2-character-
                encoding) characters), the message is segmented and charged accordingly. For
                long `body` text, consider using the [send_as_mms
                parameter](https://www.twilio.com/blog/mms-for-long-text-messages).
            media_url (`MediaUrl`): The URL of media to include in the Message content.
                `jpeg`, `jpg`, `gif`, and `png` file types are fully supported by Twilio and
                content is formatted for delivery on destination devices. The media size
                limit is 5 MB for supported file types (`jpeg`, `jpg`, `png`, `gif`) and 500
                KB for [other types](https://www.twilio.com/docs/messaging/guides/accepted-
                mime-types) of accepted media. To send more than one image in the message,
                provide multiple `media_url` parameters in the POST request. You can include
                up to ten `media_url` parameters per message.
                [International](https://support.twilio.com/hc/en-
                us/articles/223179808-Sending-and-receiving-MMS-messages) and
                [carrier](https://support.twilio.com/hc/en-us/articles/223133707-Is-MMS-
                supported-for-all-carriers-in-US-and-Canada-) limits apply.
            content_sid (`ContentSid`): For [Content
                Editor/API](https://www.twilio.com/docs/content) only: The SID of the
                Content Template to be used with the Message, e.g.,
                `HXXXXXXXXXXXXXXXXXXXXXXXXXXXXX`. If this parameter is not provided, a
                Content Template is not used. Find the SID in the Console on the Content
                Editor page. For Content API users, the SID is found in Twilio's response
                when [creating the Template](https://www.twilio.com/docs/content/content-
                api-resources#create-templates) or by [fetching your
                Templates](https://www.twilio.com/docs/content/content-api-resources#fetch-
                all-content-resources).
        """
        result: Message = self._request("messages.create_message", locals())
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
        """Deletes a Message resource from your account.

        Args:
            sid: The SID of the Message resource.
        """
        self._request("messages.delete_message", locals())

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
    ) -> Message:
        """Fetch a specific Message.

        Args:
            sid: The SID of the Message resource.
        """
        result: Message = self._request("messages.fetch_message", locals())
        return result

    @_api_method
    def list(
        self,
        *,
        to: str | Unset = UNSET,
        from_: str | Unset = UNSET,
        date_sent: datetime.datetime | Unset = UNSET,
        date_sent_before: datetime.datetime | Unset = UNSET,
        date_sent_after: datetime.datetime | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Pager[Message]:
        """Retrieve a list of Message resources associated with a Twilio Account.

        Args:
            to (`To`): Filter by recipient. For example: Set this parameter to
                `+15558881111` to retrieve a list of Message resources sent to
                `+15558881111`.
            from_ (`From`): Filter by sender. For example: Set this parameter to
                `+15552229999` to retrieve a list of Message resources sent by
                `+15552229999`.
            date_sent (`DateSent`): Filter by Message `sent_date`. Accepts GMT dates in the
                following formats: `YYYY-MM-DD` (to find Messages with a specific
                `sent_date`), `<=YYYY-MM-DD` (to find Messages with `sent_date`s on and
                before a specific date), and `>=YYYY-MM-DD` (to find Messages with
                `sent_dates` on and after a specific date).
            date_sent_before (`DateSent<`): Filter by Message `sent_date`. Accepts GMT dates
                in the following formats: `YYYY-MM-DD` (to find Messages with a specific
                `sent_date`), `<=YYYY-MM-DD` (to find Messages with `sent_date`s on and
                before a specific date), and `>=YYYY-MM-DD` (to find Messages with
                `sent_dates` on and after a specific date).
            date_sent_after (`DateSent>`): Filter by Message `sent_date`. Accepts GMT dates
                in the following formats: `YYYY-MM-DD` (to find Messages with a specific
                `sent_date`), `<=YYYY-MM-DD` (to find Messages with `sent_date`s on and
                before a specific date), and `>=YYYY-MM-DD` (to find Messages with
                `sent_dates` on and after a specific date).
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[Message] = self._list("messages.list_message", locals())
        return pager

    @_api_method
    def update(
        self,
        sid: str,
        *,
        body: str | Unset = UNSET,
        status: MessageUpdateStatus | str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Message:
        """Update a Message resource (used to redact Message `body` text and to cancel not-yet-sent messages).

        Args:
            sid: The SID of the Message resource.
            body (`Body`): The new `body` of the Message resource. To redact the text
                content of a Message, this parameter's value must be an empty string
            status (`Status`): `Status`.
        """
        result: Message = self._request("messages.update_message", locals())
        return result


class AsyncMessages(AsyncAPIResource):
    """`messages` (CreateMessage, DeleteMessage, FetchMessage, ListMessage, UpdateMessage). Awaitable."""

    _package = "twilio_api_v2010"

    @cached_property
    def feedback(self) -> AsyncMessagesFeedback:
        """`messages.feedback`: create()"""
        resource: AsyncMessagesFeedback = self._child(
            "messages.feedback",
            "trunkline_generated.twilio_api_v2010.resources.messages_feedback",
            "AsyncMessagesFeedback",
        )
        return resource

    @cached_property
    def media(self) -> AsyncMessagesMedia:
        """`messages.media`: delete(), download(), get(), list()"""
        resource: AsyncMessagesMedia = self._child(
            "messages.media",
            "trunkline_generated.twilio_api_v2010.resources.messages_media",
            "AsyncMessagesMedia",
        )
        return resource

    @_api_method
    async def create(
        self,
        *,
        to: str,
        status_callback: str | Unset = UNSET,
        application_sid: str | Unset = UNSET,
        max_price: float | Unset = UNSET,
        provide_feedback: bool | Unset = UNSET,
        attempt: int | Unset = UNSET,
        validity_period: int | Unset = UNSET,
        force_delivery: bool | Unset = UNSET,
        content_retention: MessageContentRetention | str | Unset = UNSET,
        address_retention: MessageAddressRetention | str | Unset = UNSET,
        smart_encoded: bool | Unset = UNSET,
        persistent_action: builtins.list[str] | Unset = UNSET,
        traffic_type: MessageTrafficType | str | Unset = UNSET,
        shorten_urls: bool | Unset = UNSET,
        schedule_type: MessageScheduleType | str | Unset = UNSET,
        send_at: datetime.datetime | Unset = UNSET,
        send_as_mms: bool | Unset = UNSET,
        content_variables: str | Unset = UNSET,
        risk_check: MessageRiskCheck | str | Unset = UNSET,
        from_: str | Unset = UNSET,
        fallback_from: str | Unset = UNSET,
        messaging_service_sid: str | Unset = UNSET,
        body: str | Unset = UNSET,
        media_url: builtins.list[str] | Unset = UNSET,
        content_sid: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Message:
        """Send a message.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            to (`To`): The recipient's phone number in
                [E.164](https://www.twilio.com/docs/glossary/what-e164) format (for SMS/MMS)
                or [channel address](https://www.twilio.com/docs/messaging/channels), e.g.
                `whatsapp:+15552229999`.
            status_callback (`StatusCallback`): The URL of the endpoint to which Twilio
                sends [Message status callback
                requests](https://www.twilio.com/docs/sms/api/message-resource#twilios-
                request-to-the-statuscallback-url). URL must contain a valid hostname and
                underscores are not allowed. If you include this parameter with the
                `messaging_service_sid`, Twilio uses this URL instead of the Status Callback
                URL of the [Messaging
                Service](https://www.twilio.com/docs/messaging/api/service-resource).
            application_sid (`ApplicationSid`): The SID of the associated [TwiML
                Application](https://www.twilio.com/docs/usage/api/applications). [Message
                status callback requests](https://www.twilio.com/docs/sms/api/message-
                resource#twilios-request-to-the-statuscallback-url) are sent to the TwiML
                App's `message_status_callback` URL. Note that the `status_callback`
                parameter of a request takes priority over the `application_sid` parameter;
                if both are included `application_sid` is ignored.
            max_price (`MaxPrice`): [OBSOLETE] This parameter will no longer have any effect
                as of 2024-06-03.
            provide_feedback (`ProvideFeedback`): Boolean indicating whether or not you
                intend to provide delivery confirmation feedback to Twilio (used in
                conjunction with the [Message Feedback
                subresource](https://www.twilio.com/docs/sms/api/message-feedback-
                resource)). Default value is `false`.
            attempt (`Attempt`): Total number of attempts made (including this request) to
                send the message regardless of the provider used
            validity_period (`ValidityPeriod`): The maximum length in seconds that the
                Message can remain in Twilio's outgoing message queue. If a queued Message
                exceeds the `validity_period`, the Message is not sent. Accepted values are
                integers from `1` to `36000`. Default value is `36000`. A `validity_period`
                greater than `5` is recommended. [Learn more about the validity
                period](https://www.twilio.com/blog/take-more-control-of-outbound-messages-
                using-validity-period-html)
            force_delivery (`ForceDelivery`): Reserved
            content_retention (`ContentRetention`): Determines if the message content can be
                stored or redacted based on privacy settings
            address_retention (`AddressRetention`): Determines if the address can be stored
                or obfuscated based on privacy settings
            smart_encoded (`SmartEncoded`): Whether to detect Unicode characters that have a
                similar GSM-7 character and replace them. Can be: `true` or `false`.
            persistent_action (`PersistentAction`): Rich actions for non-SMS/MMS channels.
                Used for [sending location in WhatsApp
                messages](https://www.twilio.com/docs/whatsapp/message-features#location-
                messages-with-whatsapp).
            traffic_type (`TrafficType`): `TrafficType`.
            shorten_urls (`ShortenUrls`): For Messaging Services with [Link Shortening
                configured](https://www.twilio.com/docs/messaging/features/link-shortening)
                only: A Boolean indicating whether or not Twilio should shorten links in the
                `body` of the Message. Default value is `false`. If `true`, the
                `messaging_service_sid` parameter must also be provided.
            schedule_type (`ScheduleType`): For Messaging Services only: Include this
                parameter with a value of `fixed` in conjuction with the `send_time`
                parameter in order to [schedule a
                Message](https://www.twilio.com/docs/messaging/features/message-scheduling).
            send_at (`SendAt`): The time that Twilio will send the message. Must be in ISO
                8601 format.
            send_as_mms (`SendAsMms`): If set to `true`, Twilio delivers the message as a
                single MMS message, regardless of the presence of media.
            content_variables (`ContentVariables`): For [Content
                Editor/API](https://www.twilio.com/docs/content) only: Key-value pairs of
                [Template variables](https://www.twilio.com/docs/content/using-variables-
                with-content-api) and their substitution values. `content_sid` parameter
                must also be provided. If values are not defined in the `content_variables`
                parameter, the [Template's default placeholder
                values](https://www.twilio.com/docs/content/content-api-resources#create-
                templates) are used.
            risk_check (`RiskCheck`): Include this parameter with a value of `disable` to
                skip any kind of risk check on the respective message request.
            from_ (`From`): The sender's Twilio phone number (in
                [E.164](https://en.wikipedia.org/wiki/E.164) format), [alphanumeric sender
                ID](https://www.twilio.com/docs/sms/quickstart), [Wireless
                SIM](https://www.twilio.com/docs/iot/wireless/programmable-wireless-send-
                machine-machine-sms-commands), [short code](https://www.twilio.com/en-
                us/messaging/channels/sms/short-codes), or [channel
                address](https://www.twilio.com/docs/messaging/channels) (e.g.,
                `whatsapp:+15554449999`). The value of the `from` parameter must be a sender
                that is hosted within Twilio and belongs to the Account creating the
                Message. If you are using `messaging_service_sid`, this parameter can be
                empty (Twilio assigns a `from` value from the Messaging Service's Sender
                Pool) or you can provide a specific sender from your Sender Pool.
            fallback_from (`FallbackFrom`): A fallback SMS sender to use when the recipient
                cannot be reached over RCS. This parameter may only be used when also
                providing a [Messaging Service](https://twilio.com/docs/messaging/services)
                containing an RCS sender. The fallback SMS sender must be either a Twilio
                phone number (in [E.164](https://en.wikipedia.org/wiki/E.164) format),
                [alphanumeric sender ID](https://www.twilio.com/docs/sms/quickstart), or
                [short code](https://www.twilio.com/en-us/messaging/channels/sms/short-
                codes), hosted within Twilio and belong to the Account creating the Message.
            messaging_service_sid (`MessagingServiceSid`): The SID of the [Messaging
                Service](https://www.twilio.com/docs/messaging/services) you want to
                associate with the Message. When this parameter is provided and the `from`
                parameter is omitted, Twilio selects the optimal sender from the Messaging
                Service's Sender Pool. You may also provide a `from` parameter if you want
                to use a specific Sender from the Sender Pool.
            body (`Body`): The text content of the outgoing message. Can be up to 1,600
                characters in length. SMS only: If the `body` contains more than 160
                [GSM-7](https://www.twilio.com/docs/glossary/what-is-gsm-7-character-
                encoding) characters (or 70
                [UCS-2](https://www.twilio.com/docs/glossary/what-is-ucs-2-character-
                encoding) characters), the message is segmented and charged accordingly. For
                long `body` text, consider using the [send_as_mms
                parameter](https://www.twilio.com/blog/mms-for-long-text-messages).
            media_url (`MediaUrl`): The URL of media to include in the Message content.
                `jpeg`, `jpg`, `gif`, and `png` file types are fully supported by Twilio and
                content is formatted for delivery on destination devices. The media size
                limit is 5 MB for supported file types (`jpeg`, `jpg`, `png`, `gif`) and 500
                KB for [other types](https://www.twilio.com/docs/messaging/guides/accepted-
                mime-types) of accepted media. To send more than one image in the message,
                provide multiple `media_url` parameters in the POST request. You can include
                up to ten `media_url` parameters per message.
                [International](https://support.twilio.com/hc/en-
                us/articles/223179808-Sending-and-receiving-MMS-messages) and
                [carrier](https://support.twilio.com/hc/en-us/articles/223133707-Is-MMS-
                supported-for-all-carriers-in-US-and-Canada-) limits apply.
            content_sid (`ContentSid`): For [Content
                Editor/API](https://www.twilio.com/docs/content) only: The SID of the
                Content Template to be used with the Message, e.g.,
                `HXXXXXXXXXXXXXXXXXXXXXXXXXXXXX`. If this parameter is not provided, a
                Content Template is not used. Find the SID in the Console on the Content
                Editor page. For Content API users, the SID is found in Twilio's response
                when [creating the Template](https://www.twilio.com/docs/content/content-
                api-resources#create-templates) or by [fetching your
                Templates](https://www.twilio.com/docs/content/content-api-resources#fetch-
                all-content-resources).
        """
        result: Message = await self._request("messages.create_message", locals())
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
        """Deletes a Message resource from your account.

        Args:
            sid: The SID of the Message resource.
        """
        await self._request("messages.delete_message", locals())

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
    ) -> Message:
        """Fetch a specific Message.

        Args:
            sid: The SID of the Message resource.
        """
        result: Message = await self._request("messages.fetch_message", locals())
        return result

    @_api_method
    def list(
        self,
        *,
        to: str | Unset = UNSET,
        from_: str | Unset = UNSET,
        date_sent: datetime.datetime | Unset = UNSET,
        date_sent_before: datetime.datetime | Unset = UNSET,
        date_sent_after: datetime.datetime | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPager[Message]:
        """Retrieve a list of Message resources associated with a Twilio Account.

        Args:
            to (`To`): Filter by recipient. For example: Set this parameter to
                `+15558881111` to retrieve a list of Message resources sent to
                `+15558881111`.
            from_ (`From`): Filter by sender. For example: Set this parameter to
                `+15552229999` to retrieve a list of Message resources sent by
                `+15552229999`.
            date_sent (`DateSent`): Filter by Message `sent_date`. Accepts GMT dates in the
                following formats: `YYYY-MM-DD` (to find Messages with a specific
                `sent_date`), `<=YYYY-MM-DD` (to find Messages with `sent_date`s on and
                before a specific date), and `>=YYYY-MM-DD` (to find Messages with
                `sent_dates` on and after a specific date).
            date_sent_before (`DateSent<`): Filter by Message `sent_date`. Accepts GMT dates
                in the following formats: `YYYY-MM-DD` (to find Messages with a specific
                `sent_date`), `<=YYYY-MM-DD` (to find Messages with `sent_date`s on and
                before a specific date), and `>=YYYY-MM-DD` (to find Messages with
                `sent_dates` on and after a specific date).
            date_sent_after (`DateSent>`): Filter by Message `sent_date`. Accepts GMT dates
                in the following formats: `YYYY-MM-DD` (to find Messages with a specific
                `sent_date`), `<=YYYY-MM-DD` (to find Messages with `sent_date`s on and
                before a specific date), and `>=YYYY-MM-DD` (to find Messages with
                `sent_dates` on and after a specific date).
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[Message] = self._list("messages.list_message", locals())
        return pager

    @_api_method
    async def update(
        self,
        sid: str,
        *,
        body: str | Unset = UNSET,
        status: MessageUpdateStatus | str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Message:
        """Update a Message resource (used to redact Message `body` text and to cancel not-yet-sent messages).

        Args:
            sid: The SID of the Message resource.
            body (`Body`): The new `body` of the Message resource. To redact the text
                content of a Message, this parameter's value must be an empty string
            status (`Status`): `Status`.
        """
        result: Message = await self._request("messages.update_message", locals())
        return result
