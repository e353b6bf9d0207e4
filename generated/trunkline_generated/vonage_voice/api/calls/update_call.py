"""UpdateCall: PUT /{uuid}

Change a call in progress.

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Required

    from trunkline_generated.vonage_voice.inputs.transfer_destination import TransferDestination
    from trunkline_generated.vonage_voice.models.call_action import CallAction

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of UpdateCall (for `Unpack`), per-call options included."""

        action: Required[CallAction | str]  # action
        destination: TransferDestination | Mapping[str, Any]  # destination


METHOD = "PUT"
PATH = "/{uuid}"
RETRY = "create"
ARGS = ("uuid",)
PHONES = {
    "destination.ncco[].endpoint[].number": "phone-number",
    "destination.ncco[].from": "phone-number",
}
SECURITY = (("bearerAuth",),)
RESPONSE = "none"


def _get_kwargs(
    uuid: str,
    *,
    action: CallAction | str,
    destination: TransferDestination | Mapping[str, Any] | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    _body: dict[str, Any] = {}
    _body["action"] = action
    if destination is not UNSET:
        _body["destination"] = destination

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "uuid": _quote(str(uuid), safe=""),
            }
        ),
        "json": _body,
    }


def _parse_response(payload: Any) -> None:
    """This operation answers with no body."""
    return None
