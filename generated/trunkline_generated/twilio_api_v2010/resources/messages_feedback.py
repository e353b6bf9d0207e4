"""Resource `messages.feedback`: generated from the spec. Do not edit.

create: CreateMessageFeedback (POST /2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Feedback.json)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline_generated.twilio_api_v2010.models.message_feedback import MessageFeedback
    from trunkline_generated.twilio_api_v2010.models.message_feedback_outcome import (
        MessageFeedbackOutcome,
    )

__all__ = ["AsyncMessagesFeedback", "MessagesFeedback"]


class MessagesFeedback(SyncAPIResource):
    """`messages.feedback` (CreateMessageFeedback)."""

    _package = "twilio_api_v2010"

    @_api_method
    def create(
        self,
        message_sid: str,
        *,
        outcome: MessageFeedbackOutcome | str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> MessageFeedback:
        """Create Message Feedback to confirm a tracked user action was performed by the recipient of the associated Message.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            message_sid: The SID of the Message.
            outcome (`Outcome`): Reported outcome indicating whether there is confirmation
                that the Message recipient performed a tracked user action. Can be:
                `unconfirmed` or `confirmed`. For more details see [How to Optimize Message
                Deliverability with Message
                Feedback](https://www.twilio.com/docs/messaging/guides/send-message-
                feedback-to-twilio).
        """
        result: MessageFeedback = self._request("messages.create_message_feedback", locals())
        return result


class AsyncMessagesFeedback(AsyncAPIResource):
    """`messages.feedback` (CreateMessageFeedback). Awaitable."""

    _package = "twilio_api_v2010"

    @_api_method
    async def create(
        self,
        message_sid: str,
        *,
        outcome: MessageFeedbackOutcome | str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> MessageFeedback:
        """Create Message Feedback to confirm a tracked user action was performed by the recipient of the associated Message.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            message_sid: The SID of the Message.
            outcome (`Outcome`): Reported outcome indicating whether there is confirmation
                that the Message recipient performed a tracked user action. Can be:
                `unconfirmed` or `confirmed`. For more details see [How to Optimize Message
                Deliverability with Message
                Feedback](https://www.twilio.com/docs/messaging/guides/send-message-
                feedback-to-twilio).
        """
        result: MessageFeedback = await self._request("messages.create_message_feedback", locals())
        return result
