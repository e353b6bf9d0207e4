"""CallStatus: generated from the spec. Do not edit."""

from enum import StrEnum


class CallStatus(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    QUEUED = "queued"
    STARTING = "starting"
    ONGOING = "ongoing"
    ENDED = "ended"
