"""Resource `calls`: generated from the spec. Do not edit.

get: ViewCall (GET /calls/{callId})
list: ListCalls (GET /calls)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline._core._paging import AsyncPager, Pager
    from trunkline_generated.messagebird_voice.models.call import Call

__all__ = ["AsyncCalls", "Calls"]


class Calls(SyncAPIResource):
    """`calls` (ListCalls, ViewCall)."""

    _package = "messagebird_voice"

    @_api_method
    def get(
        self,
        call_id: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Call | None:
        """Get one call.

        Args:
            call_id: The `id` of the call.
        """
        result: Call | None = self._request("calls.view_call", locals())
        return result

    @_api_method
    def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Pager[Call]:
        """List calls, newest first, one page at a time.

        Args:
            page: The page to return, 1-based.
            page_size (`perPage`): How many calls a page holds.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[Call] = self._list("calls.list_calls", locals())
        return pager


class AsyncCalls(AsyncAPIResource):
    """`calls` (ListCalls, ViewCall). Awaitable."""

    _package = "messagebird_voice"

    @_api_method
    async def get(
        self,
        call_id: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Call | None:
        """Get one call.

        Args:
            call_id: The `id` of the call.
        """
        result: Call | None = await self._request("calls.view_call", locals())
        return result

    @_api_method
    def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPager[Call]:
        """List calls, newest first, one page at a time.

        Args:
            page: The page to return, 1-based.
            page_size (`perPage`): How many calls a page holds.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[Call] = self._list("calls.list_calls", locals())
        return pager
