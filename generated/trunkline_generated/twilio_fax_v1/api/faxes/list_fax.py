"""ListFax: GET /v1/Faxes

List the faxes of the account

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ...models.fax import Fax
from ...models.list_fax_response import ListFaxResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of ListFax (for `Unpack`), per-call options included."""

        from_: str  # From
        to: str  # To
        date_created_on_or_before: datetime.datetime  # DateCreatedOnOrBefore
        date_created_after: datetime.datetime  # DateCreatedAfter
        page_size: int  # PageSize


METHOD = "GET"
PATH = "/v1/Faxes"
RETRY = "safe"
ITEMS_KEY = "faxes"
ARGS = ()
PHONES = {"from_": "phone-number", "to": "phone-number"}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"
PAGING = "twilio-v1"
PAGE_SIZE = ("page_size", 1000)


def _get_kwargs(
    *,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    date_created_on_or_before: datetime.datetime | Unset = UNSET,
    date_created_after: datetime.datetime | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""
    _params: dict[str, Any] = {}
    if from_ is not UNSET:
        _params["From"] = from_
    if to is not UNSET:
        _params["To"] = to
    if date_created_on_or_before is not UNSET:
        _params["DateCreatedOnOrBefore"] = date_created_on_or_before
    if date_created_after is not UNSET:
        _params["DateCreatedAfter"] = date_created_after
    if page_size is not UNSET:
        _params["PageSize"] = page_size

    return {
        "method": METHOD,
        "url": PATH,
        "params": _params,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], ListFaxResponse] = ListFaxResponse

# One element of `faxes` -> a record.
_parse_item: Callable[[dict[str, Any]], Fax] = Fax
