"""`client.calls`: the generated resource, plus `list_in_range`."""

from __future__ import annotations

import datetime as _dt
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

from trunkline_generated.twilio_api_v2010.resources import calls as _generated

from ._checks import call_target
from ._ranges import async_ranged, range_filters, ranged

if TYPE_CHECKING:
    from typing import Unpack

    from trunkline_generated.twilio_api_v2010.api.calls import list_call
    from trunkline_generated.twilio_api_v2010.models import Call

__all__ = ["AsyncCalls", "Calls"]


class Calls(_generated.Calls):
    """Voice calls, with `make` and `list_in_range`."""

    def make(
        self,
        *,
        to: str,
        from_: str,
        url: str | None = None,
        twiml: str | None = None,
        application_sid: str | None = None,
        **params: Any,
    ) -> Call:
        """Place a call from `from_` to `to` running exactly one of `url`, `twiml` or
        `application_sid`. Never retried once it may have reached Twilio."""
        target = call_target(url, twiml, application_sid)
        return self.create(to=to, from_=from_, **target, **params)

    def list_in_range(
        self, start: _dt.datetime, end: _dt.datetime, **filters: Unpack[list_call.Params]
    ) -> Iterator[Call]:
        """Every call that started in `[start, end)` (aware datetimes), lazily."""
        params = range_filters("start_time", start, end, dict(filters))
        pager = None if params is None else self.list(**params)
        return ranged(pager, "start_time", start, end)


class AsyncCalls(_generated.AsyncCalls):
    """Voice calls, awaitable, with `make` and `list_in_range`."""

    async def make(
        self,
        *,
        to: str,
        from_: str,
        url: str | None = None,
        twiml: str | None = None,
        application_sid: str | None = None,
        **params: Any,
    ) -> Call:
        """Place a call running exactly one of `url`, `twiml` or `application_sid`."""
        target = call_target(url, twiml, application_sid)
        return await self.create(to=to, from_=from_, **target, **params)

    def list_in_range(
        self, start: _dt.datetime, end: _dt.datetime, **filters: Unpack[list_call.Params]
    ) -> AsyncIterator[Call]:
        """Every call that started in `[start, end)` (aware datetimes), lazily."""
        params = range_filters("start_time", start, end, dict(filters))
        pager = None if params is None else self.list(**params)
        return async_ranged(pager, "start_time", start, end)
