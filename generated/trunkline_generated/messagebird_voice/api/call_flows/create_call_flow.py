"""CreateCallFlow: POST /call-flows

Create a call flow.

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from .... import _runtime
from ...models.call_flow import CallFlow
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Required

    from trunkline_generated.messagebird_voice.inputs.fetch_call_flow_step import FetchCallFlowStep
    from trunkline_generated.messagebird_voice.inputs.hangup_step import HangupStep
    from trunkline_generated.messagebird_voice.inputs.pause_step import PauseStep
    from trunkline_generated.messagebird_voice.inputs.play_step import PlayStep
    from trunkline_generated.messagebird_voice.inputs.record_step import RecordStep
    from trunkline_generated.messagebird_voice.inputs.say_step import SayStep
    from trunkline_generated.messagebird_voice.inputs.transfer_step import TransferStep

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of CreateCallFlow (for `Unpack`), per-call options included."""

        steps: Required[
            list[
                SayStep
                | PauseStep
                | PlayStep
                | RecordStep
                | FetchCallFlowStep
                | HangupStep
                | TransferStep
                | Mapping[str, Any]
            ]
        ]  # steps
        title: str  # title
        record: bool  # record
        default: bool  # default


METHOD = "POST"
PATH = "/call-flows"
RETRY = "create"
ITEMS_KEY = "data"
ARGS = ()
PHONES = {"steps[].options.destination": "endpoint"}
SECURITY = (("accessKey",),)
RESPONSE = "json"
PAGING = "messagebird"


def _get_kwargs(
    *,
    steps: list[
        SayStep
        | PauseStep
        | PlayStep
        | RecordStep
        | FetchCallFlowStep
        | HangupStep
        | TransferStep
        | Mapping[str, Any]
    ],
    title: str | Unset = UNSET,
    record: bool | Unset = UNSET,
    default: bool | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    _body: dict[str, Any] = {}
    _body["steps"] = steps
    if title is not UNSET:
        _body["title"] = title
    if record is not UNSET:
        _body["record"] = record
    if default is not UNSET:
        _body["default"] = default

    return {
        "method": METHOD,
        "url": PATH,
        "json": _body,
    }


# {"data": [object]} -> a record of its one object (None when there is none).
_parse_response: Callable[[Any], CallFlow | None] = _runtime.first_item("data", CallFlow)

# One element of `data` -> a record.
_parse_item: Callable[[dict[str, Any]], CallFlow] = CallFlow
