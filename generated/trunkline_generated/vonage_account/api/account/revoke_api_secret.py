"""RevokeAPISecret: DELETE /accounts/{api_key}/secrets/{secret_id}

Revoke an API secret.

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

if TYPE_CHECKING:
    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of RevokeAPISecret (for `Unpack`), per-call options included."""


METHOD = "DELETE"
PATH = "/accounts/{api_key}/secrets/{secret_id}"
RETRY = "safe"
ARGS = ("api_key", "secret_id")
SECURITY = (("basicAuth",),)
RESPONSE = "none"


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


def _parse_response(payload: Any) -> None:
    """This operation answers with no body."""
    return None
