"""ListFaxMedia: GET /v1/Faxes/{FaxSid}/Media

List the media of a fax

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.fax_media import FaxMedia
from ...models.list_fax_media_response import ListFaxMediaResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of ListFaxMedia (for `Unpack`), per-call options included."""

        page_size: int  # PageSize


METHOD = "GET"
PATH = "/v1/Faxes/{FaxSid}/Media"
RETRY = "safe"
ITEMS_KEY = "media"
ARGS = ("fax_sid",)
PATTERNS = {"fax_sid": "^FX[0-9a-fA-F]{32}$"}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"
PAGING = "twilio-v1"
PAGE_SIZE = ("page_size", 1000)


def _get_kwargs(
    fax_sid: str,
    *,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""
    _params: dict[str, Any] = {}
    if page_size is not UNSET:
        _params["PageSize"] = page_size

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "FaxSid": _quote(str(fax_sid), safe=""),
            }
        ),
        "params": _params,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], ListFaxMediaResponse] = ListFaxMediaResponse

# One element of `media` -> a record.
_parse_item: Callable[[dict[str, Any]], FaxMedia] = FaxMedia
