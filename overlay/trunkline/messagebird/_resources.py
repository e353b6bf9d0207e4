"""MessageBird Voice resources: which generated operation backs each verb."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._resources import AsyncGet, AsyncList, Get, List

if TYPE_CHECKING:
    from typing import Unpack

    from trunkline_generated._runtime import CallOptions
    from trunkline_generated.messagebird_voice.api.calls import list_calls
    from trunkline_generated.messagebird_voice.models import Call

    from .._core import AsyncPager, Pager

__all__ = ["AsyncCalls", "Calls"]

_VOICE = "messagebird_voice"
_CALLS = {"get": "calls.view_call", "list": "calls.list_calls"}


def _single(verb: str, result: Any) -> Any:
    # MessageBird wraps one object in a list: {"data": [call]}. `get` returns the call.
    if verb == "get":
        data = result.data
        return data[0] if data else None
    return result


class Calls(Get, List):
    """Voice calls (`/calls`)."""

    _package = _VOICE
    _ops = _CALLS
    _page_size_param = "per_page"

    if TYPE_CHECKING:

        def get(self, sid: str, **options: Unpack[CallOptions]) -> Call | None:
            """One call (MessageBird's `data[0]`)."""

        def list(
            self,
            *,
            limit: int | None = None,
            page_size: int | None = None,
            **filters: Unpack[list_calls.Params],
        ) -> Pager[Call]:
            """Every call, newest first, fetched page by page as consumed."""

    def _finish(self, verb: str, result: Any) -> Any:
        return _single(verb, result)


class AsyncCalls(AsyncGet, AsyncList):
    """Voice calls, awaitable."""

    _package = _VOICE
    _ops = _CALLS
    _page_size_param = "per_page"

    if TYPE_CHECKING:

        async def get(self, sid: str, **options: Unpack[CallOptions]) -> Call | None:
            """One call (MessageBird's `data[0]`)."""

        def list(
            self,
            *,
            limit: int | None = None,
            page_size: int | None = None,
            **filters: Unpack[list_calls.Params],
        ) -> AsyncPager[Call]:
            """Every call, newest first, fetched page by page as consumed."""

    def _finish(self, verb: str, result: Any) -> Any:
        return _single(verb, result)
