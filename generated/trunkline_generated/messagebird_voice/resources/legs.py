"""Resource `legs`: generated from the spec. Do not edit.

get: FetchLeg (GET /calls/{callId}/legs/{legId})
list: ListLegs (GET /calls/{callId}/legs)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline._core._paging import AsyncPager, Pager
    from trunkline_generated.messagebird_voice.models.leg import Leg

__all__ = ["AsyncLegs", "Legs"]


class Legs(SyncAPIResource):
    """`legs` (FetchLeg, ListLegs)."""

    _package = "messagebird_voice"

    @_api_method
    def get(
        self,
        call_id: str,
        leg_id: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Leg | None:
        """Get one leg of a call.

        Args:
            call_id: The `id` of the call.
            leg_id: The `id` of the leg.
        """
        result: Leg | None = self._request("legs.fetch_leg", locals())
        return result

    @_api_method
    def list(
        self,
        call_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Pager[Leg]:
        """List the legs of a call, one page at a time.

        Args:
            call_id: The `id` of the call.
            page: The page to return, 1-based.
            page_size (`perPage`): How many items a page holds (no SDK or document states
                the largest).
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[Leg] = self._list("legs.list_legs", locals())
        return pager


class AsyncLegs(AsyncAPIResource):
    """`legs` (FetchLeg, ListLegs). Awaitable."""

    _package = "messagebird_voice"

    @_api_method
    async def get(
        self,
        call_id: str,
        leg_id: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Leg | None:
        """Get one leg of a call.

        Args:
            call_id: The `id` of the call.
            leg_id: The `id` of the leg.
        """
        result: Leg | None = await self._request("legs.fetch_leg", locals())
        return result

    @_api_method
    def list(
        self,
        call_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPager[Leg]:
        """List the legs of a call, one page at a time.

        Args:
            call_id: The `id` of the call.
            page: The page to return, 1-based.
            page_size (`perPage`): How many items a page holds (no SDK or document states
                the largest).
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[Leg] = self._list("legs.list_legs", locals())
        return pager
