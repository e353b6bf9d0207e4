"""ListSim: GET /v1/Sims

Retrieve a list of Sim resources on your Account.

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ...models.list_sim_response import ListSimResponse
from ...models.sim import Sim
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from trunkline_generated.twilio_wireless_v1.models.sim_status import SimStatus

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of ListSim (for `Unpack`), per-call options included."""

        status: SimStatus | str  # Status
        iccid: str  # Iccid
        rate_plan: str  # RatePlan
        e_id: str  # EId
        sim_registration_code: str  # SimRegistrationCode
        page_size: int  # PageSize
        page: int  # Page
        page_token: str  # PageToken


METHOD = "GET"
PATH = "/v1/Sims"
RETRY = "safe"
ITEMS_KEY = "sims"
ARGS = ()
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"
PAGING = "twilio-v1"
PAGE_SIZE = ("page_size", 1000)


def _get_kwargs(
    *,
    status: SimStatus | str | Unset = UNSET,
    iccid: str | Unset = UNSET,
    rate_plan: str | Unset = UNSET,
    e_id: str | Unset = UNSET,
    sim_registration_code: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""
    _params: dict[str, Any] = {}
    if status is not UNSET:
        _params["Status"] = status
    if iccid is not UNSET:
        _params["Iccid"] = iccid
    if rate_plan is not UNSET:
        _params["RatePlan"] = rate_plan
    if e_id is not UNSET:
        _params["EId"] = e_id
    if sim_registration_code is not UNSET:
        _params["SimRegistrationCode"] = sim_registration_code
    if page_size is not UNSET:
        _params["PageSize"] = page_size
    if page is not UNSET:
        _params["Page"] = page
    if page_token is not UNSET:
        _params["PageToken"] = page_token

    return {
        "method": METHOD,
        "url": PATH,
        "params": _params,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], ListSimResponse] = ListSimResponse

# One element of `sims` -> a record.
_parse_item: Callable[[dict[str, Any]], Sim] = Sim
