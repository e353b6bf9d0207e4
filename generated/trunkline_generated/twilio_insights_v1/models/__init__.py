"""Records and enums of this API. Each loads on first use, not with the package."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .answered_by import AnsweredBy
    from .call import Call
    from .call_event import CallEvent
    from .call_metric import CallMetric
    from .call_state import CallState
    from .call_summaries_sort_by import CallSummariesSortBy
    from .call_summary import CallSummary
    from .call_type import CallType
    from .error import Error
    from .event_level import EventLevel
    from .list_call_summaries_response import ListCallSummariesResponse
    from .list_event_response import ListEventResponse
    from .list_metric_response import ListMetricResponse
    from .page_meta import PageMeta
    from .processing_state import ProcessingState
    from .processing_state_filter import ProcessingStateFilter
    from .stream_direction import StreamDirection
    from .twilio_edge import TwilioEdge

_MODULES: dict[str, str] = {
    "AnsweredBy": "answered_by",
    "Call": "call",
    "CallEvent": "call_event",
    "CallMetric": "call_metric",
    "CallState": "call_state",
    "CallSummariesSortBy": "call_summaries_sort_by",
    "CallSummary": "call_summary",
    "CallType": "call_type",
    "Error": "error",
    "EventLevel": "event_level",
    "ListCallSummariesResponse": "list_call_summaries_response",
    "ListEventResponse": "list_event_response",
    "ListMetricResponse": "list_metric_response",
    "PageMeta": "page_meta",
    "ProcessingState": "processing_state",
    "ProcessingStateFilter": "processing_state_filter",
    "StreamDirection": "stream_direction",
    "TwilioEdge": "twilio_edge",
}

__all__ = [
    "AnsweredBy",
    "Call",
    "CallEvent",
    "CallMetric",
    "CallState",
    "CallSummariesSortBy",
    "CallSummary",
    "CallType",
    "Error",
    "EventLevel",
    "ListCallSummariesResponse",
    "ListEventResponse",
    "ListMetricResponse",
    "PageMeta",
    "ProcessingState",
    "ProcessingStateFilter",
    "StreamDirection",
    "TwilioEdge",
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
