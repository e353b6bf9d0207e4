"""VerifyCommand: generated from the spec. Do not edit."""

from enum import StrEnum


class VerifyCommand(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    CANCEL = "cancel"
    TRIGGER_NEXT_EVENT = "trigger_next_event"
