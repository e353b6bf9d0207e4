"""ProcessingStateFilter: generated from the spec. Do not edit."""

from enum import StrEnum


class ProcessingStateFilter(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    COMPLETED = "completed"
    STARTED = "started"
    PARTIAL = "partial"
    ALL = "all"
