"""VerifyControl: POST /control/{format}

Cancel a verification or move on to its next event.

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import quote as _quote

from ...models.verify_control_response import VerifyControlResponse

if TYPE_CHECKING:
    from typing import Required

    from trunkline_generated.vonage_verify.models.verify_command import VerifyCommand

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of VerifyControl (for `Unpack`), per-call options included."""

        request_id: Required[str]  # request_id
        cmd: Required[VerifyCommand | str]  # cmd


METHOD = "POST"
PATH = "/control/{format}"
RETRY = "create"
ARGS = ("format_",)
FIXED_ARGS = {"format_": "json"}
SECURITY = (("apiKey", "apiSecret"),)
RESPONSE = "json"


def _get_kwargs(
    format_: Literal["json"],
    *,
    request_id: str,
    cmd: VerifyCommand | str,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    _body: dict[str, Any] = {}
    _body["request_id"] = request_id
    _body["cmd"] = cmd

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "format": _quote(str(format_), safe=""),
            }
        ),
        "data": _body,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], VerifyControlResponse] = VerifyControlResponse
