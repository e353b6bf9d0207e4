"""ProcessingState: generated from the spec. Do not edit."""

from enum import StrEnum


class ProcessingState(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    COMPLETE = "complete"
    PARTIAL = "partial"
