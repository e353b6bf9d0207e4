"""CreateCommand: POST /v1/Commands

Send a Command to a Sim.

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ...models.command import Command
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Required

    from trunkline_generated.twilio_wireless_v1.models.command_mode import CommandMode
    from trunkline_generated.twilio_wireless_v1.models.http_method import HttpMethod

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of CreateCommand (for `Unpack`), per-call options included."""

        command: Required[str]  # Command
        sim: str  # Sim
        callback_method: HttpMethod | str  # CallbackMethod
        callback_url: str  # CallbackUrl
        command_mode: CommandMode | str  # CommandMode
        include_sid: str  # IncludeSid
        delivery_receipt_requested: bool  # DeliveryReceiptRequested


METHOD = "POST"
PATH = "/v1/Commands"
RETRY = "create"
ARGS = ()
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"


def _get_kwargs(
    *,
    command: str,
    sim: str | Unset = UNSET,
    callback_method: HttpMethod | str | Unset = UNSET,
    callback_url: str | Unset = UNSET,
    command_mode: CommandMode | str | Unset = UNSET,
    include_sid: str | Unset = UNSET,
    delivery_receipt_requested: bool | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    _body: dict[str, Any] = {}
    _body["Command"] = command
    if sim is not UNSET:
        _body["Sim"] = sim
    if callback_method is not UNSET:
        _body["CallbackMethod"] = callback_method
    if callback_url is not UNSET:
        _body["CallbackUrl"] = callback_url
    if command_mode is not UNSET:
        _body["CommandMode"] = command_mode
    if include_sid is not UNSET:
        _body["IncludeSid"] = include_sid
    if delivery_receipt_requested is not UNSET:
        _body["DeliveryReceiptRequested"] = delivery_receipt_requested

    return {
        "method": METHOD,
        "url": PATH,
        "data": _body,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], Command] = Command
