"""FetchFaxMedia: GET /v1/Faxes/{FaxSid}/Media/{Sid}

Fetch one media file of a fax

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.fax_media import FaxMedia

if TYPE_CHECKING:
    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of FetchFaxMedia (for `Unpack`), per-call options included."""


METHOD = "GET"
PATH = "/v1/Faxes/{FaxSid}/Media/{Sid}"
RETRY = "safe"
ARGS = ("fax_sid", "sid")
PATTERNS = {"fax_sid": "^FX[0-9a-fA-F]{32}$", "sid": "^ME[0-9a-fA-F]{32}$"}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"


def _get_kwargs(
    fax_sid: str,
    sid: str,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "FaxSid": _quote(str(fax_sid), safe=""),
                "Sid": _quote(str(sid), safe=""),
            }
        ),
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], FaxMedia] = FaxMedia
