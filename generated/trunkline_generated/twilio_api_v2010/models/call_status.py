"""CallStatus: generated from the spec. Do not edit."""

from enum import StrEnum


class CallStatus(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    QUEUED = "queued"
    RINGING = "ringing"
    IN_PROGRESS = "in-progress"
    COMPLETED = "completed"
    BUSY = "busy"
    FAILED = "failed"
    NO_ANSWER = "no-answer"
    CANCELED = "canceled"
