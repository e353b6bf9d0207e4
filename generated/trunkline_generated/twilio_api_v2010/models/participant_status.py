"""ParticipantStatus: generated from the spec. Do not edit."""

from enum import StrEnum


class ParticipantStatus(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    QUEUED = "queued"
    CONNECTING = "connecting"
    RINGING = "ringing"
    CONNECTED = "connected"
    COMPLETE = "complete"
    FAILED = "failed"
