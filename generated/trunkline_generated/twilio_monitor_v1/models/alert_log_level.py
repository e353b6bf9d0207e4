"""AlertLogLevel: generated from the spec. Do not edit."""

from enum import StrEnum


class AlertLogLevel(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    ERROR = "error"
    WARNING = "warning"
    NOTICE = "notice"
    DEBUG = "debug"
