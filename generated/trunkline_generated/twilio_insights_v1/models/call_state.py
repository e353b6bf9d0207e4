"""CallState: generated from the spec. Do not edit."""

from enum import StrEnum


class CallState(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    RINGING = "ringing"
    COMPLETED = "completed"
    BUSY = "busy"
    FAIL = "fail"
    NOANSWER = "noanswer"
    CANCELED = "canceled"
    ANSWERED = "answered"
    UNDIALED = "undialed"
