"""`client.messages`: the generated resource, plus `list_in_range`."""

from __future__ import annotations

import datetime as _dt
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

from trunkline_generated.twilio_api_v2010.resources import messages as _generated

from ._ranges import async_ranged, range_filters, ranged

if TYPE_CHECKING:
    from typing import Unpack

    from trunkline_generated.twilio_api_v2010.api.messages import list_message
    from trunkline_generated.twilio_api_v2010.models import Message

__all__ = ["AsyncMessages", "Messages"]


class Messages(_generated.Messages):
    """Messages, with `list_in_range`."""

    def list_in_range(
        self, start: _dt.datetime, end: _dt.datetime, **filters: Unpack[list_message.Params]
    ) -> Iterator[Message]:
        """Every message sent in `[start, end)` (aware datetimes), lazily."""
        params = range_filters("date_sent", start, end, dict(filters))
        pager = None if params is None else self.list(**params)
        return ranged(pager, "date_sent", start, end)


class AsyncMessages(_generated.AsyncMessages):
    """Messages, awaitable, with `list_in_range`."""

    def list_in_range(
        self, start: _dt.datetime, end: _dt.datetime, **filters: Unpack[list_message.Params]
    ) -> AsyncIterator[Message]:
        """Every message sent in `[start, end)` (aware datetimes), lazily."""
        params = range_filters("date_sent", start, end, dict(filters))
        pager = None if params is None else self.list(**params)
        return async_ranged(pager, "date_sent", start, end)
