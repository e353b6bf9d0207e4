"""EventLevel: generated from the spec. Do not edit."""

from enum import StrEnum


class EventLevel(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    UNKNOWN = "UNKNOWN"
    DEBUG = "DEBUG"
    INFO = "INFO"
    WARNING = "WARNING"
    ERROR = "ERROR"
