"""Call-flow steps for MessageBird Voice: one class per action, checked when made.

    from trunkline.messagebird import steps

    flow = [
        steps.Say(options=steps.SayOptions(payload="Hello", voice="female", language="en-GB")),
        steps.Pause(options=steps.PauseOptions(length=3)),     # seconds
        steps.Record(options=steps.RecordOptions(max_length=60, timeout=5)),  # seconds
        steps.Hangup(),
    ]
    client.calls.create(source="31612345678", destination="31687654321",
                        call_flow={"steps": flow})

Units are the API's: `PauseOptions.length`, `RecordOptions.max_length` and `timeout` are
seconds, `SayOptions.machine_timeout` milliseconds. Wherever steps are taken, plain dicts
of the wire JSON are taken too (an action these classes do not know goes as it is). The
classes are generated from specs/messagebird/voice.yaml.
"""

from __future__ import annotations

from trunkline_generated.messagebird_voice.inputs import (
    FetchCallFlowOptions,
    FetchCallFlowStep,
    HangupStep,
    PauseOptions,
    PauseStep,
    PlayOptions,
    PlayStep,
    RecordOptions,
    RecordStep,
    SayOptions,
    SayStep,
    StepCondition,
    TransferOptions,
    TransferStep,
)

__all__ = [
    "Condition",
    "FetchCallFlow",
    "FetchCallFlowOptions",
    "Hangup",
    "Pause",
    "PauseOptions",
    "Play",
    "PlayOptions",
    "Record",
    "RecordOptions",
    "Say",
    "SayOptions",
    "Step",
    "Transfer",
    "TransferOptions",
]

Say = SayStep
Pause = PauseStep
Play = PlayStep
Record = RecordStep
FetchCallFlow = FetchCallFlowStep
Hangup = HangupStep
Transfer = TransferStep
Condition = StepCondition
Step = Say | Pause | Play | Record | FetchCallFlow | Hangup | Transfer
