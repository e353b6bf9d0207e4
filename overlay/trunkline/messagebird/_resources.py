"""MessageBird Voice resources: which generated operation backs each verb."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._resources import AsyncGet, AsyncList, Get, List

if TYPE_CHECKING:  # the records, named as strings in the bases below
    from trunkline_generated.messagebird_voice.models import Call  # noqa: F401

__all__ = ["AsyncCalls", "Calls"]

_VOICE = "messagebird_voice"
_CALLS = {"get": "calls.view_call", "list": "calls.list_calls"}


def _single(verb: str, result: Any) -> Any:
    # MessageBird wraps one object in a list: {"data": [call]}. `get` returns the call.
    if verb == "get":
        data = result.data
        return data[0] if data else None
    return result


class Calls(Get["Call"], List["Call"]):
    """Voice calls (`/calls`)."""

    _package = _VOICE
    _ops = _CALLS
    _page_size_param = "per_page"

    def _finish(self, verb: str, result: Any) -> Any:
        return _single(verb, result)


class AsyncCalls(AsyncGet["Call"], AsyncList["Call"]):
    """Voice calls, awaitable."""

    _package = _VOICE
    _ops = _CALLS
    _page_size_param = "per_page"

    def _finish(self, verb: str, result: Any) -> Any:
        return _single(verb, result)
