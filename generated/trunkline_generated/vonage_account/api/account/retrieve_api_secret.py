"""RetrieveAPISecret: GET /accounts/{api_key}/secrets/{secret_id}

Get one API secret.

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.secret import Secret

if TYPE_CHECKING:
    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of RetrieveAPISecret (for `Unpack`), per-call options included."""


METHOD = "GET"
PATH = "/accounts/{api_key}/secrets/{secret_id}"
RETRY = "safe"
ARGS = ("api_key", "secret_id")
SECURITY = (("basicAuth",),)
RESPONSE = "json"


def _get_kwargs(
    api_key: str,
    secret_id: str,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "api_key": _quote(str(api_key), safe=""),
                "secret_id": _quote(str(secret_id), safe=""),
            }
        ),
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], Secret] = Secret
