"""The requests MessageBird Voice sends when calls and legs change.

Pydantic models generated from specs/webhooks/messagebird.yaml by generator/webhook_models.py
(datamodel-code-generator). Do not edit: change the spec and run `make generate`.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from trunkline_generated.webhooks._types import UTCDatetime


class Call(BaseModel):
    """
    A call, as `client.calls.get` returns it.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        arbitrary_types_allowed=True,
    )
    id: str
    """
    The call's id (a UUID).
    """
    status: str | None = None
    """
    queued, starting, ongoing or ended.
    """
    source: str | None = None
    """
    The caller (a number without `+`, or a SIP address).
    """
    destination: str | None = None
    """
    The called number or SIP address.
    """
    number_id: Annotated[str | None, Field(alias="numberId")] = None
    """
    The MessageBird number the call came in on.
    """
    created_at: Annotated[UTCDatetime | None, Field(alias="createdAt")] = None
    """
    When the call was created.
    """
    updated_at: Annotated[UTCDatetime | None, Field(alias="updatedAt")] = None
    """
    When the call last changed.
    """
    ended_at: Annotated[UTCDatetime | None, Field(alias="endedAt")] = None
    """
    When the call ended.
    """


class CallEvent(BaseModel):
    """
    One notification about a call, its legs, or both.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        arbitrary_types_allowed=True,
    )
    timestamp: UTCDatetime | None = None
    """
    When MessageBird sent it.
    """
    items: list[CallItem | LegItem | Item]
    """
    The objects that changed, calls first.
    """


class CallItem(BaseModel):
    """
    A call that was created or changed.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    type: Literal["call"]
    """
    call.
    """
    event: str | None = None
    """
    What happened (`callCreated`, `callUpdated`), when MessageBird says.
    """
    payload: Call


class Item(BaseModel):
    """
    An item of a type without a model here; its payload as a dict.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    type: str
    """
    What the payload is.
    """
    event: str | None = None
    """
    What happened (`callCreated`, `callUpdated`, ...), when MessageBird says.
    """
    payload: dict[str, Any] | None = None
    """
    The object, as JSON.
    """


class Leg(BaseModel):
    """
    One connection of a call, as `client.legs.get` returns it.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        arbitrary_types_allowed=True,
    )
    id: str
    """
    The leg's id (a UUID).
    """
    call_id: Annotated[str | None, Field(alias="callId")] = None
    """
    The call the leg belongs to.
    """
    source: str | None = None
    """
    The caller.
    """
    destination: str | None = None
    """
    The called number or SIP address.
    """
    status: str | None = None
    """
    starting, ringing, ongoing, busy, no_answer, failed or hangup.
    """
    direction: str | None = None
    """
    incoming or outgoing.
    """
    cost: Decimal | None = None
    """
    What the leg cost, in `currency`.
    """
    currency: str | None = None
    """
    The currency of `cost` (ISO 4217).
    """
    duration: int | None = None
    """
    The leg's length in seconds.
    """
    created_at: Annotated[UTCDatetime | None, Field(alias="createdAt")] = None
    """
    When the leg was created.
    """
    updated_at: Annotated[UTCDatetime | None, Field(alias="updatedAt")] = None
    """
    When the leg last changed.
    """
    answered_at: Annotated[UTCDatetime | None, Field(alias="answeredAt")] = None
    """
    When the leg was answered.
    """
    ended_at: Annotated[UTCDatetime | None, Field(alias="endedAt")] = None
    """
    When the leg ended.
    """


class LegItem(BaseModel):
    """
    A leg of a call that was created or changed.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    type: Literal["leg"]
    """
    leg.
    """
    event: str | None = None
    """
    What happened (`legCreated`, `legUpdated`), when MessageBird says.
    """
    payload: Leg
