"""FetchVoiceNumber: GET /v1/Voice/Numbers/{Number}

Fetch the prices to call one phone number

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.voice_number import VoiceNumber

if TYPE_CHECKING:
    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of FetchVoiceNumber (for `Unpack`), per-call options included."""


METHOD = "GET"
PATH = "/v1/Voice/Numbers/{Number}"
RETRY = "safe"
ARGS = ("number",)
PHONES = {"number": "phone-number"}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"


def _get_kwargs(
    number: str,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "Number": _quote(str(number), safe=""),
            }
        ),
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], VoiceNumber] = VoiceNumber
