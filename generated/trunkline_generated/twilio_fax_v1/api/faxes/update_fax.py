"""UpdateFax: POST /v1/Faxes/{Sid}

Cancel a fax that is not sent yet

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.fax import Fax
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from trunkline_generated.twilio_fax_v1.models.fax_update_status import FaxUpdateStatus

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of UpdateFax (for `Unpack`), per-call options included."""

        status: FaxUpdateStatus | str  # Status


METHOD = "POST"
PATH = "/v1/Faxes/{Sid}"
RETRY = "safe"
ARGS = ("sid",)
PATTERNS = {"sid": "^FX[0-9a-fA-F]{32}$"}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"


def _get_kwargs(
    sid: str,
    *,
    status: FaxUpdateStatus | str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    _body: dict[str, Any] = {}
    if status is not UNSET:
        _body["Status"] = status

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "Sid": _quote(str(sid), safe=""),
            }
        ),
        "data": _body,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], Fax] = Fax
