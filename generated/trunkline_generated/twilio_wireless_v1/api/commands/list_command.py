"""ListCommand: GET /v1/Commands

Retrieve a list of Commands from your account.

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ...models.command import Command
from ...models.list_command_response import ListCommandResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from trunkline_generated.twilio_wireless_v1.models.command_direction import CommandDirection
    from trunkline_generated.twilio_wireless_v1.models.command_status import CommandStatus
    from trunkline_generated.twilio_wireless_v1.models.command_transport import CommandTransport

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of ListCommand (for `Unpack`), per-call options included."""

        sim: str  # Sim
        status: CommandStatus | str  # Status
        direction: CommandDirection | str  # Direction
        transport: CommandTransport | str  # Transport
        page_size: int  # PageSize
        page: int  # Page
        page_token: str  # PageToken


METHOD = "GET"
PATH = "/v1/Commands"
RETRY = "safe"
ITEMS_KEY = "commands"
ARGS = ()
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"
PAGING = "twilio-v1"
PAGE_SIZE = ("page_size", 1000)


def _get_kwargs(
    *,
    sim: str | Unset = UNSET,
    status: CommandStatus | str | Unset = UNSET,
    direction: CommandDirection | str | Unset = UNSET,
    transport: CommandTransport | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""
    _params: dict[str, Any] = {}
    if sim is not UNSET:
        _params["Sim"] = sim
    if status is not UNSET:
        _params["Status"] = status
    if direction is not UNSET:
        _params["Direction"] = direction
    if transport is not UNSET:
        _params["Transport"] = transport
    if page_size is not UNSET:
        _params["PageSize"] = page_size
    if page is not UNSET:
        _params["Page"] = page
    if page_token is not UNSET:
        _params["PageToken"] = page_token

    return {
        "method": METHOD,
        "url": PATH,
        "params": _params,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], ListCommandResponse] = ListCommandResponse

# One element of `commands` -> a record.
_parse_item: Callable[[dict[str, Any]], Command] = Command
