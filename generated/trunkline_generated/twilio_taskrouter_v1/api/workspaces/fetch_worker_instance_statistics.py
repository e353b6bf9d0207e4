"""FetchWorkerInstanceStatistics: GET /v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Statistics

Fetch the cumulative statistics of one Worker

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.worker_instance_statistics import WorkerInstanceStatistics
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of FetchWorkerInstanceStatistics (for `Unpack`), per-call options included."""

        minutes: int  # Minutes
        start_date: datetime.datetime  # StartDate
        end_date: datetime.datetime  # EndDate
        task_channel: str  # TaskChannel


METHOD = "GET"
PATH = "/v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Statistics"
RETRY = "safe"
ARGS = ("workspace_sid", "worker_sid")
PATTERNS = {"workspace_sid": "^WS[0-9a-fA-F]{32}$", "worker_sid": "^WK[0-9a-fA-F]{32}$"}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"


def _get_kwargs(
    workspace_sid: str,
    worker_sid: str,
    *,
    minutes: int | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    task_channel: str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""
    _params: dict[str, Any] = {}
    if minutes is not UNSET:
        _params["Minutes"] = minutes
    if start_date is not UNSET:
        _params["StartDate"] = start_date
    if end_date is not UNSET:
        _params["EndDate"] = end_date
    if task_channel is not UNSET:
        _params["TaskChannel"] = task_channel

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "WorkspaceSid": _quote(str(workspace_sid), safe=""),
                "WorkerSid": _quote(str(worker_sid), safe=""),
            }
        ),
        "params": _params,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], WorkerInstanceStatistics] = WorkerInstanceStatistics
