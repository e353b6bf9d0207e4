"""Twilio resources: which generated operation backs each verb."""

from __future__ import annotations

import datetime as _dt
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

from .._core._exceptions import InvalidParameterError
from .._resources import (
    AsyncCreate,
    AsyncDelete,
    AsyncGet,
    AsyncList,
    AsyncUpdate,
    Create,
    Delete,
    Get,
    List,
    Update,
)

if TYPE_CHECKING:
    from typing import Unpack

    from trunkline_generated._runtime import CallOptions
    from trunkline_generated.twilio_api_v2010.api.calls import (
        create_call,
        list_call,
        update_call,
    )
    from trunkline_generated.twilio_api_v2010.api.messages import (
        create_message,
        list_message,
        update_message,
    )
    from trunkline_generated.twilio_api_v2010.models import Call, Message

    from .._core import AsyncPager, Pager

__all__ = ["AsyncCalls", "AsyncMessages", "Calls", "Messages"]

_V2010 = "twilio_api_v2010"
_MAX_PAGE = 1000  # Twilio's largest PageSize
_CALLS = {
    "create": "calls.create_call",
    "get": "calls.fetch_call",
    "update": "calls.update_call",
    "delete": "calls.delete_call",
    "list": "calls.list_call",
}
_MESSAGES = {
    "create": "messages.create_message",
    "get": "messages.fetch_message",
    "update": "messages.update_message",
    "delete": "messages.delete_message",
    "list": "messages.list_message",
}


def _range_filters(
    field: str, start: _dt.datetime, end: _dt.datetime, filters: dict[str, Any]
) -> dict[str, Any]:
    """The server-side filters of `[start, end)` on `field`; bad bounds raise before sending."""
    for name, value in (("start", start), ("end", end)):
        if not isinstance(value, _dt.datetime):
            raise InvalidParameterError(
                f"list_in_range: {name} must be a datetime, not {type(value).__name__}"
            )
        if value.utcoffset() is None:
            raise InvalidParameterError(
                f"list_in_range: {name} is a naive datetime; give it a timezone "
                "(e.g. tzinfo=datetime.UTC)"
            )
    if end < start:
        raise InvalidParameterError(f"list_in_range: end ({end}) is before start ({start})")
    taken = sorted({field, f"{field}_before", f"{field}_after"} & filters.keys())
    if taken:
        raise InvalidParameterError(f"list_in_range sets {field} bounds itself; drop {taken}")
    # `StartTime>` is "on or after" and `StartTime<` is "before": exactly [start, end).
    return {**filters, f"{field}_after": start, f"{field}_before": end}


def _in_range(value: _dt.datetime | None, start: _dt.datetime, end: _dt.datetime) -> bool:
    # The server filters already; this keeps the promise if it rounds its bounds.
    return value is not None and start <= value < end


class _Ranged:
    _range_field: str

    if not TYPE_CHECKING:  # typed on each resource

        def list_in_range(self, start, end, **filters):
            """Every record whose time field is in `[start, end)` (aware datetimes), lazily."""
            params = _range_filters(self._range_field, start, end, filters)
            return self._ranged(start, end, params)

    def _ranged(
        self, start: _dt.datetime, end: _dt.datetime, params: dict[str, Any]
    ) -> Iterator[Any]:
        field = self._range_field
        for record in self.list(**params):  # type: ignore[attr-defined]
            if _in_range(getattr(record, field), start, end):
                yield record


class _AsyncRanged:
    _range_field: str

    if not TYPE_CHECKING:  # typed on each resource

        def list_in_range(self, start, end, **filters):
            """Every record whose time field is in `[start, end)` (aware datetimes), lazily."""
            params = _range_filters(self._range_field, start, end, filters)
            return self._ranged(start, end, params)

    async def _ranged(
        self, start: _dt.datetime, end: _dt.datetime, params: dict[str, Any]
    ) -> AsyncIterator[Any]:
        field = self._range_field
        async for record in self.list(**params):  # type: ignore[attr-defined]
            if _in_range(getattr(record, field), start, end):
                yield record


class Calls(_Ranged, Create, Get, Update, Delete, List):
    """Voice calls (`/2010-04-01/Accounts/{AccountSid}/Calls`)."""

    _package = _V2010
    _ops = _CALLS
    _max_page_size = _MAX_PAGE
    _range_field = "start_time"

    if TYPE_CHECKING:

        def create(self, **params: Unpack[create_call.Params]) -> Call:
            """Place a call. Never retried once it may have reached Twilio."""

        def get(self, sid: str, **options: Unpack[CallOptions]) -> Call:
            """Fetch one call."""

        def update(self, sid: str, **params: Unpack[update_call.Params]) -> Call:
            """Redirect or end a call in progress."""

        def delete(self, sid: str, **options: Unpack[CallOptions]) -> None:
            """Delete a call record."""

        def list(
            self, *, limit: int | None = None, **filters: Unpack[list_call.Params]
        ) -> Pager[Call]:
            """Every call matching `filters`, newest first, fetched page by page as consumed."""

        def list_in_range(
            self, start: _dt.datetime, end: _dt.datetime, **filters: Unpack[list_call.Params]
        ) -> Iterator[Call]:
            """Every call that started in `[start, end)` (aware datetimes), lazily."""


class AsyncCalls(_AsyncRanged, AsyncCreate, AsyncGet, AsyncUpdate, AsyncDelete, AsyncList):
    """Voice calls, awaitable."""

    _package = _V2010
    _ops = _CALLS
    _max_page_size = _MAX_PAGE
    _range_field = "start_time"

    if TYPE_CHECKING:

        async def create(self, **params: Unpack[create_call.Params]) -> Call:
            """Place a call. Never retried once it may have reached Twilio."""

        async def get(self, sid: str, **options: Unpack[CallOptions]) -> Call:
            """Fetch one call."""

        async def update(self, sid: str, **params: Unpack[update_call.Params]) -> Call:
            """Redirect or end a call in progress."""

        async def delete(self, sid: str, **options: Unpack[CallOptions]) -> None:
            """Delete a call record."""

        def list(
            self, *, limit: int | None = None, **filters: Unpack[list_call.Params]
        ) -> AsyncPager[Call]:
            """Every call matching `filters`, newest first, fetched page by page as consumed."""

        def list_in_range(
            self, start: _dt.datetime, end: _dt.datetime, **filters: Unpack[list_call.Params]
        ) -> AsyncIterator[Call]:
            """Every call that started in `[start, end)` (aware datetimes), lazily."""


class Messages(_Ranged, Create, Get, Update, Delete, List):
    """SMS, MMS and WhatsApp messages (`/2010-04-01/Accounts/{AccountSid}/Messages`)."""

    _package = _V2010
    _ops = _MESSAGES
    _max_page_size = _MAX_PAGE
    _range_field = "date_sent"

    if TYPE_CHECKING:

        def create(self, **params: Unpack[create_message.Params]) -> Message:
            """Send a message. Never retried once it may have reached Twilio."""

        def get(self, sid: str, **options: Unpack[CallOptions]) -> Message:
            """Fetch one message."""

        def update(self, sid: str, **params: Unpack[update_message.Params]) -> Message:
            """Redact a message's body or cancel a scheduled one."""

        def delete(self, sid: str, **options: Unpack[CallOptions]) -> None:
            """Delete a message record."""

        def list(
            self, *, limit: int | None = None, **filters: Unpack[list_message.Params]
        ) -> Pager[Message]:
            """Every message matching `filters`, newest first, fetched page by page."""

        def list_in_range(
            self, start: _dt.datetime, end: _dt.datetime, **filters: Unpack[list_message.Params]
        ) -> Iterator[Message]:
            """Every message sent in `[start, end)` (aware datetimes), lazily."""


class AsyncMessages(_AsyncRanged, AsyncCreate, AsyncGet, AsyncUpdate, AsyncDelete, AsyncList):
    """Messages, awaitable."""

    _package = _V2010
    _ops = _MESSAGES
    _max_page_size = _MAX_PAGE
    _range_field = "date_sent"

    if TYPE_CHECKING:

        async def create(self, **params: Unpack[create_message.Params]) -> Message:
            """Send a message. Never retried once it may have reached Twilio."""

        async def get(self, sid: str, **options: Unpack[CallOptions]) -> Message:
            """Fetch one message."""

        async def update(self, sid: str, **params: Unpack[update_message.Params]) -> Message:
            """Redact a message's body or cancel a scheduled one."""

        async def delete(self, sid: str, **options: Unpack[CallOptions]) -> None:
            """Delete a message record."""

        def list(
            self, *, limit: int | None = None, **filters: Unpack[list_message.Params]
        ) -> AsyncPager[Message]:
            """Every message matching `filters`, newest first, fetched page by page."""

        def list_in_range(
            self, start: _dt.datetime, end: _dt.datetime, **filters: Unpack[list_message.Params]
        ) -> AsyncIterator[Message]:
            """Every message sent in `[start, end)` (aware datetimes), lazily."""
