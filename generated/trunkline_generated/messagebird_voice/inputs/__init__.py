"""Input classes of this API. Each loads on first use, not with the package."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .call_webhook import CallWebhook
    from .fetch_call_flow_options import FetchCallFlowOptions
    from .fetch_call_flow_step import FetchCallFlowStep
    from .hangup_step import HangupStep
    from .inline_call_flow import InlineCallFlow
    from .pause_options import PauseOptions
    from .pause_step import PauseStep
    from .play_options import PlayOptions
    from .play_step import PlayStep
    from .record_options import RecordOptions
    from .record_step import RecordStep
    from .say_options import SayOptions
    from .say_step import SayStep
    from .step_condition import StepCondition
    from .transfer_options import TransferOptions
    from .transfer_step import TransferStep

_MODULES: dict[str, str] = {
    "CallWebhook": "call_webhook",
    "FetchCallFlowOptions": "fetch_call_flow_options",
    "FetchCallFlowStep": "fetch_call_flow_step",
    "HangupStep": "hangup_step",
    "InlineCallFlow": "inline_call_flow",
    "PauseOptions": "pause_options",
    "PauseStep": "pause_step",
    "PlayOptions": "play_options",
    "PlayStep": "play_step",
    "RecordOptions": "record_options",
    "RecordStep": "record_step",
    "SayOptions": "say_options",
    "SayStep": "say_step",
    "StepCondition": "step_condition",
    "TransferOptions": "transfer_options",
    "TransferStep": "transfer_step",
}

__all__ = [
    "CallWebhook",
    "FetchCallFlowOptions",
    "FetchCallFlowStep",
    "HangupStep",
    "InlineCallFlow",
    "PauseOptions",
    "PauseStep",
    "PlayOptions",
    "PlayStep",
    "RecordOptions",
    "RecordStep",
    "SayOptions",
    "SayStep",
    "StepCondition",
    "TransferOptions",
    "TransferStep",
]


def __getattr__(name: str) -> Any:
    try:
        module = _MODULES[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
