"""ListTaskQueuesStatistics: GET /v1/Workspaces/{WorkspaceSid}/TaskQueues/Statistics

List the statistics of every TaskQueue of a Workspace

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.list_task_queues_statistics_response import ListTaskQueuesStatisticsResponse
from ...models.task_queues_statistics import TaskQueuesStatistics
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of ListTaskQueuesStatistics (for `Unpack`), per-call options included."""

        end_date: datetime.datetime  # EndDate
        friendly_name: str  # FriendlyName
        minutes: int  # Minutes
        start_date: datetime.datetime  # StartDate
        task_channel: str  # TaskChannel
        split_by_wait_time: str  # SplitByWaitTime
        page_size: int  # PageSize
        page: int  # Page
        page_token: str  # PageToken


METHOD = "GET"
PATH = "/v1/Workspaces/{WorkspaceSid}/TaskQueues/Statistics"
RETRY = "safe"
ITEMS_KEY = "task_queues_statistics"
ARGS = ("workspace_sid",)
PATTERNS = {"workspace_sid": "^WS[0-9a-fA-F]{32}$"}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"
PAGING = "twilio-v1"
PAGE_SIZE = ("page_size", 1000)


def _get_kwargs(
    workspace_sid: str,
    *,
    end_date: datetime.datetime | Unset = UNSET,
    friendly_name: str | Unset = UNSET,
    minutes: int | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    task_channel: str | Unset = UNSET,
    split_by_wait_time: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""
    _params: dict[str, Any] = {}
    if end_date is not UNSET:
        _params["EndDate"] = end_date
    if friendly_name is not UNSET:
        _params["FriendlyName"] = friendly_name
    if minutes is not UNSET:
        _params["Minutes"] = minutes
    if start_date is not UNSET:
        _params["StartDate"] = start_date
    if task_channel is not UNSET:
        _params["TaskChannel"] = task_channel
    if split_by_wait_time is not UNSET:
        _params["SplitByWaitTime"] = split_by_wait_time
    if page_size is not UNSET:
        _params["PageSize"] = page_size
    if page is not UNSET:
        _params["Page"] = page
    if page_token is not UNSET:
        _params["PageToken"] = page_token

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "WorkspaceSid": _quote(str(workspace_sid), safe=""),
            }
        ),
        "params": _params,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], ListTaskQueuesStatisticsResponse] = (
    ListTaskQueuesStatisticsResponse
)

# One element of `task_queues_statistics` -> a record.
_parse_item: Callable[[dict[str, Any]], TaskQueuesStatistics] = TaskQueuesStatistics
