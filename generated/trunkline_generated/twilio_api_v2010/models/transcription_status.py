"""TranscriptionStatus: generated from the spec. Do not edit."""

from enum import StrEnum


class TranscriptionStatus(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    IN_PROGRESS = "in-progress"
    COMPLETED = "completed"
    FAILED = "failed"
