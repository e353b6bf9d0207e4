"""DeleteApplication: DELETE /{id}

Delete an application (this cannot be undone).

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

if TYPE_CHECKING:
    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of DeleteApplication (for `Unpack`), per-call options included."""


METHOD = "DELETE"
PATH = "/{id}"
RETRY = "safe"
ARGS = ("id",)
SECURITY = (("basicAuth",),)
RESPONSE = "none"


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


def _parse_response(payload: Any) -> None:
    """This operation answers with no body."""
    return None
