"""MachineDetection: generated from the spec. Do not edit."""

from enum import StrEnum


class MachineDetection(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    CONTINUE = "continue"
    HANGUP = "hangup"
