"""Resource `wireless.v1.sims.data_sessions`: generated from the spec. Do not edit.

list: ListDataSession (GET /v1/Sims/{SimSid}/DataSessions)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline._core._paging import AsyncPager, Pager
    from trunkline_generated.twilio_wireless_v1.models.data_session import DataSession

__all__ = ["AsyncSimsDataSessions", "SimsDataSessions"]


class SimsDataSessions(SyncAPIResource):
    """`wireless.v1.sims.data_sessions` (ListDataSession)."""

    _package = "twilio_wireless_v1"

    @_api_method
    def list(
        self,
        sim_sid: str,
        *,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Pager[DataSession]:
        """Retrieve a list of a Sim's Data Sessions.

        Args:
            sim_sid: The SID of the [Sim
                resource](https://www.twilio.com/docs/iot/wireless/api/sim-resource).
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[DataSession] = self._list("sims.list_data_session", locals())
        return pager


class AsyncSimsDataSessions(AsyncAPIResource):
    """`wireless.v1.sims.data_sessions` (ListDataSession). Awaitable."""

    _package = "twilio_wireless_v1"

    @_api_method
    def list(
        self,
        sim_sid: str,
        *,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPager[DataSession]:
        """Retrieve a list of a Sim's Data Sessions.

        Args:
            sim_sid: The SID of the [Sim
                resource](https://www.twilio.com/docs/iot/wireless/api/sim-resource).
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[DataSession] = self._list("sims.list_data_session", locals())
        return pager
