"""StartStream: PUT /{uuid}/stream

Play an audio file into a call.

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.call_command_response import CallCommandResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Required

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of StartStream (for `Unpack`), per-call options included."""

        stream_url: Required[list[str]]  # stream_url
        loop: int  # loop
        level: str  # level


METHOD = "PUT"
PATH = "/{uuid}/stream"
RETRY = "create"
ARGS = ("uuid",)
SECURITY = (("bearerAuth",),)
RESPONSE = "json"


def _get_kwargs(
    uuid: str,
    *,
    stream_url: list[str],
    loop: int | Unset = UNSET,
    level: str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    _body: dict[str, Any] = {}
    _body["stream_url"] = stream_url
    if loop is not UNSET:
        _body["loop"] = loop
    if level is not UNSET:
        _body["level"] = level

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "uuid": _quote(str(uuid), safe=""),
            }
        ),
        "json": _body,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], CallCommandResponse] = CallCommandResponse
