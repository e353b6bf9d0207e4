"""Twilio's everyday jobs in the user's words (twilio-go's and the PHP library's helpers).

Each composes generated methods and checks what the API would only refuse later:

    client.messages.send_mms(to=..., from_=..., media_urls=[...], body=...)  # messages.py
    client.calls.make(to=..., from_=..., url=...)  # or twiml= / application_sid=; calls.py
    client.incoming_phone_numbers.buy("+14155550100")
    client.queues.members.front(queue_sid)                   # who is waiting longest
    client.queues.members.dequeue(queue_sid, call_sid, url=...)
    client.queues.members.dequeue_front(queue_sid, url=...)
    client.usage.records.category("sms", period="this_month")
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from trunkline_generated.twilio_api_v2010.resources import (
    incoming_phone_numbers as _numbers,
)
from trunkline_generated.twilio_api_v2010.resources import queues as _queues
from trunkline_generated.twilio_api_v2010.resources import queues_members as _members
from trunkline_generated.twilio_api_v2010.resources import usage as _usage
from trunkline_generated.twilio_api_v2010.resources import usage_records as _records

from ..._core._exceptions import InvalidParameterError

if TYPE_CHECKING:
    from trunkline_generated.twilio_api_v2010.models import (
        IncomingPhoneNumber,
        QueueMember,
        UsageRecord,
    )

__all__ = [
    "AsyncIncomingPhoneNumbers",
    "AsyncQueues",
    "AsyncQueuesMembers",
    "AsyncUsage",
    "AsyncUsageRecords",
    "IncomingPhoneNumbers",
    "Queues",
    "QueuesMembers",
    "Usage",
    "UsageRecords",
]

FRONT = "Front"  # the queue member waiting longest
PERIODS = (
    "all_time",
    "daily",
    "last_month",
    "monthly",
    "this_month",
    "today",
    "yearly",
    "yesterday",
)


def _period(records: Any, period: str | None) -> Any:
    if period is None:
        return records
    if period not in PERIODS:
        raise InvalidParameterError(
            f"category: period must be one of {', '.join(PERIODS)}, not {period!r}"
        )
    return getattr(records, period)


class IncomingPhoneNumbers(_numbers.IncomingPhoneNumbers):
    """Your phone numbers, with `buy`."""

    def buy(self, phone_number: str, **params: Any) -> IncomingPhoneNumber:
        """Buy `phone_number` (any E.164 form) for this account, with its settings in `params`."""
        return self.create(phone_number=phone_number, **params)


class AsyncIncomingPhoneNumbers(_numbers.AsyncIncomingPhoneNumbers):
    """Your phone numbers, awaitable, with `buy`."""

    async def buy(self, phone_number: str, **params: Any) -> IncomingPhoneNumber:
        """Buy `phone_number` (any E.164 form) for this account, with its settings in `params`."""
        return await self.create(phone_number=phone_number, **params)


class QueuesMembers(_members.QueuesMembers):
    """The callers waiting in a queue, with `front` and `dequeue`."""

    def front(self, queue_sid: str) -> QueueMember:
        """The member waiting longest."""
        return self.get(queue_sid, FRONT)

    def dequeue(
        self, queue_sid: str, call_sid: str, *, url: str, method: str | None = None
    ) -> QueueMember:
        """Take a caller out of the queue and run the TwiML at `url` for them. Never retried
        after it may have reached Twilio: a second try would take the next caller."""
        if method is None:
            return self.update(queue_sid, call_sid, url=url)
        return self.update(queue_sid, call_sid, url=url, method=method)

    def dequeue_front(self, queue_sid: str, *, url: str, method: str | None = None) -> QueueMember:
        """Take the caller waiting longest out of the queue (see `dequeue`)."""
        return self.dequeue(queue_sid, FRONT, url=url, method=method)


class AsyncQueuesMembers(_members.AsyncQueuesMembers):
    """The callers waiting in a queue, awaitable, with `front` and `dequeue`."""

    async def front(self, queue_sid: str) -> QueueMember:
        """The member waiting longest."""
        return await self.get(queue_sid, FRONT)

    async def dequeue(
        self, queue_sid: str, call_sid: str, *, url: str, method: str | None = None
    ) -> QueueMember:
        """Take a caller out of the queue and run the TwiML at `url` for them. Never retried
        after it may have reached Twilio: a second try would take the next caller."""
        if method is None:
            return await self.update(queue_sid, call_sid, url=url)
        return await self.update(queue_sid, call_sid, url=url, method=method)

    async def dequeue_front(
        self, queue_sid: str, *, url: str, method: str | None = None
    ) -> QueueMember:
        """Take the caller waiting longest out of the queue (see `dequeue`)."""
        return await self.dequeue(queue_sid, FRONT, url=url, method=method)


class Queues(_queues.Queues):
    """Queues, whose `members` have `front` and `dequeue`."""

    if TYPE_CHECKING:
        members: QueuesMembers


class AsyncQueues(_queues.AsyncQueues):
    """Queues, awaitable, whose `members` have `front` and `dequeue`."""

    if TYPE_CHECKING:
        members: AsyncQueuesMembers


class UsageRecords(_records.UsageRecords):
    """Usage records, with `category`: one category's record for a period."""

    def category(
        self, category: str, *, period: str | None = None, **filters: Any
    ) -> UsageRecord | None:
        """The usage record of `category` (`"sms"`, `"calls"`, ...) over `period` (one of
        PERIODS; None: the whole time the other filters allow), or None if there is none."""
        records = _period(self, period)
        for record in records.list(category=category, limit=1, **filters):
            return record  # type: ignore[no-any-return]
        return None


class AsyncUsageRecords(_records.AsyncUsageRecords):
    """Usage records, awaitable, with `category`."""

    async def category(
        self, category: str, *, period: str | None = None, **filters: Any
    ) -> UsageRecord | None:
        """The usage record of `category` over `period` (see `UsageRecords.category`)."""
        records = _period(self, period)
        async for record in records.list(category=category, limit=1, **filters):
            return record  # type: ignore[no-any-return]
        return None


class Usage(_usage.Usage):
    """Usage, whose `records` have `category`."""

    if TYPE_CHECKING:
        records: UsageRecords


class AsyncUsage(_usage.AsyncUsage):
    """Usage, awaitable, whose `records` have `category`."""

    if TYPE_CHECKING:
        records: AsyncUsageRecords
