"""CallRecordingStatus: generated from the spec. Do not edit."""

from enum import StrEnum


class CallRecordingStatus(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    IN_PROGRESS = "in-progress"
    PAUSED = "paused"
    STOPPED = "stopped"
    PROCESSING = "processing"
    COMPLETED = "completed"
    ABSENT = "absent"
