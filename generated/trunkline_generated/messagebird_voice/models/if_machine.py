"""IfMachine: generated from the spec. Do not edit."""

from enum import StrEnum


class IfMachine(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    CONTINUE = "continue"
    DELAY = "delay"
    HANGUP = "hangup"
