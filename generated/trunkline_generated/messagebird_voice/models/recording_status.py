"""RecordingStatus: generated from the spec. Do not edit."""

from enum import StrEnum


class RecordingStatus(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    INITIALISED = "initialised"
    RECORDING = "recording"
    DONE = "done"
    FAILED = "failed"
    QUEUED = "queued"
    PAUSED = "paused"
    CANCELED = "canceled"
