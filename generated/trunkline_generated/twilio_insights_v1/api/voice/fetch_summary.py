"""FetchSummary: GET /v1/Voice/{CallSid}/Summary

Get a specific Call Summary.

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.call_summary import CallSummary
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from trunkline_generated.twilio_insights_v1.models.processing_state import ProcessingState

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of FetchSummary (for `Unpack`), per-call options included."""

        processing_state: ProcessingState | str  # ProcessingState


METHOD = "GET"
PATH = "/v1/Voice/{CallSid}/Summary"
RETRY = "safe"
ARGS = ("call_sid",)
PATTERNS = {"call_sid": "^CA[0-9a-fA-F]{32}$"}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"


def _get_kwargs(
    call_sid: str,
    *,
    processing_state: ProcessingState | str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""
    _params: dict[str, Any] = {}
    if processing_state is not UNSET:
        _params["ProcessingState"] = processing_state

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "CallSid": _quote(str(call_sid), safe=""),
            }
        ),
        "params": _params,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], CallSummary] = CallSummary
