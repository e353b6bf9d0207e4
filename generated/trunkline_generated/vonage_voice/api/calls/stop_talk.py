"""StopTalk: DELETE /{uuid}/talk

Stop the speech playing into a call.

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.call_command_response import CallCommandResponse

if TYPE_CHECKING:
    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of StopTalk (for `Unpack`), per-call options included."""


METHOD = "DELETE"
PATH = "/{uuid}/talk"
RETRY = "safe"
ARGS = ("uuid",)
SECURITY = (("bearerAuth",),)
RESPONSE = "json"


def _get_kwargs(
    uuid: str,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "uuid": _quote(str(uuid), safe=""),
            }
        ),
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], CallCommandResponse] = CallCommandResponse
