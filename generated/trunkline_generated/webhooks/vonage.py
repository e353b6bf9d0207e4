"""The requests Vonage sends for inbound SMS, delivery receipts and Voice events.

Pydantic models generated from specs/webhooks/vonage.yaml by generator/webhook_models.py
(datamodel-code-generator). Do not edit: change the spec and run `make generate`.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from trunkline_generated.webhooks._types import UTCDatetime


class SignedSms(BaseModel):
    """
    The fields of every signed SMS webhook.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        arbitrary_types_allowed=True,
    )
    msisdn: str | None = None
    """
    The other party's number (the sender of an inbound SMS, the recipient of a receipt's message).
    """
    to: str | None = None
    """
    Your number (or sender id).
    """
    message_id: Annotated[str | None, Field(alias="messageId")] = None
    """
    The message's id.
    """
    api_key: Annotated[str | None, Field(alias="api-key")] = None
    """
    The API key of the account.
    """
    message_timestamp: Annotated[UTCDatetime | None, Field(alias="message-timestamp")] = None
    """
    When Vonage received the message or the receipt (UTC).
    """
    timestamp: int | None = None
    """
    When the webhook was signed, in Unix seconds.
    """
    nonce: str | None = None
    """
    A random value that makes each signed request unique.
    """
    sig: str | None = None
    """
    The signature.
    """


class DeliveryReceipt(SignedSms):
    """
    The carrier reported on a message you sent.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        arbitrary_types_allowed=True,
    )
    network_code: Annotated[str | None, Field(alias="network-code")] = None
    """
    The recipient's network (MCC + MNC).
    """
    price: Decimal | None = None
    """
    What the message cost, in EUR.
    """
    status: str
    """
    delivered, expired, failed, rejected, accepted, buffered or unknown.
    """
    scts: str | None = None
    """
    When the carrier reported, `YYMMDDhhmm` as the carrier sent it.
    """
    err_code: Annotated[int | None, Field(alias="err-code")] = None
    """
    The carrier's status code (0 is delivered).
    """
    client_ref: Annotated[str | None, Field(alias="client-ref")] = None
    """
    The `client-ref` you sent the message with.
    """
    message_id: Annotated[str, Field(alias="messageId")]
    """
    The message's id.
    """


class InboundSms(SignedSms):
    """
    An SMS arrived at one of your numbers.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    text: str | None = None
    """
    The message (text and unicode messages).
    """
    type: str | None = None
    """
    text, unicode or binary.
    """
    keyword: str | None = None
    """
    The first word of the text, in upper case.
    """
    concat: str | None = None
    """
    "true" when this is one part of a longer message.
    """
    concat_ref: Annotated[str | None, Field(alias="concat-ref")] = None
    """
    The id shared by the parts of one long message.
    """
    concat_total: Annotated[int | None, Field(alias="concat-total")] = None
    """
    How many parts the long message has.
    """
    concat_part: Annotated[int | None, Field(alias="concat-part")] = None
    """
    Which part this is, from 1.
    """
    data: str | None = None
    """
    The content of a binary message (hex).
    """
    udh: str | None = None
    """
    The user data header of a binary message (hex).
    """
    msisdn: str
    """
    The other party's number (the sender of an inbound SMS, the recipient of a receipt's message).
    """
    to: str
    """
    Your number (or sender id).
    """
    message_id: Annotated[str, Field(alias="messageId")]
    """
    The message's id.
    """


class VoiceEvent(BaseModel):
    """
    A call changed status.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        arbitrary_types_allowed=True,
    )
    uuid: str
    """
    The call leg's id.
    """
    conversation_uuid: str | None = None
    """
    The conversation the call is part of.
    """
    status: str
    """
    started, ringing, answered, machine, human, completed, busy, cancelled, failed, rejected, timeout or unanswered.
    """
    direction: str | None = None
    """
    inbound or outbound.
    """
    from_: Annotated[str | None, Field(alias="from")] = None
    """
    The caller.
    """
    to: str | None = None
    """
    The called party.
    """
    timestamp: UTCDatetime | None = None
    """
    When the event happened.
    """
    start_time: UTCDatetime | None = None
    """
    When the call was answered (completed calls).
    """
    end_time: UTCDatetime | None = None
    """
    When the call ended (completed calls).
    """
    duration: int | None = None
    """
    The call's length in seconds (completed calls).
    """
    rate: Decimal | None = None
    """
    The price per minute, in EUR (completed calls).
    """
    price: Decimal | None = None
    """
    What the call cost, in EUR (completed calls).
    """
    network: str | None = None
    """
    The other party's network (MCC + MNC).
    """
    detail: str | None = None
    """
    Why a call failed or was not answered, when Vonage says.
    """
    reason: str | None = None
    """
    Why a call was transferred or ended, when Vonage says.
    """
