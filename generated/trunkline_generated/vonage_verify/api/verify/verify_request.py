"""VerifyRequest: POST /{format}

Start a verification.

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import quote as _quote

from ...models.verify_start_response import VerifyStartResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Required

    from trunkline_generated.vonage_verify.models.verify_language import VerifyLanguage

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of VerifyRequest (for `Unpack`), per-call options included."""

        number: Required[str]  # number
        brand: Required[str]  # brand
        country: str  # country
        sender_id: str  # sender_id
        code_length: int  # code_length
        lg: VerifyLanguage | str  # lg
        pin_expiry: int  # pin_expiry
        next_event_wait: int  # next_event_wait
        workflow_id: int  # workflow_id


METHOD = "POST"
PATH = "/{format}"
RETRY = "create"
ARGS = ("format_",)
PHONES = {"number": "phone-number"}
FIXED_ARGS = {"format_": "json"}
SECURITY = (("apiKey", "apiSecret"),)
RESPONSE = "json"


def _get_kwargs(
    format_: Literal["json"],
    *,
    number: str,
    brand: str,
    country: str | Unset = UNSET,
    sender_id: str | Unset = UNSET,
    code_length: int | Unset = UNSET,
    lg: VerifyLanguage | str | Unset = UNSET,
    pin_expiry: int | Unset = UNSET,
    next_event_wait: int | Unset = UNSET,
    workflow_id: int | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    _body: dict[str, Any] = {}
    _body["number"] = number
    _body["brand"] = brand
    if country is not UNSET:
        _body["country"] = country
    if sender_id is not UNSET:
        _body["sender_id"] = sender_id
    if code_length is not UNSET:
        _body["code_length"] = code_length
    if lg is not UNSET:
        _body["lg"] = lg
    if pin_expiry is not UNSET:
        _body["pin_expiry"] = pin_expiry
    if next_event_wait is not UNSET:
        _body["next_event_wait"] = next_event_wait
    if workflow_id is not UNSET:
        _body["workflow_id"] = workflow_id

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
_parse_response: Callable[[Any], VerifyStartResponse] = VerifyStartResponse
