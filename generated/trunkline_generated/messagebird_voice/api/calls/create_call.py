"""CreateCall: POST /calls

Start an outbound call.

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from .... import _runtime
from ...models.call import Call
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Required

    from trunkline_generated.messagebird_voice.inputs.call_webhook import CallWebhook
    from trunkline_generated.messagebird_voice.inputs.inline_call_flow import InlineCallFlow

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of CreateCall (for `Unpack`), per-call options included."""

        source: Required[str]  # source
        destination: Required[str]  # destination
        call_flow: Required[InlineCallFlow | Mapping[str, Any]]  # callFlow
        webhook: CallWebhook | Mapping[str, Any]  # webhook


METHOD = "POST"
PATH = "/calls"
RETRY = "create"
ITEMS_KEY = "data"
ARGS = ()
PHONES = {
    "source": "endpoint",
    "destination": "endpoint",
    "call_flow.steps[].options.destination": "endpoint",
}
SECURITY = (("accessKey",),)
RESPONSE = "json"
PAGING = "messagebird"


def _get_kwargs(
    *,
    source: str,
    destination: str,
    call_flow: InlineCallFlow | Mapping[str, Any],
    webhook: CallWebhook | Mapping[str, Any] | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    _body: dict[str, Any] = {}
    _body["source"] = source
    _body["destination"] = destination
    _body["callFlow"] = call_flow
    if webhook is not UNSET:
        _body["webhook"] = webhook

    return {
        "method": METHOD,
        "url": PATH,
        "json": _body,
    }


# {"data": [object]} -> a record of its one object (None when there is none).
_parse_response: Callable[[Any], Call | None] = _runtime.first_item("data", Call)

# One element of `data` -> a record.
_parse_item: Callable[[dict[str, Any]], Call] = Call
