"""RetrieveAPISecrets: GET /accounts/{api_key}/secrets

List the API secrets of an account.

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.secret import Secret
from ...models.secret_list import SecretList

if TYPE_CHECKING:
    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of RetrieveAPISecrets (for `Unpack`), per-call options included."""


METHOD = "GET"
PATH = "/accounts/{api_key}/secrets"
RETRY = "safe"
ITEMS_KEY = "_embedded.secrets"
ARGS = ("api_key",)
SECURITY = (("basicAuth",),)
RESPONSE = "json"
PAGING = "vonage-hal"


def _get_kwargs(
    api_key: str,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "api_key": _quote(str(api_key), safe=""),
            }
        ),
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], SecretList] = SecretList

# One element of `_embedded.secrets` -> a record.
_parse_item: Callable[[dict[str, Any]], Secret] = Secret
