"""GetApplication: GET /{id}

Get one application.

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.application import Application

if TYPE_CHECKING:
    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of GetApplication (for `Unpack`), per-call options included."""


METHOD = "GET"
PATH = "/{id}"
RETRY = "safe"
ARGS = ("id",)
SECURITY = (("basicAuth",),)
RESPONSE = "json"


def _get_kwargs(
    id: str,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "id": _quote(str(id), safe=""),
            }
        ),
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], Application] = Application
