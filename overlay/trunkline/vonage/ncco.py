"""NCCO actions for Vonage Voice: one class per action, checked against the spec when made.

    from trunkline.vonage import ncco

    client.voice.calls.create(
        to=[ncco.Phone(number="447911123456")],
        from_={"type": "phone", "number": "447911000000"},
        ncco=[ncco.Talk(text="Hello"), ncco.Input(type_=["dtmf"], event_url=["https://..."])],
    )

Wherever an NCCO is taken, a plain dict of the wire JSON is taken too. The classes are
generated from the voice spec's components (../shared/reference/vonage/ncco-schema.json).
"""

from __future__ import annotations

from trunkline_generated.vonage_voice.inputs import (
    CallEndpointPhone,
    CallEndpointSip,
    CallEndpointVbc,
    CallEndpointWebsocket,
    NccoConnect,
    NccoConversation,
    NccoEndpointPhone,
    NccoEndpointSip,
    NccoEndpointWebsocket,
    NccoInput,
    NccoRecord,
    NccoStream,
    NccoTalk,
)

__all__ = [
    "Action",
    "CallPhone",
    "CallSip",
    "CallVbc",
    "CallWebsocket",
    "Connect",
    "Conversation",
    "Endpoint",
    "Input",
    "Phone",
    "Record",
    "Sip",
    "Stream",
    "Talk",
    "Websocket",
]

Talk = NccoTalk
Stream = NccoStream
Input = NccoInput
Record = NccoRecord
Connect = NccoConnect
Conversation = NccoConversation
# Endpoints of a `connect` action.
Phone = NccoEndpointPhone
Websocket = NccoEndpointWebsocket
Sip = NccoEndpointSip
# Endpoints a new call goes `to`.
CallPhone = CallEndpointPhone
CallSip = CallEndpointSip
CallWebsocket = CallEndpointWebsocket
CallVbc = CallEndpointVbc

Action = Talk | Stream | Input | Record | Connect | Conversation
Endpoint = Phone | Websocket | Sip
