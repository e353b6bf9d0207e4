"""CreateCall: POST /

Create an outbound call.

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from ...models.create_call_response import CreateCallResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Required

    from trunkline_generated.vonage_voice.inputs.call_endpoint_phone import CallEndpointPhone
    from trunkline_generated.vonage_voice.inputs.call_endpoint_sip import CallEndpointSip
    from trunkline_generated.vonage_voice.inputs.call_endpoint_vbc import CallEndpointVbc
    from trunkline_generated.vonage_voice.inputs.call_endpoint_websocket import (
        CallEndpointWebsocket,
    )
    from trunkline_generated.vonage_voice.inputs.call_phone_from import CallPhoneFrom
    from trunkline_generated.vonage_voice.inputs.ncco_connect import NccoConnect
    from trunkline_generated.vonage_voice.inputs.ncco_conversation import NccoConversation
    from trunkline_generated.vonage_voice.inputs.ncco_input import NccoInput
    from trunkline_generated.vonage_voice.inputs.ncco_record import NccoRecord
    from trunkline_generated.vonage_voice.inputs.ncco_stream import NccoStream
    from trunkline_generated.vonage_voice.inputs.ncco_talk import NccoTalk
    from trunkline_generated.vonage_voice.models.http_method import HttpMethod
    from trunkline_generated.vonage_voice.models.machine_detection import MachineDetection

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of CreateCall (for `Unpack`), per-call options included."""

        to: Required[
            list[
                CallEndpointPhone
                | CallEndpointSip
                | CallEndpointWebsocket
                | CallEndpointVbc
                | Mapping[str, Any]
            ]
        ]  # to
        from_: CallPhoneFrom | Mapping[str, Any]  # from
        random_from_number: bool  # random_from_number
        ncco: list[
            NccoConnect
            | NccoConversation
            | NccoInput
            | NccoRecord
            | NccoStream
            | NccoTalk
            | Mapping[str, Any]
        ]  # ncco
        answer_url: list[str]  # answer_url
        answer_method: HttpMethod | str  # answer_method
        event_url: list[str]  # event_url
        event_method: HttpMethod | str  # event_method
        machine_detection: MachineDetection | str  # machine_detection
        length_timer: int  # length_timer
        ringing_timer: int  # ringing_timer


METHOD = "POST"
PATH = "/"
RETRY = "create"
ARGS = ()
PHONES = {
    "to[].number": "phone-number",
    "from_.number": "phone-number",
    "ncco[].endpoint[].number": "phone-number",
    "ncco[].from": "phone-number",
}
SECURITY = (("bearerAuth",),)
RESPONSE = "json"


def _get_kwargs(
    *,
    to: list[
        CallEndpointPhone
        | CallEndpointSip
        | CallEndpointWebsocket
        | CallEndpointVbc
        | Mapping[str, Any]
    ],
    from_: CallPhoneFrom | Mapping[str, Any] | Unset = UNSET,
    random_from_number: bool | Unset = UNSET,
    ncco: list[
        NccoConnect
        | NccoConversation
        | NccoInput
        | NccoRecord
        | NccoStream
        | NccoTalk
        | Mapping[str, Any]
    ]
    | Unset = UNSET,
    answer_url: list[str] | Unset = UNSET,
    answer_method: HttpMethod | str | Unset = UNSET,
    event_url: list[str] | Unset = UNSET,
    event_method: HttpMethod | str | Unset = UNSET,
    machine_detection: MachineDetection | str | Unset = UNSET,
    length_timer: int | Unset = UNSET,
    ringing_timer: int | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    _body: dict[str, Any] = {}
    _body["to"] = to
    if from_ is not UNSET:
        _body["from"] = from_
    if random_from_number is not UNSET:
        _body["random_from_number"] = random_from_number
    if ncco is not UNSET:
        _body["ncco"] = ncco
    if answer_url is not UNSET:
        _body["answer_url"] = answer_url
    if answer_method is not UNSET:
        _body["answer_method"] = answer_method
    if event_url is not UNSET:
        _body["event_url"] = event_url
    if event_method is not UNSET:
        _body["event_method"] = event_method
    if machine_detection is not UNSET:
        _body["machine_detection"] = machine_detection
    if length_timer is not UNSET:
        _body["length_timer"] = length_timer
    if ringing_timer is not UNSET:
        _body["ringing_timer"] = ringing_timer

    return {
        "method": METHOD,
        "url": PATH,
        "json": _body,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], CreateCallResponse] = CreateCallResponse
