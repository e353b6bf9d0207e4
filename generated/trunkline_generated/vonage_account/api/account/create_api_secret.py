"""CreateAPISecret: POST /accounts/{api_key}/secrets

Create an API secret.

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.secret import Secret

if TYPE_CHECKING:
    from typing import Required

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of CreateAPISecret (for `Unpack`), per-call options included."""

        secret: Required[str]  # secret


METHOD = "POST"
PATH = "/accounts/{api_key}/secrets"
RETRY = "create"
ARGS = ("api_key",)
SECURITY = (("basicAuth",),)
RESPONSE = "json"


def _get_kwargs(
    api_key: str,
    *,
    secret: str,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    _body: dict[str, Any] = {}
    _body["secret"] = secret

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "api_key": _quote(str(api_key), safe=""),
            }
        ),
        "json": _body,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], Secret] = Secret
