"""CallStatus: generated from the spec. Do not edit."""

from enum import StrEnum


class CallStatus(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    STARTED = "started"
    RINGING = "ringing"
    ANSWERED = "answered"
    MACHINE = "machine"
    COMPLETED = "completed"
    BUSY = "busy"
    CANCELLED = "cancelled"
    FAILED = "failed"
    REJECTED = "rejected"
    TIMEOUT = "timeout"
    UNANSWERED = "unanswered"
