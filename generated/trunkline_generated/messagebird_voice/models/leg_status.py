"""LegStatus: generated from the spec. Do not edit."""

from enum import StrEnum


class LegStatus(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    STARTING = "starting"
    RINGING = "ringing"
    ONGOING = "ongoing"
    BUSY = "busy"
    NO_ANSWER = "no_answer"
    FAILED = "failed"
    HANGUP = "hangup"
